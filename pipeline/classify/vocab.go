package classify

// vocab is the vocabulary as an open-addressing hash table keyed by the
// FNV-1a hash of the folded word. The tokenizer looks up every word of
// every note; with ~70k words (typo variants included) a Go map cost a
// fifth of a classification in hashing and cache misses, and this table,
// probed linearly at most half full, costs about a third less.
type vocab struct {
	hashes []uint64 // 0 marks an empty slot
	ids    []int32
	words  []string
	mask   uint64
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashWord(w []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range w {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h | 1 // never 0, the empty mark
}

func newVocab(words map[string]int32) *vocab {
	size := 1
	for size < 2*len(words) {
		size <<= 1
	}
	v := &vocab{hashes: make([]uint64, size), ids: make([]int32, size), words: make([]string, size), mask: uint64(size - 1)}
	for w, id := range words {
		h := hashWord([]byte(w))
		i := h & v.mask
		for v.hashes[i] != 0 {
			i = (i + 1) & v.mask
		}
		v.hashes[i], v.ids[i], v.words[i] = h, id, w
	}
	return v
}

// lookup returns the id of the folded word w. A nil vocab knows no word
// (the lexicon compiler tokenises phrases before there is one).
func (v *vocab) lookup(w []byte) (int32, bool) {
	if v == nil {
		return idUnknown, false
	}
	h := hashWord(w)
	for i := h & v.mask; ; i = (i + 1) & v.mask {
		switch v.hashes[i] {
		case 0:
			return idUnknown, false
		case h:
			if v.words[i] == string(w) {
				return v.ids[i], true
			}
		}
	}
}
