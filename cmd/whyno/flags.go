package main

import (
	"fmt"
	"time"
)

// dateFlag is a YYYY-MM-DD flag value (--as-of, --from, --to); unset
// means the caller's default.
type dateFlag struct {
	t   time.Time
	set bool
}

func (a *dateFlag) String() string {
	if !a.set {
		return ""
	}
	return a.t.Format("2006-01-02")
}
func (a *dateFlag) Type() string { return "date" }
func (a *dateFlag) Set(s string) error {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return fmt.Errorf("%q is not a date (YYYY-MM-DD)", s)
	}
	a.t, a.set = t, true
	return nil
}

// or returns the flag's date in loc, or def when unset.
func (a dateFlag) or(def time.Time, loc *time.Location) time.Time {
	if !a.set {
		return def.In(loc)
	}
	return time.Date(a.t.Year(), a.t.Month(), a.t.Day(), 12, 0, 0, 0, loc)
}
