package when

// Token helpers: every accessor tolerates an out-of-range index, so parsers
// can look ahead without bounds checks of their own.

func (s *scanner) tok(i int) *token {
	if i < 0 || i >= len(s.toks) {
		return nil
	}
	return &s.toks[i]
}

// lexAt returns the lexicon entry of word i, or the zero entry.
func (s *scanner) lexAt(i int) lex {
	if t := s.tok(i); t != nil && t.kind == tWord {
		return t.lex
	}
	return lex{}
}

func (s *scanner) isWord(i int) bool {
	t := s.tok(i)
	return t != nil && t.kind == tWord
}

func (s *scanner) isNum(i int) bool {
	t := s.tok(i)
	return t != nil && t.kind == tNum
}

// isPunct reports whether token i is the punctuation mark c.
func (s *scanner) isPunct(i int, c byte) bool {
	t := s.tok(i)
	return t != nil && t.kind == tPunct && t.p == c
}

// gluedPunct reports whether token i is c written right after the previous token.
func (s *scanner) gluedPunct(i int, c byte) bool {
	return s.isPunct(i, c) && s.toks[i].glued
}

// skipDot steps over an abbreviation dot at i ("kl.", "d.", "14.").
func (s *scanner) skipDot(i int) int {
	if s.isPunct(i, '.') {
		return i + 1
	}
	return i
}

// prevWord returns the index of the word before token i, stepping over one
// abbreviation dot, or -1.
func (s *scanner) prevWord(i int) int {
	j := i - 1
	if s.isPunct(j, '.') {
		j--
	}
	if s.isWord(j) {
		return j
	}
	return -1
}

// cueWords is how far before a month or weekday name a cue may stand: "ring
// til Lise fre", "i starten af marts".
const cueWords = 3

// cued reports whether one of the n words before token i is a cue ("på",
// "til", "ring", "in", "by"…) in the same sentence.
func (s *scanner) cued(i, n int) bool {
	for j, words := i-1, 0; j >= 0 && words < n; j-- {
		t := &s.toks[j]
		if t.kind == tPunct {
			if s.sentenceEnd(j) {
				return false
			}
			continue
		}
		if t.kind == tNum {
			return false
		}
		words++
		if t.flags&fCue != 0 {
			return true
		}
	}
	return false
}

// pastOrNegated reports whether the expression starting at token first is
// a past time ("sidste fredag", "since March"), negated ("ikke i morgen") or
// a habit ("hver fredag"). Small words in between are stepped over; "ikke
// før uge 34" is not negated.
func (s *scanner) pastOrNegated(first int) bool {
	j := s.prevWord(first)
	for k := 0; k < 3 && j >= 0; k++ {
		f := s.toks[j].flags
		switch {
		case f&fNegBreak != 0:
			return false
		case f&(fPast|fNeg|fHabit) != 0:
			return true
		case f&fLight == 0:
			return false
		}
		j = s.prevWord(j)
	}
	return false
}

// followsClock reports whether a clock time or a part of the day comes at
// token i: "kl 10", "10:30", "formiddag", "morning".
func (s *scanner) followsClock(i int) bool {
	t := s.tok(i)
	switch {
	case t == nil:
		return false
	case t.kind == tNum:
		return s.gluedPunct(i+1, ':') || s.gluedPunct(i+1, '.') && s.isNum(i+2) && t.digits <= 2
	case t.kind == tWord:
		return t.flags&fClock != 0 || t.cls == cDayPeriod || t.cls == cMorgen
	}
	return false
}

// yearAfter reads an optional year qualifier at token i: ", 2026", "2026",
// "næste år", "next year". It returns the year and the last token used.
func (s *scanner) yearAfter(i int) (year, last int, ok bool) {
	j := i
	if s.isPunct(j, ',') || s.isPunct(j, '/') || s.gluedPunct(j, '-') {
		j++
	}
	if t := s.tok(j); t != nil && t.kind == tNum && t.digits == 4 && !s.clockAfter(j+1) && !s.gluedNumberAfter(j) {
		return int(t.n), j, true
	}
	if s.lexAt(i).cls == cNext && s.lexAt(i+1).unit == uYear {
		return s.cy + 1, i + 1, true
	}
	return 0, 0, false
}

// gluedNumberAfter reports whether number i continues as "12.500" or "1/2".
func (s *scanner) gluedNumberAfter(i int) bool {
	t := s.tok(i + 1)
	return t != nil && t.kind == tPunct && t.glued && (t.p == '.' || t.p == '/' || t.p == ',' || t.p == '-' || t.p == ':') &&
		s.isNum(i+2) && s.toks[i+2].glued
}

// capitalized reports whether word i is written "Fri", "Mar": an English
// abbreviation more than a Danish word or a name in lower case.
func (s *scanner) capitalized(i int) bool {
	t := &s.toks[i]
	w := s.note[t.start:t.end]
	return len(w) >= 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'a' && w[1] <= 'z'
}

// callbackAfter reports whether a callback verb follows the expression
// ending at token last: "Fri: call again", "fredag ringer jeg igen". After
// a word that is also a common word ("may call back") it needs a colon.
func (s *scanner) callbackAfter(last int, weak bool) bool {
	if weak && !s.isPunct(last+1, ':') {
		return false
	}
	for j, words := last+1, 0; j < len(s.toks) && words < 2; j++ {
		t := &s.toks[j]
		if t.kind == tPunct {
			if t.p == ':' {
				continue
			}
			return false
		}
		if t.kind == tWord && t.flags&fCallback != 0 {
			return true
		}
		words++
	}
	return false
}

// abbrCued reports whether the abbreviation or ambiguous word at i..last
// ("fre", "Mar", "man", "may") is a time: a cue right before it, or, for
// words that are not also common words, a cue within three words.
// Ambiguous words ("man", "Jan", "sun") need the cue right before, unless
// written capitalized or ending the clause; after a word that takes a
// person ("ring til Jan", "couldn't reach Jan") they are a name.
func (s *scanner) abbrCued(i, last int, weak bool) bool {
	prev := s.lexAt(i - 1)
	if s.toks[i].flags&fName != 0 && s.personBefore(i) {
		return false
	}
	capital := s.capitalized(i)
	if weak && s.lexAt(i-2).flags&fGrab != 0 { // "få fat i Jan"
		return false
	}
	if prev.flags&fCue != 0 {
		return true
	}
	return (!weak || capital || s.clauseEnd(last+1)) && s.cued(i, cueWords+1)
}

// personBefore reports whether the words before token i take a person:
// "ring Jan", "couldn't reach Jan", "ringer til Jan", "videre til jan".
func (s *scanner) personBefore(i int) bool {
	prev := s.lexAt(i - 1)
	if prev.flags&fTo != 0 {
		prev = s.lexAt(i - 2)
	}
	return prev.flags&fPerson != 0
}

// clauseEnd reports whether token j ends a clause: the end of the note or
// punctuation.
func (s *scanner) clauseEnd(j int) bool {
	t := s.tok(j)
	return t == nil || t.kind == tPunct && t.p != '-' && t.p != '/'
}

func (s *scanner) mk(at day, kind string, first, last int) (mention, bool) {
	return mention{at: at, kind: kind, first: first, last: last}, true
}

// clockAfter reports whether token j continues a number as a clock time:
// the ":30" of "10:30". A colon that ends a phrase ("uge 34: ring") does not.
func (s *scanner) clockAfter(j int) bool {
	return s.gluedPunct(j, ':') && s.isNum(j+1) && s.toks[j+1].glued
}
