package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"whyno/pipeline/synth"
	"whyno/reports"
)

// demoAsOf is the demo's default "today": the September report, with the
// summer holiday's dip and its "call after the summer" callbacks coming due.
const demoAsOf = "2026-10-01"

func newDemoCmd(g *globals) *cobra.Command {
	var out, lang string
	var asOf dateFlag
	cmd := &cobra.Command{
		Use:   "demo [--out DIR] [--as-of D]",
		Short: "Run the whole job on a built-in synthetic year of calls",
		Long: `Generate a realistic, deterministic synthetic year of cold calls (20 reps, a
few thousand companies, Danish and English notes), write it as monthly
exports into DIR/exports, ingest them into DIR/demo.duckdb (made anew) and
write the report for the month before --as-of (default ` + demoAsOf + `) into DIR.` + exitStatusHelp,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !asOf.set {
				_ = asOf.Set(demoAsOf) // a constant that parses
			}
			return runDemo(cmd.Context(), g, out, lang, asOf.t)
		},
	}
	cmd.Flags().StringVar(&out, "out", "out", "folder for the exports, the warehouse and the report")
	cmd.Flags().StringVar(&lang, "lang", "da", "report language: da or en")
	cmd.Flags().Var(&asOf, "as-of", "the demo's \"today\" (YYYY-MM-DD)")
	return cmd
}

func runDemo(ctx context.Context, g *globals, out, lang string, asOf time.Time) error {
	exports := filepath.Join(out, "exports")
	if err := os.MkdirAll(exports, 0o755); err != nil {
		return err
	}
	st, err := synth.WriteFiles(exports, synth.Options{AsOf: asOf})
	if err != nil {
		return err
	}
	g.infof("generated %d calls in %d monthly exports in %s", st.Calls, len(st.Files), exports)

	db := filepath.Join(out, "demo.duckdb")
	for _, f := range []string{db, db + ".wal"} {
		if err := os.Remove(f); err != nil && !os.IsNotExist(err) {
			return err
		}
	}
	dg := *g
	dg.db = db
	if err := runIngest(ctx, &dg, ingestOptions{}, st.Files); err != nil {
		return fmt.Errorf("ingest the demo exports: %w", err)
	}
	opts := reports.Options{AsOf: asOf, Lang: lang}
	opts.From, opts.To = previousMonth(asOf)
	return runReport(ctx, &dg, opts, out)
}
