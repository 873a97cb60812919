package when

// Clock times are not dates: "kl. 14.30" is never 14 March. But a callback
// at a clock time, with no day named, is a callback later on the call's
// own day: "ring kl 14", "call back at 5", "ring igen efter kl 13", "call
// back after 4", "ring efter frokost". These are read only when the note
// names no other time, and only next to a callback verb ("møde kl. 14.30"
// names no callback).

// maxHour is the largest number read as an hour of the day.
const maxHour = 24

// clockFallback finds the first clock time tied to a callback verb.
func (s *scanner) clockFallback() (mention, bool) {
	for i := range s.toks {
		first, last, ok := s.clockAt(i)
		if !ok {
			continue
		}
		m := mention{at: s.call.workday(), kind: KindRelative, first: first, last: last}
		if !s.pastOrNegated(first) && !s.loggedBefore(first) && s.attachment(m) == callback {
			return m, true
		}
	}
	return mention{}, false
}

// clockAt reads a clock time starting at token i: "kl 14", "14:30", "at 5",
// "efter 4", "efter kl 15", "after lunch", "i dag kl 14", "today at 3".
func (s *scanner) clockAt(i int) (first, last int, ok bool) {
	switch t := &s.toks[i]; {
	case t.kind == tNum:
		if !t.glued && t.n <= maxHour && s.clockAfter(i+1) { // "ring 14:30"
			return i, i + 2, true
		}
	case t.flags&fClock != 0 && t.flags&fNoDate != 0: // "ring kl 14", "call back at 5"
		if j := s.skipDot(i + 1); s.hour(j) {
			return i, s.clockEnd(j), true
		}
	case t.cls == cAfter:
		return s.afterClock(i)
	case t.cls == cI && s.lexAt(i+1).cls == cToday:
		return s.todayClock(i, i+2)
	case t.cls == cToday:
		return s.todayClock(i, i+1)
	}
	return 0, 0, false
}

// todayClock reads the clock time at token j after "i dag" or "today",
// which start at first.
func (s *scanner) todayClock(first, j int) (int, int, bool) {
	if !s.followsClock(j) {
		return 0, 0, false
	}
	if s.lexAt(j).flags&fNoDate != 0 { // "kl", "at"
		j = s.skipDot(j + 1)
	}
	if !s.hour(j) {
		return 0, 0, false
	}
	return first, s.clockEnd(j), true
}

// afterClock reads "efter frokost", "efter kl 13", "after 4".
func (s *scanner) afterClock(i int) (first, last int, ok bool) {
	j := i + 1
	l := s.lexAt(j)
	switch {
	case l.flags&fClock != 0 && l.flags&fNoDate == 0: // "efter frokost", "after lunch"
		return i, j, true
	case l.flags&fClock != 0:
		j = s.skipDot(j + 1)
	}
	if !s.hour(j) || s.unitAfter(s.clockEnd(j)+1) {
		return 0, 0, false
	}
	return i, s.clockEnd(j), true
}

// hour reports whether token j is a number that can be an hour.
func (s *scanner) hour(j int) bool {
	t := s.tok(j)
	return t != nil && t.kind == tNum && t.digits <= 2 && t.n <= maxHour
}

// clockEnd returns the last token of the clock time whose hour is token j:
// "13", "13:00", "9.30".
func (s *scanner) clockEnd(j int) int {
	if (s.gluedPunct(j+1, ':') || s.gluedPunct(j+1, '.')) && s.isNum(j+2) && s.toks[j+2].glued {
		return j + 2
	}
	return j
}

// loggedBefore reports whether the nearest verb in the few words before
// token first is in the past tense: "ringede igen kl 10", "havde møde
// mandag" log what happened; "ringede, ring igen fredag" plans a call.
func (s *scanner) loggedBefore(first int) bool {
	for j, words := first-1, 0; j >= 0 && words < cueWords; j-- {
		t := &s.toks[j]
		if t.kind != tWord {
			continue
		}
		switch {
		case t.flags&fPastVerb != 0:
			return true
		case t.flags&fCallback != 0: // "ringede igen": the verb before "igen" decides
			return s.lexAt(s.prevWord(j)).flags&fPastVerb != 0
		}
		words++
	}
	return false
}
