package reports

import (
	"slices"
	"time"
)

// reasonTiming is the taxonomy's "not now" reason.
const reasonTiming = "timing"

// reasons reads the period's reason shares and the previous period's, and
// derives the not-now share.
func (b *builder) reasons() error {
	cur, err := b.readReasons(b.o.From, b.o.To)
	if err != nil {
		return err
	}
	b.m.Reasons = cur
	var total int64
	for _, r := range cur {
		total = r.Share.Den
		if r.Reason == reasonTiming {
			b.m.NotNow = r.Share
		}
	}
	if !b.m.NotNow.Valid {
		b.m.NotNow = NewRate(0, total)
	}
	from, to := b.previousPeriod()
	b.prevReasons, err = b.readReasons(from, to)
	return err
}

// readReasons runs the reasons query for from..to.
func (b *builder) readReasons(from, to time.Time) ([]Reason, error) {
	t, err := b.run("reasons", b.o.params(from, to))
	if err != nil {
		return nil, err
	}
	var total int64
	for i := range t.Len() {
		total += t.Int(i, "nos")
	}
	out := make([]Reason, 0, t.Len())
	for i := range t.Len() {
		out = append(out, Reason{Reason: t.Str(i, "reason"), Share: NewRate(t.Int(i, "nos"), total)})
	}
	return out, t.err
}

// reasonTrend reads each month's reason mix over the trend window.
func (b *builder) reasonTrend() error {
	t, err := b.window("reasons_trend")
	if err != nil {
		return err
	}
	for i := range t.Len() {
		b.m.ReasonTrend = append(b.m.ReasonTrend, ReasonMonth{
			Month: t.Time(i, "month"), Reason: t.Str(i, "reason"),
			Share: NewRate(t.Int(i, "nos"), t.Int(i, "month_nos")),
		})
	}
	return t.err
}

// evidenceTop is how many phrases per reason the report quotes.
const evidenceTop = "5"

// evidence reads what prospects said, per reason.
func (b *builder) evidence() error {
	t, err := b.run("reason_evidence", with(b.o.params(b.o.From, b.o.To), "top", evidenceTop))
	if err != nil {
		return err
	}
	for i := range t.Len() {
		b.m.Evidence = append(b.m.Evidence, Evidence{
			Reason: t.Str(i, "reason"), Phrase: t.Str(i, "evidence"), Calls: t.Int(i, "calls"),
		})
	}
	return t.err
}

// repReasons reads each rep's reason mix.
func (b *builder) repReasons() error {
	t, err := b.period("rep_reasons")
	if err != nil {
		return err
	}
	for i := range t.Len() {
		b.m.RepReasons = append(b.m.RepReasons, RepReason{
			Rep: t.Str(i, "rep"), Reason: t.Str(i, "reason"),
			Share: NewRate(t.Int(i, "nos"), t.Int(i, "rep_nos")),
		})
	}
	return t.err
}

// reasonOrder lists the reasons of the period, most frequent first, then
// any reason seen only in the trend, by name.
func reasonOrder(m *Model) []string {
	var out []string
	for _, r := range m.Reasons {
		out = append(out, r.Reason)
	}
	var extra []string
	for _, r := range m.ReasonTrend {
		if !slices.Contains(out, r.Reason) && !slices.Contains(extra, r.Reason) {
			extra = append(extra, r.Reason)
		}
	}
	slices.Sort(extra)
	return append(out, extra...)
}
