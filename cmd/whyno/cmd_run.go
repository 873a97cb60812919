package main

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/spf13/cobra"

	"whyno/pipeline/warehouse"
	"whyno/reports"
)

type runOptions struct {
	month string
	asOf  dateFlag
	json  bool
}

func newRunCmd(g *globals) *cobra.Command {
	o := runOptions{month: "previous"}
	cmd := &cobra.Command{
		Use:   "run [--config whyno.yaml] [--month YYYY-MM|previous] [--as-of D] [--json]",
		Short: "The monthly job: ingest the configured exports, write the configured reports",
		Long: `The unattended monthly job, safe to schedule and to run again:

  1. ingest every file matching the config's inputs (files already loaded
     add nothing; each file is one transaction, so a killed run is finished
     by the next one);
  2. write the report of the month (default: the month before --as-of,
     itself default today) into <reports.out>/<YYYY-MM>/, and with
     per_team / per_rep one more per team or rep, each in its language.

A second run while one is working stops at once (the warehouse is locked).
With --json a summary for the scheduler is printed on stdout. Exit status:
0 all good, 3 done but rows were rejected (listed, and in table rejects),
1 failed, 2 bad usage or config. 'whyno init' writes a starter config.` + exitStatusHelp,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runRun(cmd.Context(), g, o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.month, "month", "previous", "month to report: YYYY-MM, or previous (the month before --as-of)")
	f.Var(&o.asOf, "as-of", "the run's \"today\" (YYYY-MM-DD; default: today)")
	f.BoolVar(&o.json, "json", false, "print a machine-readable summary on stdout")
	return cmd
}

// runSummary is what `whyno run --json` prints.
type runSummary struct {
	Month    string        `json:"month"`
	AsOf     string        `json:"as_of"`
	DB       string        `json:"db"`
	Files    []fileSummary `json:"files"`
	Reports  []string      `json:"reports"`
	Rejected int64         `json:"rejected"`
	Failed   int           `json:"failed"`
	Status   string        `json:"status"`          // ok, rejected or failed
	Error    string        `json:"error,omitempty"` // why the run stopped, when it did
}

type fileSummary struct {
	File       string `json:"file"`
	Sheet      string `json:"sheet,omitempty"`
	Source     string `json:"source,omitempty"`
	Read       int64  `json:"read"`
	Loaded     int64  `json:"loaded"`
	Duplicates int64  `json:"duplicates"`
	Rejected   int64  `json:"rejected"`
	Error      string `json:"error,omitempty"`
}

// fileSummaries lists the loaded files (XLSX: sheets), then the failed ones
// with their errors; never nil, so JSON shows [] rather than null.
func fileSummaries(results []warehouse.Result, failed []fileError) []fileSummary {
	out := []fileSummary{}
	for _, r := range results {
		out = append(out, fileSummary{File: r.File, Sheet: r.Sheet, Source: r.Source,
			Read: r.Read, Loaded: r.Loaded, Duplicates: r.Duplicates, Rejected: r.Rejected})
	}
	for _, f := range failed {
		out = append(out, fileSummary{File: f.file, Error: f.err.Error()})
	}
	return out
}

func runRun(ctx context.Context, g *globals, o runOptions) error {
	c := g.cfg
	if c == nil {
		return usagef("run needs a config file: --config FILE, or whyno.yaml here (whyno init writes one)")
	}
	if _, err := g.location(); err != nil {
		return err
	}
	asOf := o.asOf.or(time.Now(), time.UTC)
	from, to, err := runPeriod(o.month, asOf)
	if err != nil {
		return err
	}
	sum := runSummary{Month: from.Format("2006-01"), AsOf: asOf.Format("2006-01-02"), DB: g.db, Status: "ok",
		Files: []fileSummary{}, Reports: []string{}} // [] rather than null, for jq '.files[]'
	if err := runSteps(ctx, g, c, from, to, asOf, &sum); err != nil {
		// The scheduler gets its summary of a stopped run too: what was
		// loaded before the stop, and why it stopped (a locked or damaged
		// warehouse, a report that could not be written).
		if o.json {
			sum.Status, sum.Error = "failed", err.Error()
			_ = printJSON(g, sum) // the run's own error is the one to report
		}
		return err
	}
	return finishRun(g, o, sum)
}

// runSteps opens the warehouse, ingests the inputs and writes the reports.
func runSteps(ctx context.Context, g *globals, c *config, from, to, asOf time.Time, sum *runSummary) error {
	w, err := openWarehouse(ctx, g, false)
	if err != nil {
		return err
	}
	defer w.Close()
	if err := runInputs(ctx, g, w, c, sum); err != nil {
		return err
	}
	return runReports(ctx, g, w, c, from, to, asOf, sum)
}

// runPeriod reads --month.
func runPeriod(month string, asOf time.Time) (from, to time.Time, err error) {
	if month == "previous" || month == "" {
		from, to = previousMonth(asOf)
		return from, to, nil
	}
	m, err := time.Parse("2006-01", month)
	if err != nil {
		return from, to, usagef("--month %q: want YYYY-MM or previous", month)
	}
	return m, m.AddDate(0, 1, 0), nil
}

// runInputs ingests every configured glob, in config order, files sorted.
func runInputs(ctx context.Context, g *globals, w *warehouse.Warehouse, c *config, sum *runSummary) error {
	for _, in := range c.Inputs {
		files, err := filepath.Glob(c.resolve(in.Glob))
		if err != nil {
			return usagef("inputs: %v", err)
		}
		sort.Strings(files)
		if len(files) == 0 {
			g.infof("inputs: no file matches %s", in.Glob)
			continue
		}
		opts, err := ingestSettings(g, ingestOptions{source: in.Source, mapping: c.resolve(in.Mapping),
			sheet: in.Sheet, rules: c.resolve(c.Rules)})
		if err != nil {
			return err
		}
		results, failed := ingestFiles(ctx, g, w, files, opts)
		if err := ctx.Err(); err != nil {
			return err
		}
		sum.Files = append(sum.Files, fileSummaries(results, failed)...)
		for _, r := range results {
			sum.Rejected += r.Rejected
		}
		sum.Failed += len(failed)
	}
	return nil
}

// runReports writes the month's report, and one per team and rep if asked.
func runReports(ctx context.Context, g *globals, w *warehouse.Warehouse, c *config, from, to, asOf time.Time, sum *runSummary) error {
	if err := w.LockDown(ctx); err != nil {
		return err
	}
	out := c.resolve(c.Reports.Out)
	if out == "" {
		out = c.resolve("reports")
	}
	dir := filepath.Join(out, from.Format("2006-01"))
	base := reports.Options{From: from, To: to, AsOf: asOf, Lang: g.lang()}
	jobs := []struct {
		opts reports.Options
		dir  string
	}{{base, dir}}
	scopes := func(column, prefix string, set func(*reports.Options, string)) error {
		names, err := distinctInPeriod(ctx, w, column, from, to)
		if err != nil {
			return err
		}
		for _, n := range names {
			o := base
			set(&o, n)
			if l, ok := c.Reports.Lang[n]; ok {
				o.Lang = l
			}
			jobs = append(jobs, struct {
				opts reports.Options
				dir  string
			}{o, filepath.Join(dir, prefix+slug(n))})
		}
		return nil
	}
	if c.Reports.PerTeam {
		if err := scopes("team", "team-", func(o *reports.Options, n string) { o.Team = n }); err != nil {
			return err
		}
	}
	if c.Reports.PerRep {
		if err := scopes("rep", "rep-", func(o *reports.Options, n string) { o.Rep = n }); err != nil {
			return err
		}
	}
	for _, j := range jobs {
		if _, err := reports.Write(ctx, w.DB(), j.opts, j.dir); err != nil {
			return fmt.Errorf("report %s: %w", j.dir, err)
		}
		sum.Reports = append(sum.Reports, j.dir)
		g.debugf("report written to %s", j.dir)
	}
	return nil
}

// distinctInPeriod lists the teams or reps with calls in the period.
func distinctInPeriod(ctx context.Context, w *warehouse.Warehouse, column string, from, to time.Time) ([]string, error) {
	q := map[string]string{
		"team": "SELECT DISTINCT team FROM calls WHERE team IS NOT NULL AND called_at >= $1 AND called_at < $2 ORDER BY 1",
		"rep":  "SELECT DISTINCT rep FROM calls WHERE rep IS NOT NULL AND called_at >= $1 AND called_at < $2 ORDER BY 1",
	}[column]
	rows, err := w.DB().QueryContext(ctx, q, from, to)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		names = append(names, n)
	}
	return names, rows.Err()
}

