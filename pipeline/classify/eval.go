package classify

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
)

// Scoring constants.
const (
	// DateTolerance is how far a callback date may be from the expected one
	// and still count as a hit (TAXONOMY.md: within 3 days).
	DateTolerance = 3 * 24 * time.Hour
	// worstMisses is how many misses a Report lists.
	worstMisses = 25
	// noneLabel stands for an empty prediction in the reason matrix (the
	// classifier did not say no, so it gave no reason).
	noneLabel = "-"
)

// Report is the evaluation of a classifier against labelled examples.
type Report struct {
	N        int         `json:"n"`
	Outcome  ClassReport `json:"outcome"`
	Reason   ClassReport `json:"reason"` // over the rows whose expected outcome is no
	Ball     ClassReport `json:"ball"`
	Language ClassReport `json:"language"` // over the rows with an expected language
	Callback DateReport  `json:"callback"`
	Misses   []Miss      `json:"misses"` // worst first
}

// ClassReport scores one label field.
type ClassReport struct {
	N         int          `json:"n"`
	Accuracy  float64      `json:"accuracy"`
	MacroF1   float64      `json:"macro_f1"`
	Classes   []ClassScore `json:"classes"`
	Labels    []string     `json:"labels"`    // rows and columns of Confusion
	Confusion [][]int      `json:"confusion"` // [expected][got]
}

