package when

import "time"

// Easter returns Easter Sunday of the given year in the Gregorian calendar,
// at midnight UTC, computed with the anonymous Gregorian algorithm
// (Meeus/Jones/Butcher). It is meaningful for years after 1582.
func Easter(year int) time.Time {
	y, m, d := easterDate(year)
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
}

// easterDate is Easter without time.Time, for the resolver's day arithmetic.
func easterDate(year int) (y, m, d int) {
	a := floorMod(year, 19)
	b := floorDiv(year, 100)
	c := floorMod(year, 100)
	dd := b / 4
	e := b % 4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := floorMod(19*a+b-dd-g+15, 30)
	i := c / 4
	k := c % 4
	l := floorMod(32+2*e+2*i-h-k, 7)
	mm := (a + 11*h + 22*l) / 451
	n := h + l - 7*mm + 114
	return year, n / 31, n%31 + 1
}

// easterTuesday is the Tuesday after Easter Monday: the first working day
// after the Danish Easter holidays.
func easterTuesday(year int) day {
	y, m, d := easterDate(year)
	return dayOf(y, m, d) + 2
}
