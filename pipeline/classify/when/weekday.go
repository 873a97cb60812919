package when

// weekday parses "på fredag", "ring mandag", "on Friday", "fre kl 10",
// "torsdag i næste uge": the next such day after the call. A weekday is a
// time only with a cue ("på", "til", "ring", "on", "by"…) or a clock time
// next to it; an abbreviation needs the cue right before it. A weekday
// followed by a date ("tirs 14/3") leaves the date to the date parser.
func (s *scanner) weekday(i int) (mention, bool) {
	t := &s.toks[i]
	wd := int(t.val) - 1
	last := i
	if t.cls == cWeekdayAbbr {
		last = s.skipDot(i+1) - 1
	}
	if s.dateAt(last + 1) {
		return mention{}, false
	}
	if mon, end, ok := s.nextWeekAfter(last + 1); ok {
		return s.mk(mon+day(wd), KindWeekday, i, end)
	}
	if !s.weekdayCued(i, last) {
		return mention{}, false
	}
	return s.mk(s.nextWeekday(wd), KindWeekday, i, last)
}

func (s *scanner) weekdayCued(i, last int) bool {
	t := &s.toks[i]
	if s.loggedBefore(i) { // "havde møde mandag", "ringede mandag"
		return false
	}
	if s.followsClock(last+1) || s.callbackAfter(last, t.flags&fWeak != 0) {
		return true
	}
	if t.cls == cWeekday {
		return s.cued(i, cueWords+1) // "calling the IT manager Wednesday"
	}
	return s.abbrCued(i, last, t.flags&fWeak != 0)
}

// dateAt reports whether a numeric date starts at token j, possibly after
// "d."/"den"/"the": "fredag d. 14/3", "Friday 14 March".
func (s *scanner) dateAt(j int) bool {
	if s.isPunct(j, ',') {
		j++
	}
	if s.isWord(j) && s.toks[j].flags&fDayPrefix != 0 {
		j = s.skipDot(j + 1)
	}
	if s.lexAt(j).mon != 0 { // "Friday March 14th", "fre jun. 5"
		return s.isNum(s.skipDot(j + 1))
	}
	t := s.tok(j)
	if t == nil || t.kind != tNum || t.digits > 2 {
		return false
	}
	if s.gluedPunct(j+1, '/') || s.gluedPunct(j+1, '.') && s.isNum(j+2) {
		return true
	}
	k, marked := s.ordinalMark(j + 1)
	return s.lexAt(k).mon != 0 || marked // "Thursday 24th", "fre 18."
}

// nextWeekAfter reads "i næste uge", "next week", "næste uge" after a
// weekday and returns the Monday of the next ISO week.
func (s *scanner) nextWeekAfter(j int) (day, int, bool) {
	if s.lexAt(j).flags&fLight != 0 {
		j++
	}
	if s.lexAt(j).cls != cNext {
		return 0, 0, false
	}
	if l := s.lexAt(j + 1); l.cls != cWeekMarker || l.unit != uWeek {
		return 0, 0, false
	}
	return s.call.monday() + 7, j + 1, true
}

// weekdayHabit parses "han er her kun om torsdagen", "she's in on
// Fridays": the day someone can be reached is the next such day. Without a
// word of presence ("holder fri om fredagen") it is a habit, no time.
func (s *scanner) weekdayHabit(i int) (mention, bool) {
	for j, words := i-1, 0; j >= 0 && words < cueWords+1; j-- {
		t := &s.toks[j]
		if t.kind != tWord {
			return mention{}, false
		}
		words++
		if t.flags&fPresent != 0 {
			return s.mk(s.nextWeekday(int(s.toks[i].val)-1), KindWeekday, i, i)
		}
	}
	return mention{}, false
}
