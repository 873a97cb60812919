package when

// table is the lexicon as an open-addressing hash table keyed by a 64-bit
// FNV-1a hash that the tokenizer computes while it folds a word, so a
// lookup costs one or two probes of a small array and no hashing call.
// Most words of a note are not keywords and stop at the first probe.
type table struct {
	hashes  []uint64 // 0 marks an empty slot
	entries []uint16 // index into words and lexes, per slot
	words   []string
	lexes   []lex
	mask    uint64
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// fnv folds one more byte into an FNV-1a hash.
func fnv(h uint64, c byte) uint64 { return (h ^ uint64(c)) * fnvPrime }

func hashString(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = fnv(h, w[i])
	}
	return h | 1 // never 0, the empty mark
}

// newTable builds the table with at least four slots per word.
func newTable(lx map[string]lex) *table {
	size := 1
	for size < 4*len(lx) {
		size <<= 1
	}
	t := &table{hashes: make([]uint64, size), entries: make([]uint16, size), mask: uint64(size - 1)}
	for w, l := range lx {
		h := hashString(w)
		i := h & t.mask
		for t.hashes[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.hashes[i], t.entries[i] = h, uint16(len(t.words))
		t.words = append(t.words, w)
		t.lexes = append(t.lexes, l)
	}
	return t
}

// lookup returns the entry of word, whose hash is h (hashString's value).
func (t *table) lookup(h uint64, word []byte) (lex, bool) {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch t.hashes[i] {
		case 0:
			return lex{}, false
		case h:
			if e := t.entries[i]; t.words[e] == string(word) {
				return t.lexes[e], true
			}
		}
	}
}
