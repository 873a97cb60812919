package main

import (
	"context"
	"time"

	"github.com/spf13/cobra"

	"whyno/reports"
)

type reportOptions struct {
	month    string
	from, to dateFlag
	rep      string
	team     string
	asOf     dateFlag
	lang     string
	out      string
}

func newReportCmd(g *globals) *cobra.Command {
	o := reportOptions{lang: "da", out: "out"}
	cmd := &cobra.Command{
		Use:   "report [--month YYYY-MM | --from D --to D] [--rep R] [--team T] [--as-of D] [--lang da|en] [--out DIR]",
		Short: "Write the monthly report: PDF, PNG charts, XLSX, ICS and a summary",
		Long: `Write the "why did they say no" report for a period into DIR (default out):
report.pdf, charts/*.png, report.xlsx (tables and the callback queue),
callbacks.ics (due callbacks per rep) and summary.md.

The period is --month, or --from and --to (both inclusive), or by default the
calendar month before --as-of. --as-of (default today) pins "now" for the
callback queue and the documents' dates: the same warehouse, flags and
--as-of give the same files. The report is written to a temporary folder and
moved into place, so a reader never sees half of it.` + exitStatusHelp,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts, err := o.options(time.Now())
			if err != nil {
				return err
			}
			return runReport(cmd.Context(), g, opts, o.out)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.month, "month", "", "report this calendar month (YYYY-MM)")
	f.Var(&o.from, "from", "first day of the period (YYYY-MM-DD)")
	f.Var(&o.to, "to", "last day of the period, inclusive (YYYY-MM-DD)")
	f.StringVar(&o.rep, "rep", "", "only this rep's calls")
	f.StringVar(&o.team, "team", "", "only this team's calls")
	f.Var(&o.asOf, "as-of", "the report's \"today\" (YYYY-MM-DD; default: today)")
	f.StringVar(&o.lang, "lang", "da", "report language: da or en")
	f.StringVar(&o.out, "out", "out", "folder to write the report into")
	cmd.MarkFlagsMutuallyExclusive("month", "from")
	cmd.MarkFlagsMutuallyExclusive("month", "to")
	cmd.MarkFlagsRequiredTogether("from", "to")
	return cmd
}

// options turns the flags into reports.Options; now stands in for an unset --as-of.
func (o reportOptions) options(now time.Time) (reports.Options, error) {
	asOf := now
	if o.asOf.set {
		asOf = o.asOf.t
	}
	opts := reports.Options{Rep: o.rep, Team: o.team, Lang: o.lang,
		AsOf: time.Date(asOf.Year(), asOf.Month(), asOf.Day(), 0, 0, 0, 0, time.UTC)}
	switch {
	case o.month != "":
		m, err := time.Parse("2006-01", o.month)
		if err != nil {
			return opts, usagef("--month %q: want YYYY-MM", o.month)
		}
		opts.From, opts.To = m, m.AddDate(0, 1, 0)
	case o.from.set:
		if o.to.t.Before(o.from.t) {
			return opts, usagef("--to %s is before --from %s", o.to.String(), o.from.String())
		}
		opts.From, opts.To = o.from.t, o.to.t.AddDate(0, 0, 1)
	default:
		opts.From, opts.To = previousMonth(opts.AsOf)
	}
	if o.lang != "da" && o.lang != "en" {
		return opts, usagef("--lang %q: want da or en", o.lang)
	}
	return opts, nil
}

func runReport(ctx context.Context, g *globals, opts reports.Options, out string) error {
	w, err := openForQueries(ctx, g)
	if err != nil {
		return err
	}
	defer w.Close()
	files, err := reports.Write(ctx, w.DB(), opts, out)
	if err != nil {
		return err
	}
	g.infof("report for %s..%s written to %s: %s, %s, %s, %s and %d charts",
		opts.From.Format("2006-01-02"), opts.To.AddDate(0, 0, -1).Format("2006-01-02"),
		files.Dir, rel(files.Dir, files.PDF), rel(files.Dir, files.XLSX), rel(files.Dir, files.ICS),
		rel(files.Dir, files.Summary), len(files.Charts))
	return nil
}

// previousMonth is the default report period: the calendar month before asOf.
func previousMonth(asOf time.Time) (from, to time.Time) {
	to = time.Date(asOf.Year(), asOf.Month(), 1, 0, 0, 0, 0, time.UTC)
	return to.AddDate(0, -1, 0), to
}