// slug makes a folder name of a team or rep: "Søren Ø" -> "soeren-oe".
func slug(name string) string {
	r := strings.NewReplacer("æ", "ae", "ø", "oe", "å", "aa", "Æ", "ae", "Ø", "oe", "Å", "aa", "ä", "ae", "ö", "oe", "ü", "ue")
	var sb strings.Builder
	dash := false
	for _, c := range strings.ToLower(r.Replace(name)) {
		if c < 128 && (unicode.IsLetter(c) || unicode.IsDigit(c)) {
			sb.WriteRune(c)
			dash = false
		} else if !dash && sb.Len() > 0 {
			sb.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(sb.String(), "-")
}

func finishRun(g *globals, o runOptions, sum runSummary) error {
	var err error
	switch {
	case sum.Failed > 0:
		sum.Status = "failed"
		err = fmt.Errorf("%d files not loaded", sum.Failed)
	case sum.Rejected > 0:
		sum.Status = "rejected"
		err = errPartial
	}
	if o.json {
		if jerr := printJSON(g, sum); jerr != nil {
			return jerr
		}
	}
	var loaded int64
	for _, f := range sum.Files {
		loaded += f.Loaded
	}
	g.infof("run %s: %d files, %d new calls, %d rows rejected, %d reports in %s",
		sum.Month, len(sum.Files), loaded, sum.Rejected, len(sum.Reports), filepath.Dir(firstOr(sum.Reports, ".")))
	return err
}

func firstOr(list []string, def string) string {
	if len(list) == 0 {
		return def
	}
	return list[0] + "/"
}
