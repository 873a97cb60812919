package when

// Periods named relative to the call's own: "næste uge", "next quarter",
// "resten af kvartalet", "end of the week".

// next parses "næste uge", "next month", "næste kvartal", "næste år",
// "next Friday", "næste sommer", "nästa vecka", "nächste Woche".
func (s *scanner) next(i int) (mention, bool) {
	j := i + 1
	if m, ok := s.nextPeriod(i, j); ok {
		return m, ok
	}
	switch l := s.lexAt(j); {
	case l.cls == cWeekday:
		return s.mk(s.nextWeekday(int(l.val)-1), KindWeekday, i, j)
	case l.cls == cSeason:
		return s.seasonAt(i, j)
	case l.cls == cMonth:
		at, ok := s.periodStart(int(l.mon), 1, 0, false)
		return s.checked(at, ok, KindMonth, i, j)
	}
	if k := s.periodBefore(i); k >= 0 && s.clauseEnd(j) { // "not this year, maybe next"
		m, ok := s.nextPeriod(i, k)
		m.first, m.last = i, i
		return m, ok
	}
	return mention{}, false
}

// nextPeriod resolves "næste" at token i naming the period at token j: the
// next week (Monday), month, quarter (first day) or year (2 January).
func (s *scanner) nextPeriod(i, j int) (mention, bool) {
	switch l := s.lexAt(j); {
	case l.unit == uWeek && l.cls == cWeekMarker:
		return s.nextWeek(i, j)
	case l.unit == uMonth:
		return s.mk(addMonths(dayOf(s.cy, s.cm, 1), 1), KindMonth, i, j)
	case l.unit == uYear:
		return s.mk(dayOf(s.cy+1, 1, 2), KindRelative, i, j)
	case l.cls == cQuarterWord:
		cur := (s.cm - 1) / 3 * 3 // first month of this quarter, 0-based
		return s.mk(addMonths(dayOf(s.cy, cur+1, 1), 3), KindQuarter, i, j)
	}
	return mention{}, false
}

// periodBefore returns the index of a period word ("år", "year", "uge",
// "kvartal") a few words before token i in the same sentence, or -1.
func (s *scanner) periodBefore(i int) int {
	for j, words := i-1, 0; j >= 0 && words < cueWords+2; j-- {
		t := &s.toks[j]
		if t.kind == tPunct {
			if s.sentenceEnd(j) {
				return -1
			}
			continue
		}
		words++
		if t.unit == uWeek && t.cls == cWeekMarker || t.unit == uMonth || t.unit == uYear || t.cls == cQuarterWord {
			return j
		}
	}
	return -1
}

// nextWeek resolves "næste uge" (Monday of the next ISO week) and "næste uge
// torsdag" / "next week on Thursday" (that day of the next week).
func (s *scanner) nextWeek(first, j int) (mention, bool) {
	mon := s.call.monday() + 7
	k := j + 1
	if s.lexAt(k).flags&fLight != 0 {
		k++
	}
	if l := s.lexAt(k); l.cls == cWeekday {
		return s.mk(mon+day(l.val-1), KindWeekday, first, k)
	}
	return s.mk(mon, KindWeek, first, j)
}

// restOf parses "resten af kvartalet", "the rest of the year", "resten af
// måneden": the start of the period after the current one.
func (s *scanner) restOf(i int) (mention, bool) {
	j := i + 1
	if s.lexAt(j).flags&fOf == 0 {
		return mention{}, false
	}
	if j++; s.lexAt(j).flags&fArticle != 0 {
		j++
	}
	switch l := s.lexAt(j); {
	case l.cls == cQuarterWord:
		cur := (s.cm - 1) / 3 * 3 // first month of this quarter, 0-based
		return s.mk(addMonths(dayOf(s.cy, cur+1, 1), 3), KindQuarter, i, j)
	case l.unit == uMonth:
		return s.mk(addMonths(dayOf(s.cy, s.cm, 1), 1), KindMonth, i, j)
	case l.unit == uYear:
		return s.mk(dayOf(s.cy+1, 1, 2), KindRelative, i, j)
	case l.unit == uWeek:
		return s.mk(s.call.monday()+7, KindWeek, i, j)
	}
	return mention{}, false
}

// endOf parses "end of the week", "slutningen af måneden", "sidst på
// ugen", "udgangen af året": the last working day of the call's week,
// month, quarter or year. A named month or year after it ("slutningen af
// marts", "udgangen af 2027") is left to the month and year parsers.
func (s *scanner) endOf(i int) (mention, bool) {
	j := i + 1
	if s.lexAt(j).flags&(fOf|fLight) == 0 {
		return mention{}, false
	}
	if j++; s.lexAt(j).flags&fArticle != 0 {
		j++
	}
	y, m, _ := s.call.civil()
	switch l := s.lexAt(j); {
	case l.unit == uWeek:
		return s.mk(max(s.call, s.call.monday()+4), KindWeek, i, j) // Friday
	case l.unit == uMonth:
		return s.mk(dayOf(y, m, daysIn(y, m)), KindMonth, i, j)
	case l.cls == cQuarterWord:
		end := (m-1)/3*3 + 3 // last month of the quarter
		return s.mk(dayOf(y, end, daysIn(y, end)), KindQuarter, i, j)
	case l.unit == uYear:
		return s.mk(dayOf(y, 12, 31), KindRelative, i, j)
	}
	return mention{}, false
}
