// Package wordtable maps folded words to values with an open-addressing
// hash table keyed by the words' 64-bit FNV-1a hash. A tokenizer can fold
// the hash byte by byte while it reads a word (Fold), so a lookup costs a
// probe or two of a small array and no hashing call; most words of a note
// are in no lexicon and stop at the first, empty, probe. The classifier's
// vocabulary (~70k words, typo variants included) and the date resolver's
// keywords both use it: the vocabulary's Go map cost a fifth of a note's
// classification in hashing and cache misses.
package wordtable

// Offset is the hash of the empty word; Fold adds a byte.
const Offset uint64 = 14695981039346656037

const prime = 1099511628211

// Fold folds one more byte into an FNV-1a hash.
func Fold(h uint64, c byte) uint64 { return (h ^ uint64(c)) * prime }

// Hash is the FNV-1a hash of w.
func Hash(w []byte) uint64 {
	h := Offset
	for _, c := range w {
		h = Fold(h, c)
	}
	return h
}

// Table is built once and only read, so it is safe for concurrent use.
type Table[V any] struct {
	hashes []uint64 // hash|1 per slot; 0 marks an empty one
	words  []string
	vals   []V
	mask   uint64
}

// New builds the table of m, at most half full, so every probe sequence
// ends at an empty slot.
func New[V any](m map[string]V) *Table[V] {
	size := 1
	for size < 2*len(m) {
		size <<= 1
	}
	t := &Table[V]{hashes: make([]uint64, size), words: make([]string, size), vals: make([]V, size), mask: uint64(size - 1)}
	for w, v := range m {
		h := Hash([]byte(w)) | 1
		i := h & t.mask
		for t.hashes[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.hashes[i], t.words[i], t.vals[i] = h, w, v
	}
	return t
}

// Lookup returns the value of word w, whose hash (Hash, or Folds from
// Offset) is h. A nil table holds no word.
func (t *Table[V]) Lookup(h uint64, w []byte) (V, bool) {
	var zero V
	if t == nil {
		return zero, false
	}
	h |= 1
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch t.hashes[i] {
		case 0:
			return zero, false
		case h:
			if t.words[i] == string(w) {
				return t.vals[i], true
			}
		}
	}
}
