package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"
)

// globals are the flags every subcommand shares.
type globals struct {
	db      string
	tz      string
	config  string
	quiet   bool
	verbose bool
	cfg     *config // the config file read, if any

	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// location returns the zone of --tz: an IANA name. Go also takes "" (UTC)
// and "Local" (this machine's zone), which DuckDB does not know and which
// would make a run's stored times depend on where it ran.
func (g *globals) location() (*time.Location, error) {
	if g.tz == "" || g.tz == "Local" {
		return nil, usagef("--tz %q: name a zone, such as Europe/Copenhagen or UTC", g.tz)
	}
	loc, err := time.LoadLocation(g.tz)
	if err != nil {
		return nil, usagef("--tz %q: %v", g.tz, err)
	}
	return loc, nil
}

// infof prints a diagnostic line on stderr unless --quiet.
func (g *globals) infof(format string, args ...any) {
	if !g.quiet {
		fmt.Fprintf(g.stderr, format+"\n", args...)
	}
}

// lang is the report language from the config, "da" by default.
func (g *globals) lang() string {
	if g.cfg != nil && g.cfg.Lang != "" {
		return g.cfg.Lang
	}
	return "da"
}

// errorf prints a problem on stderr, even with --quiet.
func (g *globals) errorf(format string, args ...any) {
	fmt.Fprintf(g.stderr, format+"\n", args...)
}

// debugf prints a diagnostic line on stderr only with -v.
func (g *globals) debugf(format string, args ...any) {
	if g.verbose && !g.quiet {
		fmt.Fprintf(g.stderr, format+"\n", args...)
	}
}

// run is the whole program: it parses args, runs one subcommand and returns
// the exit status. Tests call it in-process with buffers.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	g := &globals{stdin: stdin, stdout: stdout, stderr: stderr}
	root := newRootCmd(g)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err != nil && strings.HasPrefix(err.Error(), "unknown command") {
		err = usageError{err}
	}
	return exitCode(ctx, err, stderr)
}

func newRootCmd(g *globals) *cobra.Command {
	root := &cobra.Command{
		Use:   "whyno",
		Short: "Why did they say no? Cold-call logs into DuckDB, classified and reported",
		Long: `whyno ingests cold-call logs (HubSpot, Salesforce, Pipedrive, Dynamics 365,
Aircall, dialer CSVs and home-made sheets) into one DuckDB warehouse,
classifies every call note (outcome, refusal reason, callback date, who
holds the next step) and reports when and why cold calls work.` + exitStatusHelp,
		SilenceErrors: true,
		SilenceUsage:  true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			return loadConfig(cmd, g)
		},
	}
	f := root.PersistentFlags()
	f.StringVar(&g.db, "db", "whyno.duckdb", "warehouse file (DuckDB)")
	f.StringVar(&g.tz, "tz", "Europe/Copenhagen", "time zone of local call times (hour-of-day analysis)")
	f.StringVar(&g.config, "config", "", "config file (default whyno.yaml in the working directory, if present)")
	f.BoolVarP(&g.quiet, "quiet", "q", false, "print nothing but errors")
	f.BoolVarP(&g.verbose, "verbose", "v", false, "print more detail")
	root.MarkFlagsMutuallyExclusive("quiet", "verbose")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })

	for _, sub := range subcommands {
		root.AddCommand(sub(g))
	}
	return root
}

// subcommands lists the constructors of whyno's subcommands, one file each
// (cmd_<verb>.go).
var subcommands = []func(*globals) *cobra.Command{
	newIngestCmd,
	newSourcesCmd,
	newQueryCmd,
	newSQLCmd,
	newReclassifyCmd,
	newClassifyCmd,
	newEvalCmd,
	newReportCmd,
	newDemoCmd,
	newRunCmd,
	newInitCmd,
}

// usageArgs wraps a cobra argument validator so its errors exit with the
// usage status.
func usageArgs(v cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := v(cmd, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}

// rel shows path relative to dir when it lies inside it.
func rel(dir, path string) string {
	if r, err := filepath.Rel(dir, path); err == nil {
		return r
	}
	return path
}
