package main

import (
	"io"
	"os"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"
)

// progress draws a bar on stderr when it is a terminal, and nothing
// otherwise (a scheduled job gets the one-line summaries instead).
type progress struct{ bar *progressbar.ProgressBar }

func newProgress(g *globals, total int, what string) progress {
	f, ok := g.stderr.(*os.File)
	if g.quiet || !ok || !isatty.IsTerminal(f.Fd()) || total < 2 {
		return progress{}
	}
	return progress{bar: progressbar.NewOptions(total,
		progressbar.OptionSetWriter(io.Writer(f)),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowCount(),
		progressbar.OptionClearOnFinish(),
	)}
}

func (p progress) Add(n int) {
	if p.bar != nil {
		_ = p.bar.Add(n) // drawing errors on a terminal are not worth failing a load for
	}
}

func (p progress) Finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
