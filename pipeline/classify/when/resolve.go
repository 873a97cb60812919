package when

import "time"

// Result is a callback time found in a note.
type Result struct {
	// Date is the callback day at midnight in the call date's location: a
	// weekday, never before the call's own day.
	Date time.Time
	// Evidence is the phrase that named the time, as it appears in the note.
	Evidence string
	// Kind says which rule resolved it: "date", "week", "month", "quarter",
	// "season", "holiday", "relative" or "weekday".
	Kind string
}

// Kinds of time expression, the values of Result.Kind.
const (
	KindDate     = "date"
	KindWeek     = "week"
	KindMonth    = "month"
	KindQuarter  = "quarter"
	KindSeason   = "season"
	KindHoliday  = "holiday"
	KindRelative = "relative"
	KindWeekday  = "weekday"
)

// maxYearsAhead bounds how far ahead a resolved date may lie: a note that
// names a time further away than that is not naming a callback.
const maxYearsAhead = 3

// tokenBuf is the token capacity kept on the stack; longer notes spill to
// the heap.
const tokenBuf = 64

// Resolve finds the first callback time expressed in note (any supported
// language) and resolves it against the call's date. ok is false when the
// note names no future time. Evidence is the phrase matched, as it appears
// in the note (e.g. "uge 34"). The result is a date (time at midnight, in
// callDate's location), a weekday (weekend moved to Monday), never before
// callDate's day.
//
// When a note names several times, the first one attached to a callback
// verb ("ring igen", "call back", "følg op") wins, then the first attached
// to a contract ending ("kontrakten udløber"), then the first of all.
func Resolve(note string, callDate time.Time) (Result, bool) {
	var buf [tokenBuf]token
	y, m, d := callDate.Date()
	s := scanner{toks: tokenize(note, buf[:0]), note: note, call: dayOf(y, int(m), d), cy: y, cm: int(m)}
	best, ok := s.best()
	if !ok {
		return Result{}, false
	}
	by, bm, bd := best.at.civil()
	return Result{
		Date:     time.Date(by, time.Month(bm), bd, 0, 0, 0, 0, callDate.Location()),
		Evidence: note[s.toks[best.first].start:s.toks[best.last].end],
		Kind:     best.kind,
	}, true
}

// scanner holds a tokenized note and the call's date while parsers look for
// time expressions.
type scanner struct {
	toks []token
	note string
	call day // the call's own day
	cy   int // the call's year
	cm   int // the call's month
}

// mention is one resolved time expression spanning toks[first..last].
type mention struct {
	at          day
	kind        string
	first, last int
}

// attachWords is how many words before a time a callback verb may stand and
// still be its verb: "ring igen til Lise i uge 34" is six.
const attachWords = 8

// Attachment scores: how strongly a mention is tied to a next step.
const (
	loose    = iota // just a time in the note
	contract        // near "kontrakten udløber", "contract ends"
	callback        // near "ring", "call back", "følg op"
)

// best scans the note left to right and keeps the first mention with the
// strongest attachment.
func (s *scanner) best() (mention, bool) {
	var found mention
	score := -1
	for i := 0; i < len(s.toks); {
		if t := &s.toks[i]; t.kind == tPunct || t.kind == tWord && t.cls == cNone {
			i++ // starts no expression
			continue
		}
		m, ok := s.parse(i)
		if !ok {
			i++
			continue
		}
		if a := s.attachment(m); a > score {
			found, score = m, a
			if a == callback {
				break
			}
		}
		i = m.last + 1
	}
	if score < 0 {
		return s.clockFallback()
	}
	return found, true
}

// parse tries the parser for token i's class and checks the result.
func (s *scanner) parse(i int) (mention, bool) {
	m, ok := s.dispatch(i)
	if !ok || m.at < s.call || s.pastOrNegated(m.first) {
		return mention{}, false
	}
	m.at = m.at.workday()
	if y, _, _ := m.at.civil(); y > s.cy+maxYearsAhead {
		return mention{}, false
	}
	return m, true
}

func (s *scanner) dispatch(i int) (mention, bool) {
	t := &s.toks[i]
	if t.kind == tNum {
		return s.numeric(i)
	}
	if t.kind != tWord {
		return mention{}, false
	}
	switch t.cls {
	case cWeekday, cWeekdayAbbr:
		return s.weekday(i)
	case cMonth, cMonthAbbr:
		return s.month(i)
	case cHoliday:
		if t.mon != 0 && (s.capitalized(i) || s.lexAt(i-1).flags&fXmasBefore == 0) { // "try again jul" is July; "i jul" Christmas
			return s.month(i)
		}
	case cWeekMarker:
		return s.week(i)
	case cQ:
		return s.quarterQ(i)
	case cOrdinal:
		return s.quarterOrdinal(i)
	case cSeason:
		return s.season(i)
	case cNext:
		return s.next(i)
	case cAfter:
		return s.after(i)
	case cOm, cIn, cI, cThis:
		return s.preposition(i)
	case cNew:
		return s.newYearBare(i)
	case cWeekdayHabit:
		return s.weekdayHabit(i)
	case cRest:
		return s.restOf(i)
	case cEnd:
		return s.endOf(i)
	case cTomorrow, cMorgen:
		return s.tomorrow(i)
	case cLater, cToday, cDayPeriod:
		return s.today(i)
	}
	return mention{}, false
}

// preposition handles phrases that start with a small word: "om 2 uger",
// "in the new year", "i morgen", "i eftermiddag", "this afternoon".
func (s *scanner) preposition(i int) (mention, bool) {
	switch s.toks[i].cls {
	case cOm:
		return s.relative(i)
	case cIn:
		if m, ok := s.relative(i); ok {
			return m, ok
		}
		return s.newYear(i)
	case cI:
		if m, ok := s.newYear(i); ok {
			return m, ok
		}
		if m, ok := s.tomorrow(i); ok {
			return m, ok
		}
	}
	return s.dayPeriod(i)
}

// attachment scores how m is tied to a next step: a callback verb before it
// in the same sentence (or right after it) beats a contract word.
func (s *scanner) attachment(m mention) int {
	if score := s.verbBefore(m.first); score == callback || !s.callbackAfter(m.last, false) {
		return score
	}
	return callback
}

// verbBefore scores the verbs before token first in the same sentence: a
// callback verb, a contract word, or neither.
func (s *scanner) verbBefore(first int) int {
	score := loose
	for j, words := first-1, 0; j >= 0 && words < attachWords; j-- {
		t := &s.toks[j]
		if t.kind == tPunct {
			if s.sentenceEnd(j) {
				break
			}
			continue
		}
		words++
		if t.flags&fCallback != 0 {
			return callback
		}
		if t.flags&fContract != 0 {
			score = contract
		}
	}
	return score
}

// sentenceEnd reports whether punctuation token j ends a sentence. A dot
// after a number or an abbreviation ("14. marts", "kl. 10") does not.
func (s *scanner) sentenceEnd(j int) bool {
	switch s.toks[j].p {
	case '!', '?', ';', '\n':
		return true
	case '.':
		if j == 0 || j+1 < len(s.toks) && s.toks[j+1].glued {
			return false
		}
		prev := &s.toks[j-1]
		return prev.kind == tWord && prev.flags&fAbbr == 0 && prev.cls != cWeekdayAbbr && prev.cls != cMonthAbbr
	}
	return false
}
