package source

import (
	"cmp"
	"slices"
	"strings"
)

// MonthName is one spelling of a month that ParseTime accepts for %b/%B.
type MonthName struct {
	Name  string // lower case, without a trailing period
	Month int    // 1–12
}

// monthNames holds full names and abbreviations, Danish and English.
var monthNames = map[string]int{
	"januar": 1, "january": 1, "jan": 1,
	"februar": 2, "february": 2, "feb": 2,
	"marts": 3, "march": 3, "mar": 3,
	"april": 4, "apr": 4,
	"maj": 5, "may": 5,
	"juni": 6, "june": 6, "jun": 6,
	"juli": 7, "july": 7, "jul": 7,
	"august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9,
	"oktober": 10, "october": 10, "okt": 10, "oct": 10,
	"november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

// MonthNames lists every month spelling ParseTime knows, longest first (then
// alphabetically), the order a replacement must try them in. The warehouse
// uses it to turn names into numbers before DuckDB's strptime, whose %b/%B
// know only English: "12. marts 2024" becomes "12. 3 2024", and a format's
// %b/%B becomes %m.
func MonthNames() []MonthName {
	out := make([]MonthName, 0, len(monthNames))
	for n, m := range monthNames {
		out = append(out, MonthName{Name: n, Month: m})
	}
	slices.SortFunc(out, func(a, b MonthName) int {
		return cmp.Or(cmp.Compare(len(b.Name), len(a.Name)), strings.Compare(a.Name, b.Name))
	})
	return out
}

// lookupMonth returns the month of a name or abbreviation, case-insensitive,
// with or without a trailing period ("Okt.", "MAJ").
func lookupMonth(s string) (int, bool) {
	m, ok := monthNames[strings.ToLower(strings.TrimSuffix(s, "."))]
	return m, ok
}
