package when

import (
	"strings"
	"testing"
	"time"
)

// FuzzResolve checks the invariants every resolved date must keep, for any
// note and call date: no panic; a date at midnight in the call's location,
// on a weekday, not before the call's day and at most maxYearsAhead years
// after it; evidence taken from the note.
func FuzzResolve(f *testing.F) {
	for _, group := range [][]resolveCase{explicitDateCases, dayRelativeCases, weekdayCases, weekCases,
		monthCases, quarterCases, seasonCases, holidayCases, yearCases, contractCases, languageCases,
		negativeCases, noteStyleCases, periodEndCases} {
		for _, c := range group {
			f.Add(c.note, int32(9630), false) // 2026-05-13
		}
	}
	for _, n := range benchNotes {
		f.Add(n, int32(9860), true)
	}
	f.Add("ring 31/12", int32(10956), false) // called 31 December 2029
	f.Add("efter jul \xff\xfe uge 53", int32(-3), true)
	cet := time.FixedZone("CET", 3600)
	f.Fuzz(func(t *testing.T, note string, days int32, zoned bool) {
		loc := time.UTC
		if zoned {
			loc = cet
		}
		// Call dates from 1970 to about 2070, late in the day.
		call := time.Date(2000, 1, 1, 23, 30, 0, 0, loc).AddDate(0, 0, int(days%25000))
		got, ok := Resolve(note, call)
		if !ok {
			if got != (Result{}) {
				t.Fatalf("Resolve(%q) not ok but returned %+v", note, got)
			}
			return
		}
		checkResult(t, note, call, got)
	})
}

func checkResult(t *testing.T, note string, call time.Time, got Result) {
	t.Helper()
	d := got.Date
	cy, cm, cd := call.Date()
	callDay := time.Date(cy, cm, cd, 0, 0, 0, 0, call.Location())
	switch {
	case d.Location() != call.Location() || d.Hour() != 0 || d.Minute() != 0 || d.Second() != 0 || d.Nanosecond() != 0:
		t.Fatalf("Resolve(%q) = %v, want midnight in %v", note, d, call.Location())
	case d.Before(callDay):
		t.Fatalf("Resolve(%q) on %s = %s, before the call", note, callDay.Format(time.DateOnly), d.Format(time.DateOnly))
	case d.Weekday() == time.Saturday || d.Weekday() == time.Sunday:
		t.Fatalf("Resolve(%q) = %s, a %v", note, d.Format(time.DateOnly), d.Weekday())
	case d.Year() > cy+maxYearsAhead:
		t.Fatalf("Resolve(%q) on %s = %s, more than %d years ahead", note, callDay.Format(time.DateOnly), d.Format(time.DateOnly), maxYearsAhead)
	case got.Evidence == "" || !strings.Contains(strings.ToLower(note), strings.ToLower(got.Evidence)):
		t.Fatalf("Resolve(%q) evidence %q is not in the note", note, got.Evidence)
	case !validKind(got.Kind):
		t.Fatalf("Resolve(%q) kind %q", note, got.Kind)
	}
}

func validKind(k string) bool {
	switch k {
	case KindDate, KindWeek, KindMonth, KindQuarter, KindSeason, KindHoliday, KindRelative, KindWeekday:
		return true
	}
	return false
}
