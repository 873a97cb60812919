package source

import "strings"

// weekdayNames maps Danish and English weekday names and abbreviations to
// ISO weekday numbers (Monday 1 … Sunday 7).
var weekdayNames = map[string]int{
	"mandag": 1, "man": 1, "monday": 1, "mon": 1,
	"tirsdag": 2, "tir": 2, "tirs": 2, "tuesday": 2, "tue": 2, "tues": 2,
	"onsdag": 3, "ons": 3, "wednesday": 3, "wed": 3,
	"torsdag": 4, "tor": 4, "tors": 4, "thursday": 4, "thu": 4, "thur": 4, "thurs": 4,
	"fredag": 5, "fre": 5, "friday": 5, "fri": 5,
	"lørdag": 6, "lør": 6, "saturday": 6, "sat": 6,
	"søndag": 7, "søn": 7, "sunday": 7, "sun": 7,
}

// ParseWeekday reads a weekday as an ISO number, 1 (Monday) to 7 (Sunday):
// a Danish or English name or abbreviation ("tirs", "Thu.") or a number.
func ParseWeekday(s string) (int, bool) {
	s = strings.ToLower(strings.TrimSuffix(strings.TrimSpace(s), "."))
	if n, ok := atoiN(s, 1); ok {
		return n, n >= 1 && n <= 7
	}
	n, ok := weekdayNames[s]
	return n, ok
}

// ParseMonth reads a month as a number 1–12: a Danish or English name or
// abbreviation ("maj", "Oct.") or a number.
func ParseMonth(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if n, ok := atoiN(s, 2); ok {
		return n, n >= 1 && n <= 12
	}
	return lookupMonth(s)
}
