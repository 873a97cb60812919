package when

// Calendar periods: month names, ISO weeks, quarters and seasons.

// month parses a month name: "March 14th", "marts 2026", "i marts",
// "til marts næste år". A month name alone needs a cue before it ("i",
// "til", "in", "ring"); abbreviations and words that are also ordinary
// words ("may", "jan") need it right before.
func (s *scanner) month(i int) (mention, bool) {
	l := s.toks[i].lex
	m := int(l.mon)
	j := i
	if l.cls != cMonth {
		j = s.skipDot(i+1) - 1
	}
	if mt, ok := s.monthDay(i, m, j+1); ok {
		return mt, ok
	}
	year, last, hasYear := s.yearAfter(j + 1)
	if !hasYear && !s.monthCued(i, j, l) {
		return mention{}, false
	}
	if !hasYear {
		last = j
	}
	if s.lexAt(s.prevWord(i)).cls == cAfter { // "efter marts": from April
		if m++; m > 12 {
			m, year = 1, year+1
		}
	}
	at, ok := s.periodStart(m, 1, year, hasYear)
	if !ok {
		return mention{}, false
	}
	return s.mk(at, KindMonth, i, last)
}

// monthCued reports whether a month name i..last without day or year is a
// time.
func (s *scanner) monthCued(i, last int, l lex) bool {
	weak := l.flags&fWeak != 0 || l.cls == cHoliday
	if s.callbackAfter(last, weak) {
		return true
	}
	if l.flags&fName != 0 && s.capitalized(i) && s.personBefore(i) { // "ring til August"; "ringer til august" is the month
		return false
	}
	if l.cls == cMonth && !weak {
		return s.cued(i, cueWords)
	}
	return s.abbrCued(i, last, weak)
}

// monthDay parses the day after a month name: "March 14th", "Mar 3, 2026".
func (s *scanner) monthDay(first, m, j int) (mention, bool) {
	t := s.tok(j)
	if t == nil || t.kind != tNum || t.digits > 2 || t.n < 1 || t.n > 31 || s.gluedNumberAfter(j) ||
		s.clockAfter(j+1) || s.unitAfter(j+1) {
		return mention{}, false
	}
	k, _ := s.ordinalMark(j + 1)
	return s.dayMonthName(first, int(t.n), m, k-1)
}

// week parses ISO week numbers: "uge 34", "uge34", "u. 34", "v. 34", "w34",
// "wk 34", "KW 34", "vecka 34", "uke 34", "uge 34 2027", "efter uge 32".
func (s *scanner) week(i int) (mention, bool) {
	j, ok := s.weekNumber(i)
	if !ok {
		return mention{}, false
	}
	n := int(s.toks[j].n)
	last := j
	if s.gluedPunct(j+1, '-') && s.isNum(j+2) && s.toks[j+2].digits <= 2 { // "uge 34-35"
		last = j + 2
	}
	year, yl, hasYear := s.yearAfter(last + 1)
	if hasYear {
		last = yl
	}
	at, ok := s.isoWeek(n, year, hasYear)
	if !ok {
		return mention{}, false
	}
	if s.lexAt(s.prevWord(i)).cls == cAfter {
		at += 7
	}
	return s.mk(at, KindWeek, i, last)
}

// weekNumber finds the week number after marker i. The one-letter markers
// u, v and w need the number glued on or a dot: "w34", "v. 34".
func (s *scanner) weekNumber(i int) (int, bool) {
	j := i + 1
	dotted := s.isPunct(j, '.') || s.gluedPunct(j, '-') || s.gluedPunct(j, ':')
	if dotted {
		j++
	}
	t := s.tok(j)
	if t == nil || t.kind != tNum || t.digits > 2 || t.n < 1 || t.n > 53 {
		return 0, false
	}
	if s.toks[i].val == 2 && !dotted && !t.glued && s.lexAt(i-1).flags&fCue == 0 { // "ring v 34", not "Vej v 34"
		return 0, false
	}
	if s.gluedPunct(j+1, '.') && s.isNum(j+2) || s.clockAfter(j+1) || s.unitAfter(j+1) {
		return 0, false
	}
	return j, true
}

// quarterQ parses "Q3", "q 3", "Q3 2026", "Q3-26".
func (s *scanner) quarterQ(i int) (mention, bool) {
	j := i + 1
	t := s.tok(j)
	if t == nil || t.kind != tNum || t.digits != 1 || t.n < 1 || t.n > 4 || s.isWord(j+1) && s.toks[j+1].glued {
		return mention{}, false
	}
	q := int(t.n)
	if (s.gluedPunct(j+1, '-') || s.gluedPunct(j+1, '/')) && s.isNum(j+2) && s.toks[j+2].digits == 2 {
		at, ok := s.periodStart(3*q-2, 3, 2000+int(s.toks[j+2].n), true)
		return s.checked(at, ok, KindQuarter, i, j+2)
	}
	at, ok := s.periodStart(3*q-2, 3, 0, false)
	return s.quarterYear(at, ok, q, i, j)
}

// quarterOrdinal parses "tredje kvartal", "third quarter".
func (s *scanner) quarterOrdinal(i int) (mention, bool) {
	if s.lexAt(i+1).cls != cQuarterWord {
		return mention{}, false
	}
	q := int(s.toks[i].val)
	at, ok := s.periodStart(3*q-2, 3, 0, false)
	return s.quarterYear(at, ok, q, i, i+1)
}

// quarterYear applies an optional year after a quarter ending at token last.
func (s *scanner) quarterYear(at day, ok bool, q, first, last int) (mention, bool) {
	if y, yl, has := s.yearAfter(last + 1); has {
		at, ok = s.periodStart(3*q-2, 3, y, true)
		last = yl
	}
	return s.checked(at, ok, KindQuarter, first, last)
}

func (s *scanner) checked(at day, ok bool, kind string, first, last int) (mention, bool) {
	if !ok {
		return mention{}, false
	}
	return s.mk(at, kind, first, last)
}

// season parses "til foråret", "i sommer", "in the autumn", "this fall",
// "til vinter 2027": the 1st of the season's first month. A season needs a
// cue ("til", "i", "in"); "om sommeren" is a habit, not a time.
func (s *scanner) season(i int) (mention, bool) {
	if !s.seasonCued(i) {
		return mention{}, false
	}
	return s.seasonAt(i, i)
}

// seasonAt resolves the season named at token i, for an expression that
// starts at first.
func (s *scanner) seasonAt(first, i int) (mention, bool) {
	m := int(s.toks[i].val)
	year, last, hasYear := s.yearAfter(i + 1)
	if !hasYear {
		last = i
	}
	at, ok := s.periodStart(m, 1, year, hasYear)
	return s.checked(at, ok, KindSeason, first, last)
}

func (s *scanner) seasonCued(i int) bool {
	p := s.prevWord(i)
	pl := s.lexAt(p)
	if pl.flags&fArticle != 0 {
		pl = s.lexAt(s.prevWord(p))
	}
	if s.toks[i].flags&fWeak != 0 { // "spring", "fall": only "in/the/this/next/until spring"
		pl = s.lexAt(p)
		return pl.flags&(fArticle|fNegBreak) != 0 || pl.cls == cThis || pl.cls == cNext || pl.cls == cIn
	}
	return pl.flags&fCue != 0 && pl.cls != cOm
}
