package reports

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"whyno/queries"
)

// Output file names inside the output folder.
const (
	FilePDF     = "report.pdf"
	FileXLSX    = "report.xlsx"
	FileICS     = "callbacks.ics"
	FileSummary = "summary.md"
	DirCharts   = "charts"
)

// Files are the paths Write produced.
type Files struct {
	Dir                     string
	PDF, XLSX, ICS, Summary string
	Charts                  []string // in report order
}

// renderConfig holds what tests change: compression makes the PDF small
// but hides its text.
type renderConfig struct{ compressPDF bool }

// Write builds the report and renders every output into outDir. The files
// are rendered into a temporary folder beside outDir and then renamed into
// place one by one, so a reader never sees a half-written file.
func Write(ctx context.Context, db queries.Querier, opts Options, outDir string) (Files, error) {
	return write(ctx, db, opts, outDir, renderConfig{compressPDF: true})
}

func write(ctx context.Context, db queries.Querier, opts Options, outDir string, cfg renderConfig) (Files, error) {
	m, err := Build(ctx, db, opts)
	if err != nil {
		return Files{}, err
	}
	if err := ctx.Err(); err != nil {
		return Files{}, err
	}
	out, err := render(m, cfg)
	if err != nil {
		return Files{}, err
	}
	return place(out, outDir)
}

// rendered maps a relative path to its bytes, in a fixed order.
type rendered struct {
	names []string
	data  map[string][]byte
}

func (r *rendered) add(name string, b []byte) {
	r.names = append(r.names, name)
	r.data[name] = b
}

// render produces every output of m in memory. Charts render in parallel
// (each is independent); the PDF needs them, the rest does not.
func render(m *Model, cfg renderConfig) (*rendered, error) {
	charts, err := renderCharts(m)
	if err != nil {
		return nil, err
	}
	out := &rendered{data: map[string][]byte{}}
	for _, c := range charts {
		out.add(filepath.Join(DirCharts, c.name), c.png)
	}
	jobs := []struct {
		name string
		fn   func(io.Writer) error
	}{
		{FilePDF, func(w io.Writer) error { return renderPDF(w, m, charts, cfg.compressPDF) }},
		{FileXLSX, func(w io.Writer) error { return renderXLSX(w, m) }},
		{FileICS, func(w io.Writer) error { return renderICS(w, m) }},
		{FileSummary, func(w io.Writer) error { return renderSummary(w, m) }},
	}
	bufs, errs := make([]bytes.Buffer, len(jobs)), make([]error, len(jobs))
	var wg sync.WaitGroup
	for i, j := range jobs {
		wg.Go(func() { errs[i] = j.fn(&bufs[i]) })
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	for i, j := range jobs {
		out.add(j.name, bufs[i].Bytes())
	}
	return out, nil
}

// place writes the files into a temporary folder beside outDir, then
// renames each into outDir.
func place(out *rendered, outDir string) (files Files, err error) {
	if err := os.MkdirAll(filepath.Join(outDir, DirCharts), 0o755); err != nil {
		return Files{}, fmt.Errorf("create %s: %w", outDir, err)
	}
	tmp, err := os.MkdirTemp(filepath.Dir(filepath.Clean(outDir)), "."+filepath.Base(outDir)+".tmp-")
	if err != nil {
		return Files{}, fmt.Errorf("create temporary folder: %w", err)
	}
	defer func() {
		if rmErr := os.RemoveAll(tmp); rmErr != nil && err == nil {
			err = fmt.Errorf("remove %s: %w", tmp, rmErr)
		}
	}()
	if err := os.Mkdir(filepath.Join(tmp, DirCharts), 0o755); err != nil {
		return Files{}, fmt.Errorf("create temporary folder: %w", err)
	}
	for _, name := range out.names {
		if err := os.WriteFile(filepath.Join(tmp, name), out.data[name], 0o644); err != nil {
			return Files{}, fmt.Errorf("write %s: %w", name, err)
		}
	}
	files = Files{Dir: outDir}
	for _, name := range out.names {
		dst := filepath.Join(outDir, name)
		if err := os.Rename(filepath.Join(tmp, name), dst); err != nil {
			return Files{}, fmt.Errorf("move %s into place: %w", name, err)
		}
		files.record(name, dst)
	}
	return files, nil
}

// record notes where an output went.
func (f *Files) record(name, path string) {
	switch name {
	case FilePDF:
		f.PDF = path
	case FileXLSX:
		f.XLSX = path
	case FileICS:
		f.ICS = path
	case FileSummary:
		f.Summary = path
	default:
		f.Charts = append(f.Charts, path)
	}
}
