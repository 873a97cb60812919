package synth

import (
	"testing"
	"time"
)

func TestEaster(t *testing.T) {
	tests := []struct {
		year int
		want string
	}{
		{2000, "2000-04-23"}, {2008, "2008-03-23"}, {2011, "2011-04-24"}, {2019, "2019-04-21"},
		{2024, "2024-03-31"}, {2025, "2025-04-20"}, {2026, "2026-04-05"}, {2027, "2027-03-28"},
		{2038, "2038-04-25"}, {2285, "2285-03-22"},
	}
	for _, tt := range tests {
		if got := Easter(tt.year).Format(time.DateOnly); got != tt.want {
			t.Errorf("Easter(%d) = %s, want %s", tt.year, got, tt.want)
		}
	}
}

func TestHolidays(t *testing.T) {
	tests := []struct {
		name     string
		year     int
		want     string // a date that must be listed, or must not be when absent
		absent   bool
		wantHalf bool
	}{
		{name: "kristi himmelfart 2026", year: 2026, want: "2026-05-14"},
		{name: "skærtorsdag 2026", year: 2026, want: "2026-04-02"},
		{name: "2. pinsedag 2026", year: 2026, want: "2026-05-25"},
		{name: "store bededag before its abolition", year: 2023, want: "2023-05-05"},
		{name: "store bededag abolished 2024", year: 2024, want: "2024-04-26", absent: true},
		{name: "grundlovsdag is a half day", year: 2026, want: "2026-06-05", wantHalf: true},
		{name: "juleaftensdag", year: 2026, want: "2026-12-24"},
		{name: "nytårsaftensdag is a half day", year: 2026, want: "2026-12-31", wantHalf: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var found *Holiday
			hs := Holidays(tt.year)
			for i := range hs {
				if hs[i].Date.Format(time.DateOnly) == tt.want {
					found = &hs[i]
				}
				if i > 0 && hs[i].Date.Before(hs[i-1].Date) {
					t.Errorf("holidays out of order: %v before %v", hs[i-1].Date, hs[i].Date)
				}
			}
			switch {
			case tt.absent && found != nil:
				t.Fatalf("%s listed as %q, want absent", tt.want, found.Name)
			case tt.absent:
			case found == nil:
				t.Fatalf("%s not listed", tt.want)
			case found.HalfDay != tt.wantHalf:
				t.Errorf("%s half day = %v, want %v", tt.want, found.HalfDay, tt.wantHalf)
			}
		})
	}
}

func TestIsWorkday(t *testing.T) {
	tests := []struct {
		date string
		want bool
	}{
		{"2026-03-10", true},  // an ordinary Tuesday
		{"2026-03-14", false}, // Saturday
		{"2026-03-15", false}, // Sunday
		{"2026-01-01", false}, // nytårsdag
		{"2026-04-03", false}, // langfredag
		{"2026-04-06", false}, // 2. påskedag
		{"2026-05-14", false}, // Kristi himmelfartsdag
		{"2026-05-15", true},  // the bridge Friday is a working day
		{"2026-06-05", true},  // grundlovsdag: the morning is worked
		{"2026-12-24", false},
		{"2026-12-28", true},
		{"2023-05-05", false}, // store bededag 2023
		{"2024-04-26", true},  // no store bededag from 2024
	}
	for _, tt := range tests {
		d, err := time.Parse(time.DateOnly, tt.date)
		if err != nil {
			t.Fatal(err)
		}
		if got := IsWorkday(d); got != tt.want {
			t.Errorf("IsWorkday(%s) = %v, want %v", tt.date, got, tt.want)
		}
	}
}

func TestISOMonday(t *testing.T) {
	tests := []struct {
		year, week int
		want       string
	}{
		{2026, 1, "2025-12-29"}, {2026, 32, "2026-08-03"}, {2026, 34, "2026-08-17"},
		{2027, 1, "2027-01-04"}, {2021, 53, "2022-01-03"}, {2020, 53, "2020-12-28"},
	}
	for _, tt := range tests {
		got := isoMonday(tt.year, tt.week)
		if got.Format(time.DateOnly) != tt.want {
			t.Errorf("isoMonday(%d, %d) = %s, want %s", tt.year, tt.week, got.Format(time.DateOnly), tt.want)
		}
		if y, w := got.ISOWeek(); y != tt.year && tt.week != 53 || w != tt.week && tt.week != 53 {
			t.Errorf("isoMonday(%d, %d) is in week %d-%d", tt.year, tt.week, y, w)
		}
	}
}

func TestNewDaysSeasons(t *testing.T) {
	days := newDays(2026)
	if len(days) != 365 {
		t.Fatalf("got %d days, want 365", len(days))
	}
	work := 0
	for _, d := range days {
		if d.work != IsWorkday(d.date) {
			t.Errorf("%s: work = %v, IsWorkday = %v", d.date.Format(time.DateOnly), d.work, !d.work)
		}
		if d.work {
			work++
		}
	}
	// 261 weekdays in 2026 minus the eight whole holidays on weekdays: nytårsdag,
	// skærtorsdag, langfredag, 2. påskedag, Kr. himmelfart, 2. pinsedag and
	// 24, 25 December; 26 December is a Saturday.
	if want := 261 - 8; work != want {
		t.Errorf("got %d working days, want %d", work, want)
	}
	summer, june := days[date(2026, time.July, 15).YearDay()-1], days[date(2026, time.June, 10).YearDay()-1]
	if summer.volume >= june.volume/2 || summer.reach >= june.reach {
		t.Errorf("week 29 volume %.2f reach %.2f, want well below June's %.2f %.2f", summer.volume, summer.reach, june.volume, june.reach)
	}
}
