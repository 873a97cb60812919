package classify

// negWindow is how many words may stand between a negator and the phrase it
// negates ("ikke rigtig interesseret", "not a bad time").
const negWindow = 3

// cue is one phrase found in a note.
type cue struct {
	kind       kind
	label      string
	strong     bool
	negated    bool
	langs      uint16 // lexicons the phrase is in (bit i = index.langs[i])
	when       bool   // the phrase names a time
	words      uint8  // how many words the phrase has
	clause     int16  // which clause of the note (breaks counted)
	pos        int32  // token index, for "first stated"
	start, end int32  // byte span in the note, for evidence
}

// expand replaces abbreviations by their expansion (spanning the short form
// as written) and breaker words by clause breaks.
func (x *index) expand(in, out []token) []token {
	out = out[:0]
	for i := 0; i < len(in); {
		t := in[i]
		if t.id >= 0 && x.breaker[t.id] {
			t.id = idBreak
		}
		if t.id == idBreak && (len(out) == 0 || out[len(out)-1].id == idBreak) {
			i++
			continue
		}
		if r, ok := x.abbrevAt(in, i); ok {
			span := token{start: t.start, end: in[i+len(r.from)-1].end}
			for _, id := range r.to {
				span.id = id
				out = append(out, span)
			}
			i += len(r.from)
			continue
		}
		out = append(out, t)
		i++
	}
	return out
}

// abbrevAt finds the longest abbreviation starting at in[i].
func (x *index) abbrevAt(in []token, i int) (abbrevRule, bool) {
	id := in[i].id
	if id < 0 || int(id) >= len(x.abbrev) {
		return abbrevRule{}, false
	}
	var best abbrevRule
	found := false
	for _, r := range x.abbrev[id] {
		if len(r.from) > len(best.from) && hasPrefix(in[i:], r.from) {
			best, found = r, true
		}
	}
	return best, found
}

func hasPrefix(toks []token, ids []int32) bool {
	if len(toks) < len(ids) {
		return false
	}
	for k, id := range ids {
		if toks[k].id != id {
			return false
		}
	}
	return true
}

// scan finds phrases left to right, longest first, and marks those a free
// negator (one not inside a longer phrase such as "ikke lige nu") negates.
// All phrases of the longest length at a position are kept, so one phrase
// may give both an outcome cue and a ball cue.
func (x *index) scan(toks []token, cues []cue) []cue {
	cues = cues[:0]
	lastNeg := -1
	var clause int16
	for i := 0; i < len(toks); {
		id := toks[i].id
		if id == idBreak {
			lastNeg = -1
			clause++
		}
		if id < 0 {
			i++
			continue
		}
		var found [maxFound]hit
		hits := x.matches(toks, i, found[:0])
		if len(hits) == 0 {
			if x.negator[id] {
				lastNeg = i
			}
			i++
			continue
		}
		from := toks[i].start
		negated := lastNeg >= 0 && i-lastNeg <= negWindow
		if negated {
			from = toks[lastNeg].start // evidence shows the negator too
		}
		n0 := len(cues)
		var end int
		cues, end = x.emit(toks, i, hits, from, negated, cues)
		for k := n0; k < len(cues); k++ {
			cues[k].clause = clause
		}
		if end < len(toks) && toks[end].id >= 0 && x.negator[toks[end].id] {
			blockWeak(cues[n0:]) // "møde ikke aftalt": Danish negates after the noun
		}
		if end == i+1 && x.negator[id] {
			lastNeg = i
		}
		i = end
	}
	return cues
}

// maxFound bounds the phrases kept per position; real lexicons match a
// handful at most.
const maxFound = 32

// hit is a phrase matched at a position, and where it ends.
type hit struct {
	phrase int32
	end    int32
}

// matches returns the phrases matching at toks[i]: those indexed by their
// first word (single words, or a gap second) and those indexed by their
// first two words.
func (x *index) matches(toks []token, i int, hits []hit) []hit {
	hits = x.try(toks, i, x.first[toks[i].id], hits)
	if i+1 < len(toks) && x.pairFirst[toks[i].id] {
		hits = x.try(toks, i, x.pair[pairKey(toks[i].id, toks[i+1].id)], hits)
	}
	return hits
}

func (x *index) try(toks []token, i int, cands []int32, hits []hit) []hit {
	for _, pi := range cands {
		if e := x.matchAt(toks, i, x.phrases[pi].toks); e > 0 && len(hits) < maxFound {
			hits = append(hits, hit{phrase: pi, end: int32(e)})
		}
	}
	return hits
}

func pairKey(a, b int32) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

// class splits phrases into the two decisions they feed: outcome and
// reason phrases (0) compete with each other, ball phrases (1) with each
// other, so "call Mark instead" can be both a reason and a ball cue.
func class(k kind) int {
	if k == kindBall {
		return 1
	}
	return 0
}

// emit keeps, per class, the longest phrases of hits as cues, and returns
// where the longest of all ends.
func (x *index) emit(toks []token, i int, hits []hit, from int32, negated bool, cues []cue) ([]cue, int) {
	best := [2]int32{-1, -1}
	for _, h := range hits {
		if c := class(x.phrases[h.phrase].kind); h.end > best[c] {
			best[c] = h.end
		}
	}
	for _, h := range hits {
		p := &x.phrases[h.phrase]
		if h.end != best[class(p.kind)] {
			continue
		}
		cues = append(cues, cue{
			kind: p.kind, label: p.label, strong: p.strong, negated: negated, langs: p.langs, when: p.when,
			words: uint8(min(len(p.toks), 255)),
			pos:   int32(i), start: from, end: toks[h.end-1].end,
		})
	}
	return cues, int(max(best[0], best[1]))
}

// matchAt returns the end (exclusive) of phrase p matched at toks[i], or -1.
// A gap matches up to maxGap words but never a clause break or a negator
// ("møde * aftalt" must not match "møde ikke aftalt").
func (x *index) matchAt(toks []token, i int, p []int32) int {
	j := i
	for k := 0; k < len(p); k++ {
		if p[k] != idGap {
			if j >= len(toks) || toks[j].id != p[k] {
				return -1
			}
			j++
			continue
		}
		k++
		g := j
		for ; g < len(toks) && g <= j+maxGap && toks[g].id != p[k] && x.gapOK(toks[g].id); g++ {
		}
		if g >= len(toks) || g > j+maxGap || toks[g].id != p[k] {
			return -1
		}
		j = g + 1
	}
	return j
}

func (x *index) gapOK(id int32) bool {
	return id != idBreak && (id < 0 || !x.negator[id])
}

// blockWeak marks weak cues negated: a negator right after a bare weak
// phrase ("møde ikke aftalt") says it did not happen.
func blockWeak(cues []cue) {
	for i := range cues {
		if !cues[i].strong {
			cues[i].negated = true
		}
	}
}
