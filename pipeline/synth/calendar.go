package synth

import (
	"sort"
	"time"
)

// Holiday is a Danish public holiday or a day most offices close early.
type Holiday struct {
	Date    time.Time
	Name    string // Danish name, e.g. "Kristi himmelfartsdag"
	HalfDay bool   // only the afternoon is off (grundlovsdag, nytårsaftensdag)
}

// Easter returns Easter Sunday of year in the Gregorian calendar, by the
// anonymous algorithm of Meeus, Jones and Butcher.
func Easter(year int) time.Time {
	a := year % 19
	b, c := year/100, year%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	n := h + l - 7*m + 114
	return date(year, time.Month(n/31), n%31+1)
}

// Holidays lists the Danish public holidays of year in date order, with the
// days offices commonly take off: juleaftensdag (24 December) whole, and the
// afternoons of grundlovsdag (5 June) and nytårsaftensdag (31 December). Store
// bededag is listed only before 2024, the year it was abolished. Holidays
// falling on a Sunday (påskedag, pinsedag) are listed too.
func Holidays(year int) []Holiday {
	e := Easter(year)
	hs := []Holiday{
		{Date: date(year, time.January, 1), Name: "nytårsdag"},
		{Date: e.AddDate(0, 0, -3), Name: "skærtorsdag"},
		{Date: e.AddDate(0, 0, -2), Name: "langfredag"},
		{Date: e, Name: "påskedag"},
		{Date: e.AddDate(0, 0, 1), Name: "2. påskedag"},
		{Date: e.AddDate(0, 0, 39), Name: "Kristi himmelfartsdag"},
		{Date: e.AddDate(0, 0, 49), Name: "pinsedag"},
		{Date: e.AddDate(0, 0, 50), Name: "2. pinsedag"},
		{Date: date(year, time.June, 5), Name: "grundlovsdag", HalfDay: true},
		{Date: date(year, time.December, 24), Name: "juleaftensdag"},
		{Date: date(year, time.December, 25), Name: "juledag"},
		{Date: date(year, time.December, 26), Name: "2. juledag"},
		{Date: date(year, time.December, 31), Name: "nytårsaftensdag", HalfDay: true},
	}
	if year < 2024 {
		hs = append(hs, Holiday{Date: e.AddDate(0, 0, 26), Name: "store bededag"})
	}
	sort.SliceStable(hs, func(i, j int) bool { return hs[i].Date.Before(hs[j].Date) })
	return hs
}

// IsWorkday reports whether t's date is a Danish working day: Monday to
// Friday and not a whole-day holiday. Half days count as working days.
func IsWorkday(t time.Time) bool {
	if wd := t.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return false
	}
	d := date(t.Year(), t.Month(), t.Day())
	for _, h := range Holidays(t.Year()) {
		if h.Date.Equal(d) && !h.HalfDay {
			return false
		}
	}
	return true
}

func date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// isoMonday returns the Monday of ISO week w of ISO year y.
func isoMonday(y, w int) time.Time {
	jan4 := date(y, time.January, 4)
	back := (int(jan4.Weekday()) + 6) % 7 // days since Monday
	return jan4.AddDate(0, 0, 7*(w-1)-back)
}

// weekendToMonday moves a Saturday or Sunday to the following Monday.
func weekendToMonday(t time.Time) time.Time {
	switch t.Weekday() {
	case time.Saturday:
		return t.AddDate(0, 0, 2)
	case time.Sunday:
		return t.AddDate(0, 0, 1)
	}
	return t
}
