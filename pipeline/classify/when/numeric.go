package when

// Numeric dates: "14/3", "14.03.2025", "14/3-25", "2025-03-14", "den 14.
// marts", "14th of March", "3. kvartal", "den 3.". Numbers that are prices,
// amounts, phone numbers, clock times or ids are refused here.

// maxParts is the most numbers a date compound holds (day, month, year).
const maxParts = 3

// compound is a run of numbers glued by '/', '.', '-' or ':' ("14/3-25").
type compound struct {
	n      [maxParts]int
	digits [maxParts]int
	seps   [maxParts - 1]byte
	parts  int
	last   int // index of the last number token
}

// numeric parses a date that starts with number i.
func (s *scanner) numeric(i int) (mention, bool) {
	if s.insideCompound(i) || s.noDateBefore(i) {
		return mention{}, false
	}
	c, ok := s.readCompound(i)
	if !ok {
		return mention{}, false
	}
	switch {
	case c.parts == 3:
		return s.dayMonthYear(i, c)
	case c.parts == 2:
		return s.dayMonthNumeric(i, c)
	case s.toks[i].digits == 4:
		return s.yearAlone(i)
	case s.lexAt(s.prevWord(i)).flags&fCallback != 0 && s.lexAt(i+1).unit != uNone:
		return s.spanAfterVerb(i)
	}
	return s.dayThenWord(i)
}

// spanAfterVerb parses a relative span right after a callback verb, without
// "om" or "in": "cb 2wks", "prøv igen 14 dage".
func (s *scanner) spanAfterVerb(i int) (mention, bool) {
	n, j, ok := s.countNumber(i)
	u := s.lexAt(j).unit
	if !ok || u == uNone || s.lexAt(j+1).flags&fPast != 0 {
		return mention{}, false
	}
	return s.mk(s.span(n, u), KindRelative, i, j)
}

// yearAlone parses a future year named after a cue, as "næste år" is: "ikke
// før budget 2027", "locked in until 2027" are 2 January of it, "efter 2027"
// 2 January after it, "til udgangen af 2027" 31 December. A year in a
// group of numbers is part of a phone number.
func (s *scanner) yearAlone(i int) (mention, bool) {
	y := int(s.toks[i].n)
	if y <= s.cy || y > s.cy+maxYearsAhead || s.unitAfter(i+1) || s.isNum(i+1) || s.isNum(i-1) {
		return mention{}, false
	}
	p := s.prevWord(i)
	if p < 0 {
		return mention{}, false
	}
	if e := s.prevWord(p); s.toks[p].flags&fOf != 0 && s.lexAt(e).flags&fEndOf != 0 {
		return s.mk(dayOf(y, 12, 31), KindDate, e, i)
	}
	switch l := s.toks[p].lex; {
	case l.cls == cAfter:
		return s.mk(dayOf(y+1, 1, 2), KindDate, p, i)
	case l.flags&fCue != 0:
		return s.mk(dayOf(y, 1, 2), KindDate, i, i)
	}
	return mention{}, false
}

// insideCompound reports whether number i continues an earlier number
// ("12.34.56.78", "v1.2") or is glued to a word ("ios16").
func (s *scanner) insideCompound(i int) bool {
	if !s.toks[i].glued {
		return false
	}
	prev := s.tok(i - 1)
	if prev.kind == tWord {
		return true
	}
	return prev.kind == tPunct && prev.glued && s.isNum(i-2) || prev.p == '#' || prev.p == '+' ||
		prev.p == '$' || prev.p == '-' || prev.p == '/'
}

// noDateBefore reports whether the word before number i makes it a price, a
// phone number, a clock time or an id: "kr 12.500", "tlf 2345", "kl. 14.30".
func (s *scanner) noDateBefore(i int) bool {
	j := s.prevWord(i)
	if j >= 0 && s.toks[j].flags&fNoDate != 0 {
		return true
	}
	return s.isPunct(i-1, '$') || s.isPunct(i-1, '#')
}

// readCompound collects the numbers glued to number i. It fails on clock
// times ("10:30") and on runs of more than three numbers (phone numbers,
// versions).
func (s *scanner) readCompound(i int) (compound, bool) {
	c := compound{parts: 1, last: i}
	c.n[0], c.digits[0] = int(s.toks[i].n), int(s.toks[i].digits)
	for j := i + 1; ; j += 2 {
		p, num := s.tok(j), s.tok(j+1)
		if p == nil || num == nil || p.kind != tPunct || !p.glued || num.kind != tNum || !num.glued {
			return c, true
		}
		switch p.p {
		case ':':
			return c, false
		case '/', '.', '-':
		default:
			return c, true
		}
		if c.parts == maxParts {
			return c, false
		}
		c.seps[c.parts-1] = p.p
		c.n[c.parts], c.digits[c.parts] = int(num.n), int(num.digits)
		c.parts++
		c.last = j + 1
	}
}

// dayMonthYear parses "14.03.2025", "14/3-25" and "2025-03-14".
func (s *scanner) dayMonthYear(i int, c compound) (mention, bool) {
	if s.unitAfter(c.last + 1) {
		return mention{}, false
	}
	y, m, d := c.n[2], c.n[1], c.n[0]
	switch {
	case c.digits[0] == 4 && c.digits[1] <= 2 && c.digits[2] <= 2:
		y, d = c.n[0], c.n[2]
	case c.digits[0] <= 2 && c.digits[1] <= 2 && (c.digits[2] == 2 || c.digits[2] == 4):
	default:
		return mention{}, false
	}
	at, ok := s.fullDate(y, m, d)
	if !ok {
		return mention{}, false
	}
	return s.mk(at, KindDate, i, c.last)
}

