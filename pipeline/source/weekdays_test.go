package source

import "testing"

func TestParseMonthAndWeekday(t *testing.T) {
	months := map[string]int{"maj": 5, "Oct.": 10, "12": 12, "3": 3}
	for in, want := range months {
		if got, ok := ParseMonth(in); !ok || got != want {
			t.Errorf("ParseMonth(%q) = %d, %v; want %d", in, got, ok, want)
		}
	}
	days := map[string]int{"tirs": 2, "Thu.": 4, "søndag": 7, "mon": 1, "6": 6}
	for in, want := range days {
		if got, ok := ParseWeekday(in); !ok || got != want {
			t.Errorf("ParseWeekday(%q) = %d, %v; want %d", in, got, ok, want)
		}
	}
	for _, in := range []string{"13", "0", "smarch", ""} {
		if _, ok := ParseMonth(in); ok {
			t.Errorf("ParseMonth(%q) ok, want not ok", in)
		}
	}
	for _, in := range []string{"8", "0", "someday", ""} {
		if _, ok := ParseWeekday(in); ok {
			t.Errorf("ParseWeekday(%q) ok, want not ok", in)
		}
	}
}
