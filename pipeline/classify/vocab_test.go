package classify

import "testing"

// TestVocabAgreesWithWords: every vocabulary word is found with its id,
// and words outside it are not (including prefixes and extensions of
// vocabulary words, and the empty word).
func TestVocabAgreesWithWords(t *testing.T) {
	x := Default().x
	if len(x.words) < 1000 {
		t.Fatalf("only %d words in the vocabulary", len(x.words))
	}
	for w, id := range x.words {
		if got, ok := x.vocab.lookup([]byte(w)); !ok || got != id {
			t.Fatalf("lookup(%q) = %d, %v; want %d", w, got, ok, id)
		}
		for _, other := range []string{w + "q", w[:len(w)-1]} {
			if _, known := x.words[other]; known {
				continue
			}
			if got, ok := x.vocab.lookup([]byte(other)); ok || got != idUnknown {
				t.Fatalf("lookup(%q) = %d, %v; want unknown", other, got, ok)
			}
		}
	}
	if _, ok := (*vocab)(nil).lookup([]byte("ring")); ok {
		t.Error("a nil vocab knows a word")
	}
}
