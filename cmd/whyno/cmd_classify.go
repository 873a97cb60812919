package main

import (
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"whyno/pipeline/classify"
	"whyno/pipeline/source"
)

type classifyOptions struct {
	rules string
	out   string
	asOf  dateFlag
	sheet string
}

// The header names the stateless commands accept for each input column,
// compared case- and space-insensitively.
var (
	noteColumns = []string{"note", "notes", "call notes", "call and meeting notes", "description",
		"bemærkning", "bemærkninger", "noter", "notat", "kommentar", "comment", "comments",
		"activity - note", "comments", "body"}
	calledAtColumns = []string{"called_at", "date", "dato", "activity date", "activitydate",
		"call date", "opkaldsdato", "started_at", "timestamp", "tidspunkt", "activity - due date"}
	dispositionColumns = []string{"disposition", "calldisposition", "call outcome", "udfald",
		"resultat", "outcome"}
)

func newClassifyCmd(g *globals) *cobra.Command {
	var o classifyOptions
	cmd := &cobra.Command{
		Use:   "classify [--rules F] [--out F] FILE...",
		Short: "Label call notes in CSV or XLSX files (no warehouse)",
		Long: `Label every row of CSV or XLSX files with a header: outcome, reason, ball,
callback_date, language, confidence and evidence (see TAXONOMY in docs/).

The note column may be called note, notes, Call notes, Description,
Bemærkning, Noter ...; an optional called_at (or date, Dato, Activity date ...)
resolves relative dates ("ring igen uge 34"); without it, --as-of or today.
An optional disposition column (Udfald, Call outcome, CallDisposition ...) is
combined with the note. Output is CSV: the input's columns, then
outcome,reason,ball,callback_date,language,confidence,evidence.` + exitStatusHelp,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runClassify(cmd.Context(), g, o, args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.rules, "rules", "", "classification rules file adding to the built-in lexicons")
	f.StringVar(&o.out, "out", "", "write the CSV here instead of stdout")
	f.Var(&o.asOf, "as-of", "date (YYYY-MM-DD) relative dates are resolved against when a row has none")
	f.StringVar(&o.sheet, "sheet", "", "XLSX sheet to read (default: the first with a header)")
	return cmd
}

func runClassify(ctx context.Context, g *globals, o classifyOptions, files []string) (err error) {
	c, err := newClassifier(o.rules)
	if err != nil {
		return err
	}
	loc, err := g.location()
	if err != nil {
		return err
	}
	out := g.stdout
	if o.out != "" {
		f, err := os.Create(o.out)
		if err != nil {
			return err
		}
		defer func() {
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}()
		out = f
	}
	cw := csv.NewWriter(out)
	for i, file := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		t, err := source.ReadTable(file, o.sheet)
		if err != nil {
			return err
		}
		if err := classifyTable(cw, c, t, file, o.asOf.or(time.Now(), loc), i == 0); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// labelColumns are appended to the input's columns by whyno classify.
var labelColumns = []string{"outcome", "reason", "ball", "callback_date", "language", "confidence", "evidence"}

func classifyTable(cw *csv.Writer, c *classify.Classifier, t *source.Table, file string, now time.Time, header bool) error {
	note := t.Column(noteColumns...)
	if note < 0 {
		return fmt.Errorf("%s: no note column (expected one of: %s)", file, strings.Join(noteColumns[:8], ", "))
	}
	at, disp := t.Column(calledAtColumns...), t.Column(dispositionColumns...)
	if header {
		if err := cw.Write(append(append([]string{}, t.Header...), labelColumns...)); err != nil {
			return err
		}
	}
	in := make([]classify.Input, len(t.Rows))
	for r := range t.Rows {
		in[r] = classify.Input{Note: t.Cell(r, note), Disposition: t.Cell(r, disp), CalledAt: now}
		if s := strings.TrimSpace(t.Cell(r, at)); s != "" {
			when, ok := parseCallTime(s, now.Location())
			if !ok {
				return fmt.Errorf("%s:%d: column %q: %q is not a date", file, t.Numbers[r], t.Header[at], s)
			}
			in[r].CalledAt = when
		}
	}
	out := make([]classify.Labels, len(in))
	c.ClassifyBatch(in, out)
	for r, l := range out {
		rec := make([]string, 0, len(t.Header)+len(labelColumns))
		for i := range t.Header {
			rec = append(rec, safeCell(t.Cell(r, i)))
		}
		rec = append(rec, labelRecord(l)...)
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	return nil
}

// labelRecord renders labels as the CSV columns of labelColumns.
func labelRecord(l classify.Labels) []string {
	date := ""
	if !l.CallbackDate.IsZero() {
		date = l.CallbackDate.Format("2006-01-02")
	}
	return []string{l.Outcome, l.Reason, l.Ball, date, l.Language,
		strconv.FormatFloat(l.Confidence, 'f', 2, 64), safeCell(l.Evidence)}
}

// parseCallTime reads a call's date with the ingest's date formats.
func parseCallTime(s string, loc *time.Location) (time.Time, bool) {
	t, ok := source.ParseTime(s, source.DefaultDateFormats("dmy"))
	if !ok {
		if t2, err := time.Parse(time.RFC3339, s); err == nil {
			return t2.In(loc), true
		}
		return time.Time{}, false
	}
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, loc), true
}