// ClassScore is precision, recall and F1 of one label.
type ClassScore struct {
	Label     string  `json:"label"`
	Support   int     `json:"support"` // expected count
	Predicted int     `json:"predicted"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// DateReport scores callback dates.
type DateReport struct {
	Named         int     `json:"named"` // rows whose expected date is set
	Hits          int     `json:"hits"`  // ... and got a date within DateTolerance
	HitRate       float64 `json:"hit_rate"`
	Unnamed       int     `json:"unnamed"`     // rows whose expected date is empty
	FalseDates    int     `json:"false_dates"` // ... and got a date anyway
	FalseDateRate float64 `json:"false_date_rate"`
}

// Miss is one wrongly labelled example.
type Miss struct {
	ID       string  `json:"id"`
	Line     int     `json:"line"`
	Note     string  `json:"note"`
	Want     string  `json:"want"` // outcome/reason/ball/date
	Got      string  `json:"got"`
	Evidence string  `json:"evidence"`
	Conf     float64 `json:"confidence"`
	severity int
}

// Evaluate scores got[i] against gold[i].Want. Reason is scored over the
// rows whose expected outcome is no (a row where the classifier said
// something else counts as reason "-"); macro-F1 averages F1 over every
// label expected or predicted in those rows. Language is scored where the
// gold language is set.
func Evaluate(gold []Example, got []Labels) Report {
	n := min(len(gold), len(got))
	var o, r, b, l pairs
	var rep Report
	rep.N = n
	for i := 0; i < n; i++ {
		w, g := gold[i].Want, got[i]
		o.add(w.Outcome, g.Outcome)
		b.add(w.Ball, g.Ball)
		if w.Outcome == OutcomeNo {
			r.add(w.Reason, orNone(g.Reason))
		}
		if w.Language != "" {
			l.add(w.Language, g.Language)
		}
		rep.Callback.add(w.CallbackDate, g.CallbackDate)
		if m, bad := miss(gold[i], g); bad {
			rep.Misses = append(rep.Misses, m)
		}
	}
	rep.Outcome, rep.Reason = o.report(Outcomes), r.report(Reasons)
	rep.Ball, rep.Language = b.report(Balls), l.report(Languages)
	rep.Callback.rates()
	sortMisses(rep.Misses)
	return rep
}

func orNone(s string) string {
	if s == "" {
		return noneLabel
	}
	return s
}

func (d *DateReport) add(want, got time.Time) {
	if want.IsZero() {
		d.Unnamed++
		if !got.IsZero() {
			d.FalseDates++
		}
		return
	}
	d.Named++
	if !got.IsZero() && absDuration(dayOnly(got).Sub(dayOnly(want))) <= DateTolerance {
		d.Hits++
	}
}

func dayOnly(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func absDuration(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

func (d *DateReport) rates() {
	d.HitRate, d.FalseDateRate = ratio(d.Hits, d.Named), ratio(d.FalseDates, d.Unnamed)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// pairs collects (expected, got) label pairs of one field.
type pairs struct{ want, got []string }

func (p *pairs) add(want, got string) {
	p.want, p.got = append(p.want, want), append(p.got, got)
}

// report scores the pairs; order fixes the label order, and labels outside
// it (such as "-" or a user language) follow sorted.
func (p *pairs) report(order []string) ClassReport {
	labels := p.labels(order)
	idx := map[string]int{}
	for i, l := range labels {
		idx[l] = i
	}
	cr := ClassReport{N: len(p.want), Labels: labels, Confusion: make([][]int, len(labels))}
	for i := range cr.Confusion {
		cr.Confusion[i] = make([]int, len(labels))
	}
	correct := 0
	for i := range p.want {
		cr.Confusion[idx[p.want[i]]][idx[p.got[i]]]++
		if p.want[i] == p.got[i] {
			correct++
		}
	}
	cr.Accuracy = ratio(correct, cr.N)
	cr.Classes, cr.MacroF1 = scores(labels, cr.Confusion)
	return cr
}

func (p *pairs) labels(order []string) []string {
	seen := map[string]bool{}
	for _, s := range append(append([]string{}, p.want...), p.got...) {
		seen[s] = true
	}
	var out, extra []string
	for _, l := range order {
		if seen[l] {
			out = append(out, l)
			delete(seen, l)
		}
	}
	for l := range seen {
		extra = append(extra, l)
	}
	sort.Strings(extra)
	return append(out, extra...)
}

// scores computes per-label precision, recall and F1 from a confusion
// matrix, and their macro average over the real labels ("-" excluded).
func scores(labels []string, cm [][]int) ([]ClassScore, float64) {
	out := make([]ClassScore, len(labels))
	sum, k := 0.0, 0
	for i, l := range labels {
		s := ClassScore{Label: l}
		for j := range labels {
			s.Support += cm[i][j]
			s.Predicted += cm[j][i]
		}
		s.Precision, s.Recall = ratio(cm[i][i], s.Predicted), ratio(cm[i][i], s.Support)
		if s.Precision+s.Recall > 0 {
			s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
		}
		out[i] = s
		if l != noneLabel {
			sum += s.F1
			k++
		}
	}
	return out, ratio2(sum, k)
}

func ratio2(a float64, b int) float64 {
	if b == 0 {
		return 0
	}
	return a / float64(b)
}

// miss describes a wrongly labelled example and how bad it is: a wrong
// outcome weighs most, then the reason, then ball and date.
func miss(ex Example, g Labels) (Miss, bool) {
	w := ex.Want
	sev := 0
	if w.Outcome != g.Outcome {
		sev += 8
	}
	if w.Reason != g.Reason {
		sev += 4
	}
	if w.Ball != g.Ball {
		sev += 2
	}
	if dateMiss(w.CallbackDate, g.CallbackDate) {
		sev++
	}
	return Miss{
		ID: ex.ID, Line: ex.Line, Note: ex.Input.Note, Want: labelString(w), Got: labelString(g),
		Evidence: g.Evidence, Conf: g.Confidence, severity: sev,
	}, sev > 0
}

func dateMiss(want, got time.Time) bool {
	if want.IsZero() || got.IsZero() {
		return want.IsZero() != got.IsZero()
	}
	return absDuration(dayOnly(got).Sub(dayOnly(want))) > DateTolerance
}

func labelString(l Labels) string {
	d := ""
	if !l.CallbackDate.IsZero() {
		d = l.CallbackDate.Format(dayLayout)
	}
	return strings.Join([]string{l.Outcome, l.Reason, l.Ball, d}, "/")
}

// sortMisses orders by severity, then confidence (a confident miss is
// worse), then id, and keeps the worst.
func sortMisses(m []Miss) {
	sort.SliceStable(m, func(i, j int) bool {
		if m[i].severity != m[j].severity {
			return m[i].severity > m[j].severity
		}
		if m[i].Conf != m[j].Conf {
			return m[i].Conf > m[j].Conf
		}
		return m[i].ID < m[j].ID
	})
}

// WriteText prints the report for a rules author: accuracies, per-class
// scores, confusion matrices, date rates and the worst misses.
func (r Report) WriteText(w io.Writer) error {
	p := &printer{w: w}
	p.f("examples: %d\n\n", r.N)
	p.class("outcome", r.Outcome)
	p.class("reason (rows expected no)", r.Reason)
	p.class("ball", r.Ball)
	p.class("language", r.Language)
	c := r.Callback
	p.f("callback date: hit %d/%d = %.3f (within 3 days); false dates %d/%d = %.3f\n\n",
		c.Hits, c.Named, c.HitRate, c.FalseDates, c.Unnamed, c.FalseDateRate)
	p.misses(r.Misses)
	return p.err
}

type printer struct {
	w   io.Writer
	err error
}

func (p *printer) f(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

func (p *printer) class(name string, c ClassReport) {
	p.f("%s: accuracy %.3f, macro-F1 %.3f (n=%d)\n", name, c.Accuracy, c.MacroF1, c.N)
	p.f("  %-20s %9s %9s %9s %8s\n", "label", "precision", "recall", "f1", "support")
	for _, s := range c.Classes {
		p.f("  %-20s %9.3f %9.3f %9.3f %8d\n", s.Label, s.Precision, s.Recall, s.F1, s.Support)
	}
	p.f("  confusion (rows expected, columns got):\n  %-20s", "")
	for i := range c.Labels {
		p.f(" %4d", i+1)
	}
	p.f("\n")
	for i, l := range c.Labels {
		p.f("  %2d %-17s", i+1, l)
		for _, n := range c.Confusion[i] {
			p.f(" %4d", n)
		}
		p.f("\n")
	}
	p.f("\n")
}

func (p *printer) misses(m []Miss) {
	if len(m) == 0 {
		p.f("no misses\n")
		return
	}
	p.f("worst misses (%d in all; want → got, evidence):\n", len(m))
	for i, x := range m {
		if i == worstMisses {
			break
		}
		p.f("  %s (line %d) %q\n    want %s  got %s  conf %.2f  evidence %q\n", x.ID, x.Line, x.Note, x.Want, x.Got, x.Conf, x.Evidence)
	}
}
