package when

// day is a civil date in the proleptic Gregorian calendar, counted in days
// since 1970-01-01. Working in whole days keeps the resolver free of time
// zones and allocation; Resolve converts to time.Time once, at the end.
type day int

// dayOf returns the day number of y-m-d. m and d must be in range; use
// validDate first for untrusted input. The algorithm is Howard Hinnant's
// days_from_civil.
func dayOf(y, m, d int) day {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400 // [0, 399]
	mp := (m + 9) % 12 // March = 0
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return day(era*146097 + doe - 719468) // 719468 days from 0000-03-01 to 1970-01-01
}

// civil returns the year, month and day of n (Hinnant's civil_from_days).
func (n day) civil() (y, m, d int) {
	z := int(n) + 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	y = yoe + era*400
	if m <= 2 {
		y++
	}
	return y, m, d
}

// weekday returns 0 for Monday through 6 for Sunday (1970-01-01 was a Thursday).
func (n day) weekday() int {
	return int(floorMod(int(n)+3, 7))
}

// workday moves a Saturday or Sunday to the following Monday.
func (n day) workday() day {
	switch n.weekday() {
	case 5:
		return n + 2
	case 6:
		return n + 1
	}
	return n
}

// monday returns the Monday of n's ISO week.
func (n day) monday() day { return n - day(n.weekday()) }

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func floorMod(a, b int) int { return a - floorDiv(a, b)*b }

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// daysIn returns the number of days in month m of year y.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// validDate reports whether y-m-d names a real calendar day.
func validDate(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

// isoWeekMonday returns the Monday of ISO week w of ISO year y, and false
// when y has no such week (week 53 exists only in long years).
func isoWeekMonday(y, w int) (day, bool) {
	if w < 1 || w > 53 {
		return 0, false
	}
	week1 := dayOf(y, 1, 4).monday() // ISO week 1 holds 4 January
	mon := week1 + day(7*(w-1))
	if w == 53 {
		thu := mon + 3 // a week belongs to the year of its Thursday
		if ty, _, _ := thu.civil(); ty != y {
			return 0, false
		}
	}
	return mon, true
}

// addMonthsOverflow adds k months the way time.Time.AddDate does: a day
// the target month lacks overflows into the next (31 August plus six
// months is 3 March). "Om 6 måneder" then lands where a calendar app
// puts it.
func (n day) addMonthsOverflow(k int) day {
	y, m, d := n.civil()
	t := y*12 + (m - 1) + k
	y, m = floorDiv(t, 12), floorMod(t, 12)+1
	return dayOf(y, m, 1) + day(d-1)
}

// addMonths adds k months to n, clamping the day to the end of a shorter
// month (31 January plus one month is 28 or 29 February).
func addMonths(n day, k int) day {
	y, m, d := n.civil()
	t := y*12 + (m - 1) + k
	y, m = floorDiv(t, 12), floorMod(t, 12)+1
	return dayOf(y, m, min(d, daysIn(y, m)))
}
