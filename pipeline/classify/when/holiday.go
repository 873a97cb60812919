package when

// after parses "efter sommerferien", "efter ferien", "after the summer
// holidays", "efter jul", "efter nytår", "after New Year", "efter påske",
// "after Easter", "efter weekenden", and, through relative, "efter 2 uger".
func (s *scanner) after(i int) (mention, bool) {
	if m, ok := s.relative(i); ok {
		return m, ok
	}
	j := i + 1
	if s.lexAt(j).flags&fArticle != 0 {
		j++
	}
	l := s.lexAt(j)
	over := s.toks[i].val == 1 // "over nytår", "over sommeren": after it, as Danes and Norwegians say
	switch {
	case l.cls == cSeason && l.val == 6: // "efter sommeren", "after the summer (holidays)"
		if s.lexAt(j+1).cls == cHoliday && s.lexAt(j+1).val == hGeneric {
			j++
		}
		return s.mk(s.afterSummer(), KindHoliday, i, j)
	case l.cls == cNew && s.lexAt(j+1).unit == uYear: // "after the new year"
		return s.mk(s.afterNewYear(), KindHoliday, i, j+1)
	case l.cls == cHoliday:
		return s.holiday(i, j, int(l.val), over)
	}
	return mention{}, false
}

// holiday resolves the holiday hol named at token j after "efter" at i.
func (s *scanner) holiday(i, j, hol int, over bool) (mention, bool) {
	if over && hol != hXmas && hol != hNewYear && hol != hSummer {
		return mention{}, false
	}
	switch hol {
	case hSummer:
		return s.mk(s.afterSummer(), KindHoliday, i, j)
	case hGeneric:
		if s.cm >= 11 { // "efter ferien" in November or December: the Christmas holidays
			return s.mk(s.afterNewYear(), KindHoliday, i, j)
		}
		return s.mk(s.afterSummer(), KindHoliday, i, j)
	case hXmas, hNewYear:
		return s.mk(s.afterNewYear(), KindHoliday, i, j)
	case hEaster:
		return s.mk(s.afterEaster(), KindHoliday, i, j)
	case hWeekend:
		return s.mk(s.nextWeekday(0), KindWeekday, i, j)
	case hWinter, hAutumn:
		at, ok := s.isoWeek(holidayWeek[hol]+1, 0, false)
		return s.checked(at, ok, KindHoliday, i, j)
	case hWhitsun:
		return s.mk(s.afterWhitsun(), KindHoliday, i, j)
	}
	return mention{}, false
}

// holidayWeek is the ISO week of the Danish school holidays that have one.
var holidayWeek = map[int]int{hWinter: 7, hAutumn: 42}

// newYearBare parses "det nye år", "the new year" after a cue without "i":
// "ikke før det nye år". "Happy new year" is a greeting, not a time.
func (s *scanner) newYearBare(i int) (mention, bool) {
	first := i
	if p := s.prevWord(i); p >= 0 && s.toks[p].flags&fArticle != 0 {
		first = p
	}
	if s.lexAt(i+1).unit != uYear || !s.cued(first, cueWords) {
		return mention{}, false
	}
	return s.mk(s.afterNewYear(), KindHoliday, first, i+1)
}

// newYear parses "i det nye år", "in the new year", "im neuen Jahr", "i
// nytåret": 2 January of the coming year.
func (s *scanner) newYear(i int) (mention, bool) {
	j := i + 1
	if l := s.lexAt(j); l.cls == cHoliday && l.val == hNewYear {
		return s.mk(s.afterNewYear(), KindHoliday, i, j)
	}
	if s.lexAt(j).flags&fArticle != 0 {
		j++
	}
	if s.lexAt(j).cls != cNew || s.lexAt(j+1).unit != uYear {
		return mention{}, false
	}
	return s.mk(s.afterNewYear(), KindHoliday, i, j+1)
}
