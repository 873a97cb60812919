package when

import (
	"testing"
	"time"
)

func TestEaster(t *testing.T) {
	tests := []struct {
		name string
		year int
		want string
	}{
		{name: "2024", year: 2024, want: "2024-03-31"},
		{name: "2025", year: 2025, want: "2025-04-20"},
		{name: "2026", year: 2026, want: "2026-04-05"},
		{name: "2027", year: 2027, want: "2027-03-28"},
		{name: "2028", year: 2028, want: "2028-04-16"},
		{name: "2029", year: 2029, want: "2029-04-01"},
		{name: "2030", year: 2030, want: "2030-04-21"},
		{name: "2000 century leap year", year: 2000, want: "2000-04-23"},
		{name: "earliest possible date", year: 1818, want: "1818-03-22"},
		{name: "latest possible date", year: 2038, want: "2038-04-25"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Easter(tt.year)
			if got.Format(time.DateOnly) != tt.want || got.Location() != time.UTC || got.Weekday() != time.Sunday {
				t.Errorf("Easter(%d) = %v, want %s (a Sunday, UTC midnight)", tt.year, got, tt.want)
			}
		})
	}
}

func TestEasterTuesday(t *testing.T) {
	for year := 1900; year <= 2100; year++ {
		e := Easter(year)
		got := easterTuesday(year)
		y, m, d := got.civil()
		want := e.AddDate(0, 0, 2)
		if y != want.Year() || time.Month(m) != want.Month() || d != want.Day() || got.weekday() != 1 {
			t.Fatalf("easterTuesday(%d) = %d-%02d-%02d, want %s, a Tuesday", year, y, m, d, want.Format(time.DateOnly))
		}
	}
}
