package wordtable

import (
	"fmt"
	"testing"
)

// TestLookup: every word is found with its value, through Hash and through
// Folds; other words (prefixes, extensions, the empty word) are not; a nil
// table holds nothing.
func TestLookup(t *testing.T) {
	m := map[string]int{}
	for i := 0; i < 5000; i++ {
		m[fmt.Sprintf("w%dx", i)] = i
	}
	tab := New(m)
	for w, v := range m {
		h := Offset
		for i := 0; i < len(w); i++ {
			h = Fold(h, w[i])
		}
		if h != Hash([]byte(w)) {
			t.Fatalf("Folds of %q give %x, Hash %x", w, h, Hash([]byte(w)))
		}
		if got, ok := tab.Lookup(h, []byte(w)); !ok || got != v {
			t.Fatalf("Lookup(%q) = %d, %v; want %d", w, got, ok, v)
		}
		for _, other := range []string{w + "x", w[:len(w)-1], ""} {
			if _, known := m[other]; known {
				continue
			}
			if got, ok := tab.Lookup(Hash([]byte(other)), []byte(other)); ok {
				t.Fatalf("Lookup(%q) = %d; want not found", other, got)
			}
		}
	}
	var none *Table[int]
	if _, ok := none.Lookup(Hash([]byte("w1x")), []byte("w1x")); ok {
		t.Error("a nil table holds a word")
	}
}
