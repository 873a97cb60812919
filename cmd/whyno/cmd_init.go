package main

import (
	"errors"
	"io/fs"
	"os"

	"github.com/spf13/cobra"
)

// starterConfig is what `whyno init` writes: every key, commented.
const starterConfig = `# whyno.yaml: the monthly job's configuration (whyno run), and defaults for
# every command's shared flags (a flag on the command line wins).
# Relative paths are relative to this file's folder.

# The warehouse: a DuckDB file. Keep it between runs (a CI cache or an
# artifact); when it is missing, whyno run rebuilds it from the exports.
db: whyno.duckdb

# Zone of the calls' local times (hour-of-day analysis).
tz: Europe/Copenhagen

# Report language, da or en.
lang: da

# Your own classification phrases on top of the built-in ones (optional):
# rules: our-phrases.yaml

# The exports to ingest, in this order. Files already loaded add nothing.
inputs:
  - glob: exports/*.csv          # source detected from each file's header
  - glob: exports/*.xlsx
  # - glob: exports/hubspot/*.csv
  #   source: hubspot            # force a preset (whyno sources lists them)
  # - glob: exports/dialer/*.csv
  #   mapping: mappings/dialer.yaml   # or a mapping file (whyno sources --show NAME)

# The reports: <out>/<YYYY-MM>/report.pdf, charts/, report.xlsx, callbacks.ics, summary.md
reports:
  out: reports
  per_team: false               # also <out>/<YYYY-MM>/team-<name>/
  per_rep: false                # also <out>/<YYYY-MM>/rep-<name>/
  # lang:                       # a team's or rep's own report language
  #   Nordic/UK: en
`

func newInitCmd(g *globals) *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:   "init [FILE]",
		Short: "Write a commented starter config (whyno.yaml)",
		Long: `Write a commented starter config for 'whyno run' to FILE (default
whyno.yaml). An existing file is kept unless --force.` + exitStatusHelp,
		Args: usageArgs(cobra.MaximumNArgs(1)),
		// init writes the config: it must not need one to start.
		PersistentPreRunE: func(*cobra.Command, []string) error { return nil },
		RunE: func(cmd *cobra.Command, args []string) error {
			path := defaultConfig
			if len(args) == 1 {
				path = args[0]
			}
			flag := os.O_WRONLY | os.O_CREATE | os.O_EXCL
			if force {
				flag = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
			}
			f, err := os.OpenFile(path, flag, 0o644)
			if errors.Is(err, fs.ErrExist) {
				return usagef("%s exists (use --force to overwrite)", path)
			}
			if err != nil {
				return err
			}
			if _, err := f.WriteString(starterConfig); err != nil {
				f.Close()
				return err
			}
			if err := f.Close(); err != nil {
				return err
			}
			g.infof("wrote %s: edit inputs and reports, then run: whyno run --config %s", path, path)
			return nil
		},
	}
	cmd.Flags().BoolVar(&force, "force", false, "overwrite an existing file")
	return cmd
}
