package classify

import (
	"sort"
	"strconv"
	"strings"
	"whyno/pipeline/classify/internal/wordtable"
)

// kind is what a phrase does.
type kind uint8

const (
	kindOutcome kind = iota
	kindReason
	kindNegated // states a reason when negated
	kindIgnore  // read, so its words are taken, but votes nothing
	kindBall
	kindNegator
	kindBreaker
)

// idGap in a phrase stands for up to maxGap words (not breaks or negators).
const (
	idGap  int32 = -10
	maxGap       = 3
)

// phrase is a compiled lexicon phrase.
type phrase struct {
	toks   []int32
	kind   kind
	label  string
	strong bool
	langs  uint16 // lexicons that list the phrase (bit i = index.langs[i])
	when   bool   // has a time word: a timing phrase that says when ("next financial year")
}

// index is the compiled form of all lexicons: the vocabulary (with
// inflections and typo variants folded in), phrases by first word, and per
// word flags. It is immutable once built.
type index struct {
	words     map[string]int32 // while building; notes are looked up in vocab
	vocab     *wordtable.Table[int32]
	names     []string           // id → canonical word
	first     [][]int32          // phrases of one word, or with a gap second, by first word
	pair      map[uint64][]int32 // other phrases by their first two words
	pairFirst []bool             // id starts a phrase in pair
	phrases   []phrase
	abbrev    [][]abbrevRule // id → abbreviations starting with it
	negator   []bool
	breaker   []bool
	timeWord  []bool
	langMask  []uint16 // id → function word of these languages (bit i = langs[i])
	langs     []string
	base      []bool            // id names a word used in a phrase (gets variants)
	canon     map[string]string // phrase word → the phrase word it inflects
}

type abbrevRule struct {
	from, to []int32
}

// build compiles lexicons in priority order: an earlier lexicon's phrase
// wins over the same phrase (same kind, same words) in a later one, which
// is how user rules override the defaults.
func build(lexicons []*Lexicon) *index {
	x := &index{words: map[string]int32{}}
	seen := map[string]int{}
	for _, l := range Languages {
		x.lang(l) // fixed order: ties in language detection go to da, then en
	}
	// Pass 1: words, abbreviations, negators and breakers of every lexicon,
	// so that pass 2 can read phrases the way notes are read.
	for _, lx := range lexicons {
		x.addWords(lx, x.lang(lx.Language))
	}
	x.growAbbrev()
	for _, lx := range lexicons {
		for _, p := range lx.Negators {
			x.flag(kindNegator, x.ids(p.Text))
		}
		for _, p := range lx.Breakers {
			x.flag(kindBreaker, x.ids(p.Text))
		}
	}
	x.canonicalise(lexicons)
	for _, lx := range lexicons {
		li := x.lang(lx.Language)
		lx.eachPhrase(func(s phraseSlot, p Phrase) {
			if s.kind <= kindBall {
				x.addPhrase(s, p.Text, li, seen)
			}
		})
	}
	x.addVariants()
	x.growAbbrev()
	x.first = make([][]int32, len(x.names))
	x.pair = map[uint64][]int32{}
	x.pairFirst = make([]bool, len(x.names))
	for i, p := range x.phrases {
		if len(p.toks) == 1 || p.toks[1] == idGap {
			x.first[p.toks[0]] = append(x.first[p.toks[0]], int32(i))
			continue
		}
		k := pairKey(p.toks[0], p.toks[1])
		x.pair[k] = append(x.pair[k], int32(i))
		x.pairFirst[p.toks[0]] = true
	}
	x.vocab = wordtable.New(x.words)
	return x
}

func (x *index) lang(code string) uint8 {
	for i, l := range x.langs {
		if l == code {
			return uint8(i)
		}
	}
	if len(x.langs) == maxLangs {
		return maxLangs - 1 // more languages than bits: share the last one
	}
	x.langs = append(x.langs, code)
	return uint8(len(x.langs) - 1)
}

// id returns the id of a folded word, adding it when new.
func (x *index) id(w string) int32 {
	if id, ok := x.words[w]; ok {
		return id
	}
	id := int32(len(x.names))
	x.words[w] = id
	x.names = append(x.names, w)
	x.negator = append(x.negator, false)
	x.breaker = append(x.breaker, false)
	x.timeWord = append(x.timeWord, false)
	x.langMask = append(x.langMask, 0)
	x.base = append(x.base, false)
	return id
}

func (x *index) ids(text string) []int32 {
	var out []int32
	for _, w := range strings.Fields(text) {
		if w == "*" {
			out = append(out, idGap)
			continue
		}
		for _, f := range words(w) {
			if c, ok := x.canon[f]; ok {
				f = c
			}
			if isDigits(f) {
				out = append(out, idNum)
			} else {
				out = append(out, x.id(f))
			}
		}
	}
	return out
}

