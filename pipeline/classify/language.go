package classify

// maxLangs bounds the languages the detector counts (bits of langMask).
const maxLangs = 16

// language picks the language with the most function words in the note;
// every matched phrase adds a vote for each lexicon that lists it. Ties go
// to the language listed first (Languages order, then user languages). A
// note without any signal is taken as Danish, and ok is false.
func (x *index) language(toks []token, cues []cue) (lang string, ok bool) {
	var n [maxLangs]int
	for _, t := range toks {
		if t.id < 0 {
			continue
		}
		for m, i := x.langMask[t.id], 0; m != 0; m, i = m>>1, i+1 {
			if m&1 != 0 {
				n[i]++
			}
		}
	}
	for i := range cues {
		for m, k := cues[i].langs, 0; m != 0; m, k = m>>1, k+1 {
			if m&1 != 0 {
				n[k]++
			}
		}
	}
	best := 0
	for i := 1; i < len(x.langs) && i < maxLangs; i++ {
		if n[i] > n[best] {
			best = i
		}
	}
	return x.langs[best], n[best] > 0
}
