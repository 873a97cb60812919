package when

import (
	"testing"
	"time"
)

// The civil-date helpers are checked against package time over a wide range
// of days, which is the specification they reimplement without allocation.

func TestDayRoundTrip(t *testing.T) {
	start := time.Date(1899, 12, 25, 0, 0, 0, 0, time.UTC)
	for i := range 80000 { // about 219 years of days
		tm := start.AddDate(0, 0, i)
		n := dayOf(tm.Year(), int(tm.Month()), tm.Day())
		if want := day(tm.Unix() / 86400); n != want {
			t.Fatalf("dayOf(%s) = %d, want %d", tm.Format(time.DateOnly), n, want)
		}
		y, m, d := n.civil()
		if y != tm.Year() || time.Month(m) != tm.Month() || d != tm.Day() {
			t.Fatalf("civil(%d) = %d-%d-%d, want %s", n, y, m, d, tm.Format(time.DateOnly))
		}
		if got, want := n.weekday(), (int(tm.Weekday())+6)%7; got != want {
			t.Fatalf("weekday(%s) = %d, want %d", tm.Format(time.DateOnly), got, want)
		}
	}
}

func TestISOWeekMonday(t *testing.T) {
	start := time.Date(1999, 12, 27, 0, 0, 0, 0, time.UTC) // a Monday
	for i := 0; i < 52*60; i++ {
		mon := start.AddDate(0, 0, 7*i)
		y, w := mon.ISOWeek()
		got, ok := isoWeekMonday(y, w)
		if want := dayOf(mon.Year(), int(mon.Month()), mon.Day()); !ok || got != want {
			t.Fatalf("isoWeekMonday(%d, %d) = %d, %v, want %d (%s)", y, w, got, ok, want, mon.Format(time.DateOnly))
		}
	}
	if _, ok := isoWeekMonday(2027, 53); ok {
		t.Errorf("isoWeekMonday(2027, 53) ok, want no such week")
	}
	if _, ok := isoWeekMonday(2026, 53); !ok {
		t.Errorf("isoWeekMonday(2026, 53) not ok, want 2026-12-28")
	}
}

func TestAddMonths(t *testing.T) {
	start := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range 1500 {
		tm := start.AddDate(0, 0, i)
		n := dayOf(tm.Year(), int(tm.Month()), tm.Day())
		for _, k := range []int{1, 2, 6, 12, 24} {
			want := tm.AddDate(0, k, 0)
			if got := n.addMonthsOverflow(k); got != dayOf(want.Year(), int(want.Month()), want.Day()) {
				t.Fatalf("%s plus %d months = day %d, want %s", tm.Format(time.DateOnly), k, got, want.Format(time.DateOnly))
			}
			y, m, d := addMonths(n, k).civil()
			if d > daysIn(y, m) || time.Month(m) != time.Month((int(tm.Month())-1+k)%12+1) {
				t.Fatalf("addMonths(%s, %d) = %d-%d-%d, want a day in month %d", tm.Format(time.DateOnly), k, y, m, d, (int(tm.Month())-1+k)%12+1)
			}
		}
	}
}

func TestWorkday(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{name: "Friday stays", in: "2026-05-15", want: "2026-05-15"},
		{name: "Saturday to Monday", in: "2026-05-16", want: "2026-05-18"},
		{name: "Sunday to Monday", in: "2026-05-17", want: "2026-05-18"},
		{name: "Saturday across a year end", in: "2022-12-31", want: "2023-01-02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, want := date(t, tt.in), date(t, tt.want)
			got := dayOf(in.Year(), int(in.Month()), in.Day()).workday()
			if got != dayOf(want.Year(), int(want.Month()), want.Day()) {
				y, m, d := got.civil()
				t.Errorf("workday(%s) = %d-%02d-%02d, want %s", tt.in, y, m, d, tt.want)
			}
		})
	}
}