func (x *index) addWords(lx *Lexicon, li uint8) {
	for _, p := range lx.FunctionWords {
		for _, id := range x.ids(p.Text) {
			if id >= 0 {
				x.langMask[id] |= 1 << li
			}
		}
	}
	for _, p := range lx.TimeWords {
		for _, id := range x.ids(p.Text) {
			if id >= 0 {
				x.timeWord[id], x.base[id] = true, true
			}
		}
	}
	for _, k := range sortedKeys(lx.Abbreviations) {
		from, to := x.ids(k), x.ids(lx.Abbreviations[k])
		if len(from) == 0 || from[0] < 0 || len(to) == 0 {
			continue
		}
		x.growAbbrev()
		x.abbrev[from[0]] = append(x.abbrev[from[0]], abbrevRule{from: from, to: to})
	}
}

// growAbbrev keeps abbrev as long as the vocabulary.
func (x *index) growAbbrev() {
	for len(x.abbrev) < len(x.names) {
		x.abbrev = append(x.abbrev, nil)
	}
}

func (x *index) addPhrase(s phraseSlot, text string, li uint8, seen map[string]int) {
	toks := x.phraseIDs(text)
	if len(toks) == 0 || toks[0] < 0 {
		return
	}
	// The key is the phrase's ids, so spellings that read the same (an
	// inflection, an abbreviation) are one phrase. Outcome and reason
	// phrases share a key space: they compete for the same decision.
	var kb strings.Builder
	kb.WriteByte("oonob"[s.kind])
	for _, id := range toks {
		kb.WriteString(strconv.Itoa(int(id)))
		kb.WriteByte(' ')
	}
	key := kb.String()
	if at, ok := seen[key]; ok {
		x.phrases[at].langs |= 1 << li // same words in another lexicon: count both
		return
	}
	seen[key] = len(x.phrases)
	for _, id := range toks {
		if id >= 0 && s.kind <= kindBall {
			x.base[id] = true
		}
	}
	p := phrase{toks: toks, kind: s.kind, label: s.label, strong: s.strong, langs: 1 << li}
	for _, id := range toks {
		p.when = p.when || id >= 0 && x.timeWord[id]
	}
	x.phrases = append(x.phrases, p)
}

// flag marks a negator or breaker word; multi-word entries are ignored
// (only single words negate or break).
func (x *index) flag(k kind, ids []int32) {
	if len(ids) != 1 || ids[0] < 0 {
		return
	}
	x.growAbbrev()
	if k == kindNegator {
		x.negator[ids[0]] = true
	} else {
		x.breaker[ids[0]] = true
	}
}

// phraseIDs reads a phrase like a note: its abbreviations are expanded and
// breaker words become clause breaks, so "send me some info" matches the
// note "send me some info" although "info" is read as "information".
func (x *index) phraseIDs(text string) []int32 {
	raw := x.ids(text)
	x.growAbbrev()
	in := make([]token, len(raw))
	for i, id := range raw {
		in[i].id = id
	}
	out := x.expand(in, nil)
	ids := make([]int32, len(out))
	for i, t := range out {
		ids[i] = t.id
	}
	return ids
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// canonicalise maps a phrase word that is an inflection of another phrase
// word of the same lexicon ("leverandører" of "leverandør") onto it, so
// that both spellings in the lexicons and in notes share one id and
// "har * leverandør" also matches "har 3 leverandører". Words already known
// from pass 1 (function words such as "ringede") keep their own id; the
// first lexicon to list a word decides its stem.
func (x *index) canonicalise(lexicons []*Lexicon) {
	x.canon = map[string]string{}
	for _, lx := range lexicons {
		set := map[string]bool{}
		lx.eachPhrase(func(s phraseSlot, p Phrase) {
			if s.kind <= kindBall {
				for _, w := range words(p.Text) {
					set[w] = true
				}
			}
		})
		for _, w := range sortedSet(set) {
			_, known := x.words[w]
			_, done := x.canon[w]
			if stem := stem(w, set); !known && !done && stem != w {
				x.canon[w] = stem
			}
		}
	}
}

// stem strips endings while the rest is still a word of set: "ringer" →
// "ring". Of several endings the longest strip wins.
func stem(w string, set map[string]bool) string {
	for {
		best := w
		for _, e := range endings {
			s := strings.TrimSuffix(w, e)
			if s != w && len(s) >= 4 && set[s] && len(s) < len(best) {
				best = s
			}
		}
		if best == w {
			return w
		}
		w = best
	}
}

func sortedSet(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for w := range set {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}