// dayMonthNumeric parses "14/3" and "14.3": day first, the next such date.
// "24/7", fractions before a unit ("1/2 time") and decimals before an
// amount ("1.5 mio") are not dates.
func (s *scanner) dayMonthNumeric(i int, c compound) (mention, bool) {
	d, m := c.n[0], c.n[1]
	switch {
	case c.seps[0] == '-', c.digits[0] > 2, c.digits[1] > 2:
		return mention{}, false
	case d == 24 && m == 7 && c.seps[0] == '/' && c.digits[1] == 1 && !s.dateContext(i): // "24/7": always open
		return mention{}, false
	case s.unitAfter(c.last + 1), s.lexAt(c.last+1).flags&fOf != 0: // "1/2 time", "2/3 af dem"
		return mention{}, false
	}
	at, ok := s.dayMonth(d, m, i)
	if !ok || !s.todayWanted(at, i) {
		return mention{}, false
	}
	return s.mk(at, KindDate, i, c.last)
}

// dateContext reports whether the word before number i makes it a date:
// "følger op 24/7", "fre 24/7", "d. 24/7".
func (s *scanner) dateContext(i int) bool {
	l := s.lexAt(s.prevWord(i))
	return l.flags&(fCue|fDayPrefix) != 0 || l.cls == cWeekday || l.cls == cWeekdayAbbr
}

// unitAfter reports whether token j makes the number before it an amount:
// "%", "mio", "kr", "timer", "ansatte".
func (s *scanner) unitAfter(j int) bool {
	t := s.tok(j)
	if t == nil {
		return false
	}
	if t.kind == tPunct {
		return t.p == '%' || t.p == '$'
	}
	return t.kind == tWord && t.flags&fUnit != 0
}

// dayThenWord parses a lone day number followed by words: "14. marts",
// "14 mar 2025", "14th of March", "3. kvartal", "den 3.".
func (s *scanner) dayThenWord(i int) (mention, bool) {
	t := &s.toks[i]
	if t.digits > 2 || t.n < 1 || t.n > 31 {
		return mention{}, false
	}
	j, marked := s.ordinalMark(i + 1)
	if s.lexAt(j).flags&fOf != 0 {
		j++
	}
	l := s.lexAt(j)
	switch {
	case l.mon != 0:
		return s.dayMonthName(i, int(t.n), int(l.mon), s.skipDot(j+1)-1)
	case l.cls == cQuarterWord && t.n <= 4:
		at, ok := s.periodStart(3*int(t.n)-2, 3, 0, false)
		return s.quarterYear(at, ok, int(t.n), i, j)
	}
	return s.bareDay(i, int(t.n), j, marked)
}

// ordinalMark steps over the ordinal mark after a day number: "14." or
// "14th". It reports whether there was one.
func (s *scanner) ordinalMark(j int) (int, bool) {
	t := s.tok(j)
	switch {
	case t == nil || !t.glued:
		return j, false
	case t.kind == tPunct && t.p == '.' && !s.isNum(j+1):
		return j + 1, true
	case t.kind == tWord && t.flags&fOrdSuffix != 0:
		return j + 1, true
	}
	return j, false
}

// dayMonthName resolves day d of month m written with a month name, with an
// optional year after the name (token last is the name or its dot).
func (s *scanner) dayMonthName(first, d, m, last int) (mention, bool) {
	if y, yl, ok := s.yearAfter(last + 1); ok {
		at, ok := s.fullDate(y, m, d)
		if !ok {
			return mention{}, false
		}
		return s.mk(at, KindDate, first, yl)
	}
	at, ok := s.dayMonth(d, m, first)
	if !ok || !s.todayWanted(at, first) {
		return mention{}, false
	}
	return s.mk(at, KindDate, first, last)
}

// bareDay parses a day of the month with no month: "den 3.", "d. 3",
// "the 3rd", "back 3rd". It needs "den"/"d."/"the" before (or a cue before
// an English ordinal) and nothing that makes it a count after ("den 3.
// gang", "the 2nd attempt").
func (s *scanner) bareDay(i, d, j int, marked bool) (mention, bool) {
	p := s.prevWord(i)
	pl := s.toks[max(p, 0)].lex
	switch {
	case p < 0:
		return mention{}, false
	case pl.flags&fDayPrefix != 0:
	case s.lexAt(j-1).flags&fOrdSuffix != 0 && pl.flags&fCue != 0: // "back 3rd"
	case marked && (pl.cls == cWeekday || pl.cls == cWeekdayAbbr): // "Thursday 24th", "fre 18."
	default:
		return mention{}, false
	}
	if !marked && s.toks[p].flags&fAbbr == 0 && !s.followsClock(j) { // "den 3" alone is a count
		return mention{}, false
	}
	if t := s.tok(j); t != nil && t.kind == tWord && t.flags&fClock == 0 {
		return mention{}, false
	}
	at, ok := s.dayOfMonth(d)
	if !ok {
		return mention{}, false
	}
	return s.mk(at, KindDate, i, max(i, j-1))
}
