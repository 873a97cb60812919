package classify

// Inflection endings folded into the vocabulary at build time, so
// "leverandøren", "ringer", "booked" and "calls" meet their lexicon word
// without stemming each note. Danish/Norwegian/Swedish, English and German
// endings share the list; a variant never replaces a real lexicon word.
var endings = []string{"e", "r", "n", "t", "s", "d", "en", "er", "et", "es", "ed", "ne", "ene", "erne", "ing", "ede", "te", "de"}

// Typo variants are only made for words of at least typoMinLen bytes: for
// shorter words one edit too often lands on another real word.
const typoMinLen = 6

const vowels = "aeiouy"

// addVariants adds inflections, then edit-distance-1 typos (deletion,
// swap of neighbours, doubled letter, vowel swap), then sound-alike
// consonant swaps of every phrase word.
// Real words win over inflections, which win over typos; among variants
// the first built (lowest id) wins, so the result is deterministic.
func (x *index) addVariants() {
	n := len(x.names)
	for id := 0; id < n; id++ {
		if x.base[id] {
			x.inflect(int32(id))
		}
	}
	for id := 0; id < n; id++ {
		if x.base[id] && len(x.names[id]) >= typoMinLen && isASCIIWord(x.names[id]) {
			x.typos(int32(id))
		}
	}
	for id := 0; id < n; id++ {
		if x.base[id] && len(x.names[id]) >= soundMinLen && isASCIIWord(x.names[id]) {
			x.soundAlikes(int32(id))
		}
	}
}

// soundMinLen is the shortest word that gets sound-alike variants.
const soundMinLen = 5

// soundAlike lists consonants that are written for each other by ear
// ("forkerd", "budjet", "bruk"): one swap per variant.
var soundAlike = map[byte]string{
	'd': "t", 't': "d", 'g': "kj", 'k': "gc", 'j': "g", 'b': "p", 'p': "b",
	'v': "w", 'w': "v", 'c': "ks", 's': "c",
}

// soundAlikes adds the variants of a word with one consonant swapped for
// one that sounds alike.
func (x *index) soundAlikes(id int32) {
	b := []byte(x.names[id])
	for i, c := range b {
		for _, r := range []byte(soundAlike[c]) {
			b[i] = r
			x.variant(string(b), id)
		}
		b[i] = c
	}
}

func (x *index) variant(w string, id int32) {
	if _, ok := x.words[w]; !ok {
		x.words[w] = id
	}
}

func (x *index) inflect(id int32) {
	w := x.names[id]
	for _, e := range endings {
		if len(w) >= 4 || len(e) == 2 && len(w) == 3 {
			x.variant(w+e, id)
		}
	}
}

func (x *index) typos(id int32) {
	w := x.names[id]
	b := []byte(w)
	buf := make([]byte, 0, len(b)+1)
	for i := range b {
		buf = append(append(buf[:0], b[:i]...), b[i+1:]...) // deletion
		x.variant(string(buf), id)
		buf = append(append(append(buf[:0], b[:i+1]...), b[i]), b[i+1:]...) // doubled
		x.variant(string(buf), id)
		if i+1 < len(b) && b[i] != b[i+1] { // swap
			buf = append(buf[:0], b...)
			buf[i], buf[i+1] = buf[i+1], buf[i]
			x.variant(string(buf), id)
		}
		if i > 0 && isVowel(b[i]) {
			for j := 0; j < len(vowels); j++ {
				buf = append(buf[:0], b...)
				buf[i] = vowels[j]
				x.variant(string(buf), id)
			}
		}
	}
}

func isVowel(c byte) bool {
	for i := 0; i < len(vowels); i++ {
		if vowels[i] == c {
			return true
		}
	}
	return false
}

func isASCIIWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}
