package when

import (
	"testing"

	"whyno/pipeline/classify/internal/wordtable"
)

// TestLexiconSpelling checks every keyword is written the way the
// tokenizer folds words: lower-case ASCII letters (æ→ae, ø→oe, å→aa), no
// longer than the tokenizer's word buffer. A keyword spelt otherwise could
// never match.
func TestLexiconSpelling(t *testing.T) {
	for w := range lexicon {
		if len(w) == 0 || len(w) > maxWord {
			t.Errorf("keyword %q has length %d, want 1..%d", w, len(w), maxWord)
		}
		for i := 0; i < len(w); i++ {
			if w[i] < 'a' || w[i] > 'z' {
				t.Errorf("keyword %q has %q at %d, want only a-z", w, w[i], i)
				break
			}
		}
	}
}

// TestKeywordTable checks the tokenizer's hash table finds every keyword
// with its entry, and no word that is not one.
func TestKeywordTable(t *testing.T) {
	for w, want := range lexicon {
		got, ok := keywords.Lookup(wordtable.Hash([]byte(w)), []byte(w))
		if !ok || got != want {
			t.Errorf("keywords.lookup(%q) = %+v, %v, want %+v", w, got, ok, want)
		}
	}
	for _, w := range []string{"xyzzy", "ringer2", "uges1", "telefonsvarer", "a" + "aaaaaaaaaaaaaaaaaaaaaaa"} {
		if _, isKeyword := lexicon[w]; isKeyword {
			continue
		}
		if got, ok := keywords.Lookup(wordtable.Hash([]byte(w)), []byte(w)); ok {
			t.Errorf("keywords.lookup(%q) = %+v, want not found", w, got)
		}
	}
}

func TestTypoLookup(t *testing.T) {
	tests := []struct {
		name, word, want string // want is the keyword, "" for none
	}{
		{name: "swap inside", word: "efetr", want: "efter"},
		{name: "swap at the end", word: "tomorrwo", want: "tomorrow"},
		{name: "swap of the last two letters", word: "eftre", want: "efter"},
		{name: "swap of the first letter is not read", word: "feter", want: ""},
		{name: "two swaps are not read", word: "fetre", want: ""},
		{name: "short words are not read", word: "ugr", want: ""},
		{name: "a keyword itself is no typo", word: "marts", want: ""},
		{name: "anagram that is no swap", word: "smart", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var sum, xor uint32
			for i := 0; i < len(tt.word); i++ {
				sum, xor = sum+uint32(tt.word[i]), xor^uint32(tt.word[i])
			}
			got, ok := typos.lookup([]byte(tt.word), sum, xor)
			switch {
			case tt.want == "" && ok:
				t.Errorf("typos.lookup(%q) = %+v, want none", tt.word, got)
			case tt.want != "" && (!ok || got != lexicon[tt.want]):
				t.Errorf("typos.lookup(%q) = %+v, %v, want the entry of %q", tt.word, got, ok, tt.want)
			}
		})
	}
}
