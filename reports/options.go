package reports

import (
	"errors"
	"fmt"
	"time"
)

// Options select what a report covers and how it reads.
type Options struct {
	// From is the first day of the period (inclusive) and To the day after
	// its last day (exclusive), as in the queries. When both are zero the
	// period is the calendar month before AsOf.
	From, To time.Time
	// Rep and Team filter the calls; empty means all.
	Rep, Team string
	// AsOf pins "now": the callback queue, the ICS stamps and the document
	// dates. It is required, so a report never depends on the wall clock.
	AsOf time.Time
	// Lang is "da" (default) or "en".
	Lang string
	// Title replaces the default report title when not empty.
	Title string
}

// ErrNoAsOf is returned when Options.AsOf is zero.
var ErrNoAsOf = errors.New("reports: as-of date is required")

// trendMonths is how many calendar months the trend and seasonality charts
// show, ending with the report's last month: one year shows the summer dip
// and Christmas.
const trendMonths = 12

// normalize fills defaults and checks the options.
func (o Options) normalize() (Options, error) {
	if o.AsOf.IsZero() {
		return o, ErrNoAsOf
	}
	switch o.Lang {
	case "":
		o.Lang = "da"
	case "da", "en":
	default:
		return o, fmt.Errorf("reports: unknown language %q (want da or en)", o.Lang)
	}
	if o.From.IsZero() && o.To.IsZero() {
		first := monthStart(o.AsOf)
		o.From, o.To = first.AddDate(0, -1, 0), first
	}
	o.From, o.To = dateOnly(o.From), dateOnly(o.To)
	if !o.From.Before(o.To) {
		return o, fmt.Errorf("reports: empty period %s..%s", isoDate(o.From), isoDate(o.To))
	}
	return o, nil
}

// trendFrom is the first day of the trend window.
func (o Options) trendFrom() time.Time {
	last := monthStart(o.To.AddDate(0, 0, -1))
	return last.AddDate(0, -(trendMonths - 1), 0)
}

// lastDay is the period's last day (To is exclusive).
func (o Options) lastDay() time.Time { return o.To.AddDate(0, 0, -1) }

// params returns the common query parameters for the period from..to.
func (o Options) params(from, to time.Time) map[string]string {
	p := map[string]string{"from": isoDate(from), "to": isoDate(to)}
	if o.Rep != "" {
		p["rep"] = o.Rep
	}
	if o.Team != "" {
		p["team"] = o.Team
	}
	return p
}

func monthStart(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}

func dateOnly(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

func isoDate(t time.Time) string { return t.Format(time.DateOnly) }

func isoDateOrEmpty(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return isoDate(t)
}
