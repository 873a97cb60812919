package when

// The rules that turn a named time into the next day it occurs on or after
// the call. They return false when the time is invalid or already past.

// pastWindow is how many days before the call a day and month without year
// may lie and still be read as a past event ("sendt tilbud 3/5", "møde
// afholdt 7/5") rather than as next year's date. Further back, "ring 5/1"
// said in December, it is next year's.
const pastWindow = 180

// dayMonth resolves a day and month without year, written from token first
// on: the next such date on or after the call's day. When this year's lies
// less than pastWindow days back, it is next year's only where the note
// looks ahead ("ring 14/3", "kontrakt udløber 31/1", "until 31/3"), and a
// past event otherwise.
func (s *scanner) dayMonth(d, m, first int) (day, bool) {
	if validDate(s.cy, m, d) {
		if at := dayOf(s.cy, m, d); at < s.call && s.call-at <= pastWindow && !s.looksAhead(first) {
			return 0, false
		}
	}
	for y := s.cy; y <= s.cy+maxYearsAhead; y++ {
		if validDate(y, m, d) && dayOf(y, m, d) >= s.call {
			return dayOf(y, m, d), true
		}
	}
	return 0, false
}

// looksAhead reports whether the words before token first make a date a
// plan rather than a record: a callback verb, a contract word, "until",
// "til"; but no past-tense verb right before ("udløb 1/4", "called 8/5").
func (s *scanner) looksAhead(first int) bool {
	if s.loggedBefore(first) {
		return false
	}
	return s.verbBefore(first) != loose || s.lexAt(s.prevWord(first)).flags&(fNegBreak|fTo) != 0
}

// todayWanted reports whether a date resolved to the call's own day is a callback
// (after a callback verb: "ring 13/5") rather than a log entry ("12/5 vm").
func (s *scanner) todayWanted(at day, first int) bool {
	return at != s.call || s.verbBefore(first) == callback
}

// fullDate resolves a date with its year; a two-digit year is 20yy.
func (s *scanner) fullDate(y, m, d int) (day, bool) {
	if y < 100 {
		y += 2000
	}
	if !validDate(y, m, d) || y > s.cy+maxYearsAhead {
		return 0, false
	}
	return dayOf(y, m, d), true
}

// dayOfMonth resolves a bare day of the month ("den 3.", "the 3rd"): the
// next month, this one included, that has that day on or after the call.
func (s *scanner) dayOfMonth(d int) (day, bool) {
	y, m := s.cy, s.cm
	for range 13 {
		if validDate(y, m, d) && dayOf(y, m, d) >= s.call {
			return dayOf(y, m, d), true
		}
		if m++; m > 12 {
			y, m = y+1, 1
		}
	}
	return 0, false
}

// periodStart resolves a period that starts on the 1st of month m and lasts
// span months (a month, a quarter): the next one after the call's period, or
// with an explicit year that year's, where the call's own period resolves
// to the call's day.
func (s *scanner) periodStart(m, span, year int, hasYear bool) (day, bool) {
	cur := (s.cm - 1) / span * span // first month of the call's period, 0-based
	want := m - 1
	if !hasYear {
		year = s.cy
		if want <= cur {
			year++
		}
		return dayOf(year, m, 1), true
	}
	switch {
	case year < s.cy || year == s.cy && want < cur:
		return 0, false
	case year == s.cy && want == cur:
		return s.call, true
	}
	return dayOf(year, m, 1), true
}

// isoWeek resolves "uge N": Monday of ISO week N this year if that Monday is
// still ahead (or today), else next year; with an explicit year, that year's.
func (s *scanner) isoWeek(n, year int, hasYear bool) (day, bool) {
	if hasYear {
		return isoWeekMonday(year, n)
	}
	if mon, ok := isoWeekMonday(s.cy, n); ok && mon >= s.call {
		return mon, true
	}
	return isoWeekMonday(s.cy+1, n)
}

// summerWeek is the ISO week when Danish summer holidays are over.
const summerWeek = 32

// afterSummer resolves "efter sommerferien": Monday of ISO week 32, this
// year while it is still ahead, else next year.
func (s *scanner) afterSummer() day {
	d, _ := s.isoWeek(summerWeek, 0, false)
	return d
}

// afterNewYear resolves "efter jul", "efter nytår", "i det nye år": 2 January
// of the coming year (this year's while the call is on 1 or 2 January).
func (s *scanner) afterNewYear() day {
	if d := dayOf(s.cy, 1, 2); d >= s.call {
		return d
	}
	return dayOf(s.cy+1, 1, 2)
}

// afterEaster resolves "efter påske": the Tuesday after Easter Monday, this
// year's while it is still ahead, else next year's.
func (s *scanner) afterEaster() day {
	if d := easterTuesday(s.cy); d >= s.call {
		return d
	}
	return easterTuesday(s.cy + 1)
}

// afterWhitsun resolves "efter pinse": the Tuesday after Whit Monday (50
// days after Easter), this year's while it is still ahead, else next year's.
func (s *scanner) afterWhitsun() day {
	const whitTuesday = 51 // days from Easter Sunday
	if d := easterTuesday(s.cy) - 2 + whitTuesday; d >= s.call {
		return d
	}
	return easterTuesday(s.cy+1) - 2 + whitTuesday
}

// nextWeekday resolves a weekday (0 Monday … 6 Sunday): the next such day
// strictly after the call.
func (s *scanner) nextWeekday(wd int) day {
	delta := floorMod(wd-s.call.weekday(), 7)
	if delta == 0 {
		delta = 7
	}
	return s.call + day(delta)
}
