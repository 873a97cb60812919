package when

// Relative times: "om 2 uger", "in 10 days", "om et par måneder", "in a
// couple of weeks", "efter 14 dage", "om et halvt år", "i morgen",
// "tomorrow", "senere i dag", "later today", "i eftermiddag".

// maxCount bounds the count in a relative span; larger numbers are amounts.
const maxCount = 400

// halfCount marks "et halvt år", "half a year" in amount.
const halfCount = -1

// relative parses a span after "om", "in", "efter", "after": the call's day
// plus that span.
func (s *scanner) relative(i int) (mention, bool) {
	j := i + 1
	for s.lexAt(j).flags&fFiller != 0 {
		j = s.skipDot(j + 1)
	}
	n, j, ok := s.amount(j)
	if !ok {
		return mention{}, false
	}
	u := s.lexAt(j).unit
	if u == uNone || s.lexAt(j+1).flags&fPast != 0 { // "for 2 uger siden" is past
		return mention{}, false
	}
	if n == halfCount {
		return s.halfSpan(i, j, u)
	}
	return s.mk(s.span(n, u), KindRelative, i, j)
}

// halfSpan resolves "om en halv time" (today), "om en halv måned" (two
// weeks) and "om et halvt år" (six months).
func (s *scanner) halfSpan(first, last int, u unit) (mention, bool) {
	const halfMonth = 14 // days
	switch u {
	case uHour, uDay:
		return s.mk(s.call, KindRelative, first, last)
	case uMonth:
		return s.mk(s.call+halfMonth, KindRelative, first, last)
	case uYear:
		return s.mk(s.span(1, uHalfYear), KindRelative, first, last)
	}
	return mention{}, false
}

// amount reads the count of a relative span at token j and returns it with
// the index of the token after it.
func (s *scanner) amount(j int) (n, next int, ok bool) {
	t := s.tok(j)
	switch {
	case t == nil:
		return 0, 0, false
	case t.kind == tNum:
		return s.countNumber(j)
	case t.kind != tWord:
		return 0, 0, false
	case t.flags&fIndef != 0:
		return s.indefinite(j)
	case t.cls == cCouple:
		return int(t.num), s.skipOf(j + 1), true
	case t.cls == cHalf:
		if s.lexAt(j+1).flags&fIndef != 0 { // "half a year"
			j++
		}
		return halfCount, j + 1, true
	case t.num > 0:
		return int(t.num), j + 1, true
	}
	return 0, 0, false
}

// countNumber reads "2", "14" or the range "2-3" (its first number).
func (s *scanner) countNumber(j int) (n, next int, ok bool) {
	t := &s.toks[j]
	if t.n < 1 || t.n > maxCount || t.digits > 3 {
		return 0, 0, false
	}
	next = j + 1
	if s.gluedPunct(next, '-') && s.isNum(next+1) {
		next += 2
	} else if s.gluedNumberAfter(j) {
		return 0, 0, false
	}
	return int(t.n), next, true
}

// indefinite reads "en", "a", "et par", "a couple of", "et halvt".
func (s *scanner) indefinite(j int) (n, next int, ok bool) {
	switch l := s.lexAt(j + 1); l.cls {
	case cCouple:
		return int(l.num), s.skipOf(j + 2), true
	case cHalf:
		return halfCount, j + 2, true
	}
	return 1, j + 1, true
}

func (s *scanner) skipOf(j int) int {
	if s.lexAt(j).flags&fOf != 0 {
		return j + 1
	}
	return j
}

// span adds n units to the call's day. Hours stay on the call's day.
func (s *scanner) span(n int, u unit) day {
	switch u {
	case uDay:
		return s.call + day(n)
	case uWeek:
		return s.call + day(7*n)
	case uMonth:
		return s.call.addMonthsOverflow(n)
	case uYear:
		return s.call.addMonthsOverflow(12 * n)
	case uFortnight:
		return s.call + day(14*n)
	case uHalfYear:
		return s.call.addMonthsOverflow(6 * n)
	}
	return s.call
}

// tomorrow parses "i morgen", "imorgen", "tomorrow", "i overmorgen", "the
// day after tomorrow", and German "morgen" ("rufen Sie morgen an").
func (s *scanner) tomorrow(i int) (mention, bool) {
	first, j := i, i
	if s.toks[i].cls == cI {
		j = i + 1
	}
	l := s.lexAt(j)
	switch {
	case l.cls == cTomorrow && l.val == 1 && s.dayAfter(j) >= 0:
		return s.mk(s.call+2, KindRelative, s.dayAfter(j), j)
	case l.cls == cTomorrow:
		return s.mk(s.call+day(l.val), KindRelative, first, j)
	case l.cls == cMorgen && (j > i || s.germanMorgen(j)):
		return s.mk(s.call+1, KindRelative, first, j)
	}
	return mention{}, false
}

// dayAfter returns the index of "day" in "the day after tomorrow" ending
// before token j, or -1.
func (s *scanner) dayAfter(j int) int {
	a := s.prevWord(j)
	if a < 0 || s.toks[a].cls != cAfter {
		return -1
	}
	d := s.prevWord(a)
	if s.lexAt(d).unit != uDay {
		return -1
	}
	return d
}

// germanMorgen reports whether a bare "morgen" is German for tomorrow, not
// Danish for morning ("god morgen").
func (s *scanner) germanMorgen(j int) bool {
	return s.lexAt(j-1).flags&fGerman != 0 || s.lexAt(j+1).flags&fGerman != 0
}

// today parses "senere i dag", "later today", "senere på dagen", "heute
// nachmittag", "later this afternoon", "tonight": the call's own day.
func (s *scanner) today(i int) (mention, bool) {
	l := s.toks[i].lex
	j := i + 1
	switch l.cls {
	case cLater:
		if s.lexAt(j).flags&fLight != 0 || s.lexAt(j).cls == cI || s.lexAt(j).cls == cThis {
			j++
		}
		if n := s.lexAt(j); n.cls == cToday || n.cls == cDayPeriod {
			return s.mk(s.call, KindRelative, i, j)
		}
	case cToday:
		if n := s.lexAt(j); n.cls == cLater || n.cls == cDayPeriod {
			return s.mk(s.call, KindRelative, i, j)
		}
	case cDayPeriod:
		if l.val == 2 {
			return s.mk(s.call, KindRelative, i, i)
		}
	}
	return mention{}, false
}

// dayPeriod parses "i eftermiddag", "i aften", "this afternoon".
func (s *scanner) dayPeriod(i int) (mention, bool) {
	if c := s.toks[i].cls; (c == cI || c == cThis) && s.lexAt(i+1).cls == cDayPeriod {
		return s.mk(s.call, KindRelative, i, i+1)
	}
	return mention{}, false
}
