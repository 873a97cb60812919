package classify

// maxLangs bounds the languages the detector counts (bits of langMask).
const maxLangs = 16

// language picks the language with the most function words in the note;
// every matched phrase adds a vote for its lexicon's language. Ties go to
// the language listed first (Languages order, then user languages), and a
// note without any signal is taken as Danish.
func (x *index) language(toks []token, cues []cue) string {
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
		if int(cues[i].lang) < maxLangs {
			n[cues[i].lang]++
		}
	}
	best := 0
	for i := 1; i < len(x.langs) && i < maxLangs; i++ {
		if n[i] > n[best] {
			best = i
		}
	}
	if len(x.langs) == 0 {
		return "da"
	}
	return x.langs[best]
}
