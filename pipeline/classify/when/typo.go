package when

// Typo tolerance: a note's word that is a keyword with two neighbouring
// letters swapped ("tomororw", "efetr", "Novmeber", "onsadg") is read as
// the keyword. Swaps keep a word's first letter, length, letter sum and
// letter xor, so those four make a signature; a bitset filters unknown
// words on it before any map lookup, which keeps the hot path cheap.

// minTypoLen is the shortest keyword read through a swap: in shorter words
// a swap too often makes another real word.
const minTypoLen = 5

// typoBits sizes the signature filter (a power of two).
const typoBits = 1 << 14

// typoIndex finds keywords by the signature of a misspelt word.
type typoIndex struct {
	filter [typoBits / 64]uint64
	words  map[uint64][]string
}

var typos = buildTypoIndex(lexicon)

// signature is invariant under swapping two letters after the first.
func signature(first byte, n int, sum, xor uint32) uint64 {
	return uint64(first)<<56 | uint64(n)<<48 | uint64(sum)<<16 | uint64(xor&0xff)
}

func buildTypoIndex(lx map[string]lex) *typoIndex {
	ix := &typoIndex{words: make(map[uint64][]string)}
	for w, l := range lx {
		if len(w) < minTypoLen || len(w) > maxWord || l.flags&^(fUnit|fNoDate|fAbbr) == 0 && l.cls == cNone && l.unit == uNone {
			continue
		}
		var sum, xor uint32
		for i := 0; i < len(w); i++ {
			sum += uint32(w[i])
			xor ^= uint32(w[i])
		}
		sig := signature(w[0], len(w), sum, xor)
		h := filterHash(sig)
		ix.filter[h/64] |= 1 << (h % 64)
		ix.words[sig] = append(ix.words[sig], w)
	}
	return ix
}

// filterHash spreads a signature over the filter's bits (Fibonacci hashing).
func filterHash(sig uint64) uint64 {
	return sig * 0x9E3779B97F4A7C15 >> (64 - 14) // 14 bits: typoBits
}

// lookup returns the entry of the keyword that word is a one-swap typo of.
func (ix *typoIndex) lookup(word []byte, sum, xor uint32) (lex, bool) {
	if len(word) < minTypoLen {
		return lex{}, false
	}
	sig := signature(word[0], len(word), sum, xor)
	h := filterHash(sig)
	if ix.filter[h/64]&(1<<(h%64)) == 0 {
		return lex{}, false
	}
	for _, w := range ix.words[sig] {
		if oneSwap(word, w) {
			return lexicon[w], true
		}
	}
	return lex{}, false
}

// oneSwap reports whether got is want with two neighbouring letters swapped.
func oneSwap(got []byte, want string) bool {
	if len(got) != len(want) {
		return false
	}
	k := 0
	for k < len(got) && got[k] == want[k] {
		k++
	}
	if k+1 >= len(got) || got[k] != want[k+1] || got[k+1] != want[k] {
		return false
	}
	return string(got[k+2:]) == want[k+2:]
}
