package classify

import (
	"unicode"
	"unicode/utf8"
	"whyno/pipeline/classify/internal/wordtable"
)

// Special token ids. Lexicon words have ids >= 0.
const (
	idUnknown int32 = -1 // a word that no lexicon knows
	idNum     int32 = -2 // a word starting with a digit: "14", "20th", "2pm"
	idBreak   int32 = -3 // a clause break: . ! ? ; , : newline, " - ", or a breaker word
)

// token is one word of a note: its lexicon id and where it was written.
type token struct {
	id         int32
	start, end int32 // byte offsets into the original note
}

// fold appends r to b lowercased and folded to the ASCII spelling the
// lexicons use: æ/ä → ae, ø/ö → oe, å → aa, ü → ue, ß → ss, accents dropped.
// Folding both the notes and the lexicons this way makes "møde", "moede"
// and Swedish "möte" meet.
func fold(b []byte, r rune) []byte {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(b, byte(r))
	case r == 'æ' || r == 'Æ' || r == 'ä' || r == 'Ä':
		return append(b, 'a', 'e')
	case r == 'ø' || r == 'Ø' || r == 'ö' || r == 'Ö':
		return append(b, 'o', 'e')
	case r == 'å' || r == 'Å':
		return append(b, 'a', 'a')
	case r == 'ü' || r == 'Ü':
		return append(b, 'u', 'e')
	case r == 'ß':
		return append(b, 's', 's')
	case r == 'é' || r == 'è' || r == 'ê' || r == 'É':
		return append(b, 'e')
	case r == 'á' || r == 'à' || r == 'â':
		return append(b, 'a')
	case r == 'ó' || r == 'ò' || r == 'ô':
		return append(b, 'o')
	}
	return utf8.AppendRune(b, unicode.ToLower(r))
}

// foldString folds a whole string (used at build time for lexicon words).
func foldString(s string) string {
	b := make([]byte, 0, len(s)+4)
	for _, r := range s {
		b = fold(b, r)
	}
	return string(b)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// tokenizer splits a note into tokens in one pass, folding each word into
// norm and looking it up in the vocabulary. It is reused per goroutine.
type tokenizer struct {
	vocab *wordtable.Table[int32] // nil while the lexicons are compiled
	toks  []token
	norm  []byte
}

// run tokenises note. Apostrophes inside a word are dropped ("don't" →
// "dont"); every other non-word character separates words, and sentence
// punctuation adds a break token (see isBreak).
func (t *tokenizer) run(note string) []token {
	t.toks = t.toks[:0]
	t.norm = t.norm[:0]
	start, digits := -1, true
	for i, r := range note {
		if isWordRune(r) {
			if start < 0 {
				// A word that starts with a digit ("14", "20th", "2pm") is
				// read as a number: it may be part of a date.
				start, digits = i, '0' <= r && r <= '9'
				t.norm = t.norm[:0]
			}
			t.norm = fold(t.norm, r)
			continue
		}
		if (r == '\'' || r == '’') && start >= 0 && i+1 < len(note) && note[i+1] != ' ' {
			continue
		}
		if start >= 0 {
			t.emit(start, i, digits)
			start = -1
		}
		if isBreak(note, i, r, t.lastLen()) {
			t.addBreak(i)
		}
	}
	if start >= 0 {
		t.emit(start, len(note), digits)
	}
	return t.toks
}

func (t *tokenizer) lastLen() int {
	if n := len(t.toks); n > 0 && t.toks[n-1].id != idNum {
		return int(t.toks[n-1].end - t.toks[n-1].start)
	}
	return 0
}

func (t *tokenizer) emit(start, end int, digits bool) {
	id := idNum
	if !digits {
		var ok bool
		if id, ok = t.vocab.Lookup(wordtable.Hash(t.norm), t.norm); !ok {
			id = idUnknown
		}
	}
	t.toks = append(t.toks, token{id: id, start: int32(start), end: int32(end)})
}

func (t *tokenizer) addBreak(at int) {
	if n := len(t.toks); n == 0 || t.toks[n-1].id == idBreak {
		return
	}
	t.toks = append(t.toks, token{id: idBreak, start: int32(at), end: int32(at)})
}

// isBreak reports whether the separator r at note[i] ends a clause. A
// period ends one only when followed by a space or the end and preceded by
// a word of four or more letters, so abbreviations ("lev.", "v.m.", "kl.")
// and numeric dates ("12.03.") do not split a clause.
func isBreak(note string, i int, r rune, prevLen int) bool {
	switch r {
	case '!', '?', ';', ',', ':', '\n', '\r', '–', '—':
		return true
	case '.':
		next := i + 1
		return prevLen >= 4 && (next >= len(note) || note[next] == ' ' || note[next] == '\n')
	case '-':
		return i > 0 && note[i-1] == ' ' && i+1 < len(note) && note[i+1] == ' '
	}
	return false
}
