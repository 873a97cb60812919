package classify

import (
	"testing"

	"whyno/pipeline/classify/internal/wordtable"
)

// TestVocabAgreesWithWords: the tokenizer's table finds every vocabulary
// word with its id, and not the words around them (prefixes, extensions).
func TestVocabAgreesWithWords(t *testing.T) {
	x := Default().x
	if len(x.words) < 1000 {
		t.Fatalf("only %d words in the vocabulary", len(x.words))
	}
	look := func(w string) (int32, bool) { return x.vocab.Lookup(wordtable.Hash([]byte(w)), []byte(w)) }
	for w, id := range x.words {
		if got, ok := look(w); !ok || got != id {
			t.Fatalf("lookup(%q) = %d, %v; want %d", w, got, ok, id)
		}
		for _, other := range []string{w + "q", w[:len(w)-1]} {
			if _, known := x.words[other]; known {
				continue
			}
			if got, ok := look(other); ok {
				t.Fatalf("lookup(%q) = %d; want unknown", other, got)
			}
		}
	}
}
