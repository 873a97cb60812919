package synth

import (
	"errors"
	"fmt"
	"time"
)

// ErrOptions is wrapped by every error about bad Options.
var ErrOptions = errors.New("synth: bad options")

// Defaults used for zero fields of Options.
const (
	DefaultYear         = 2026
	DefaultReps         = 20
	DefaultCompanies    = 4000
	DefaultCallsPerRep  = 2500 // so 20 reps make about 50,000 calls a year
	maxReps             = 500
	maxCompanies        = 1_000_000
	maxCallsPerRepInput = 20_000 // about 80 a day all year: more is not a human
)

// Options say which year to generate and how big it is. A zero field means
// its default; the same Options always give byte-identical output.
type Options struct {
	// Year is the calendar year generated. Zero means the year of AsOf, or
	// DefaultYear when AsOf is zero too.
	Year int
	// Reps is the number of sales reps (default 20). The first reps of the
	// built-in roster are the same, with the same habits, whatever the number.
	Reps int
	// Companies is the number of prospect companies (default 4000).
	Companies int
	// Seed drives every random choice; zero is a seed like any other.
	Seed uint64
	// Calls is the target number of calls for the whole year (default 2500
	// per rep). It scales the reps' activity; the year may fall short of it
	// when there are too few companies to call.
	Calls int
	// AsOf cuts the year off: calls on days after AsOf's date are left out.
	// Zero means the whole year. Cutting does not change the calls before.
	AsOf time.Time
}

// withDefaults fills zero fields and checks the result.
func (o Options) withDefaults() (Options, error) {
	if o.Year == 0 {
		o.Year = DefaultYear
		if !o.AsOf.IsZero() {
			o.Year = o.AsOf.Year()
		}
	}
	if o.Reps == 0 {
		o.Reps = DefaultReps
	}
	if o.Companies == 0 {
		o.Companies = DefaultCompanies
	}
	if o.Calls == 0 {
		o.Calls = DefaultCallsPerRep * o.Reps
	}
	return o, o.check()
}

func (o Options) check() error {
	switch {
	case o.Year < 1900 || o.Year > 2200:
		return fmt.Errorf("%w: year %d: want 1900 to 2200", ErrOptions, o.Year)
	case o.Reps < 0 || o.Reps > maxReps:
		return fmt.Errorf("%w: reps %d: want 1 to %d", ErrOptions, o.Reps, maxReps)
	case o.Companies < 0 || o.Companies > maxCompanies:
		return fmt.Errorf("%w: companies %d: want 1 to %d", ErrOptions, o.Companies, maxCompanies)
	case o.Calls < 0 || o.Calls > maxCallsPerRepInput*o.Reps:
		return fmt.Errorf("%w: calls %d: want 1 to %d for %d reps", ErrOptions, o.Calls, maxCallsPerRepInput*o.Reps, o.Reps)
	}
	return nil
}

// lastDay is the index in the year of the last day generated, or -1 when
// AsOf is before the year.
func (o Options) lastDay() int {
	end := date(o.Year, time.December, 31)
	if o.AsOf.IsZero() {
		return end.YearDay() - 1
	}
	cut := date(o.AsOf.Year(), o.AsOf.Month(), o.AsOf.Day())
	switch {
	case cut.Year() < o.Year:
		return -1
	case cut.After(end):
		return end.YearDay() - 1
	}
	return cut.YearDay() - 1
}
