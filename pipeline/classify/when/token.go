package when

import (
	"unicode"
	"unicode/utf8"
	"whyno/pipeline/classify/internal/wordtable"
)

type tokKind uint8

const (
	tPunct tokKind = iota + 1
	tWord
	tNum
)

// maxWord is the longest folded word the lexicon can hold; longer words are
// never keywords and skip the table lookup.
const maxWord = 24

// numCap caps numeric values: nothing the resolver reads is that large, and
// the cap keeps long digit runs (phone numbers, ids) from overflowing.
const numCap = 1_000_000

// token is one word, number or punctuation mark of a note. Words carry their
// lexicon entry (zero when the word is not a keyword), so parsers never look
// at the text again.
type token struct {
	lex              // meaning of a word; zero for numbers and punctuation
	start, end int32 // byte offsets in the note
	n          int32 // value of a number, capped at numCap
	kind       tokKind
	digits     uint8 // digits in a number
	glued      bool  // no white space between this token and the previous one
	p          byte  // the punctuation mark, folded to ASCII
}

// tokenize splits note into tokens in one pass, lower-casing and folding
// æøå and their Swedish and German cousins to ASCII (æ→ae, ø→oe, å→aa), so
// "påske" and "paaske" are the same keyword.
//
// Tokens are appended to toks, which the caller usually backs by an array
// on its stack; plain functions (not methods storing into a struct) keep
// that array from escaping to the heap.
func tokenize(note string, toks []token) []token {
	glued := false
	for i := 0; i < len(note); {
		c := note[i]
		switch {
		case c >= '0' && c <= '9':
			toks, i = readNumber(toks, note, i, glued)
			glued = true
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			toks, i = readWord(toks, note, i, glued)
			glued = true
		case c == ' ', c == '\t', c == '\r':
			i++
			glued = false
		case c == '\n':
			toks = addPunct(toks, '\n', i, i+1, glued)
			i++
			glued = false
		case c < utf8.RuneSelf:
			toks = addPunct(toks, c, i, i+1, glued)
			i++
			glued = true
		default:
			toks, i, glued = nonASCII(toks, note, i, glued)
		}
	}
	return toks
}

// nonASCII handles a multi-byte rune: a letter starts a word, a space
// separates, anything else is punctuation.
func nonASCII(toks []token, note string, i int, glued bool) ([]token, int, bool) {
	r, size := utf8.DecodeRuneInString(note[i:])
	switch {
	case r != utf8.RuneError && (foldRune(r) != "" || unicode.IsLetter(r)):
		toks, i = readWord(toks, note, i, glued)
		return toks, i, true
	case unicode.IsSpace(r):
		return toks, i + size, false
	case r == '–' || r == '—' || r == '‐':
		toks = addPunct(toks, '-', i, i+size, glued)
	case r == '€' || r == '£':
		toks = addPunct(toks, '$', i, i+size, glued)
	default:
		toks = addPunct(toks, '?', i, i+size, glued)
	}
	return toks, i + size, true
}

func addPunct(toks []token, c byte, start, end int, glued bool) []token {
	return append(toks, token{start: int32(start), end: int32(end), kind: tPunct, glued: glued, p: c})
}

func readNumber(toks []token, note string, i int, glued bool) ([]token, int) {
	start, n, digits := i, int32(0), 0
	for ; i < len(note) && note[i] >= '0' && note[i] <= '9'; i++ {
		if n < numCap {
			n = n*10 + int32(note[i]-'0')
		}
		digits++
	}
	toks = append(toks, token{start: int32(start), end: int32(i), n: min(n, numCap),
		kind: tNum, digits: uint8(min(digits, 255)), glued: glued})
	return toks, i
}

// word reads a run of letters, folds it into a fixed buffer and looks it up.
func readWord(toks []token, note string, i int, glued bool) ([]token, int) {
	var buf [maxWord]byte
	var sum, xor uint32
	h := wordtable.Offset
	start, n, ok := i, 0, true
	for i < len(note) {
		c := note[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c >= 'a' && c <= 'z' {
			n, ok = put(&buf, n, ok, c)
			sum, xor, h = sum+uint32(c), xor^uint32(c), wordtable.Fold(h, c)
			i++
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, size := utf8.DecodeRuneInString(note[i:])
		f := foldRune(r)
		if f == "" && (r == utf8.RuneError || !unicode.IsLetter(r)) {
			break
		}
		if f == "" {
			ok = false // a letter we do not fold: no keyword contains it
		}
		for j := 0; j < len(f); j++ {
			n, ok = put(&buf, n, ok, f[j])
			sum, xor, h = sum+uint32(f[j]), xor^uint32(f[j]), wordtable.Fold(h, f[j])
		}
		i += size
	}
	t := token{start: int32(start), end: int32(i), kind: tWord, glued: glued}
	if ok {
		var found bool
		if t.lex, found = keywords.Lookup(h, buf[:n]); !found {
			t.lex, _ = typos.lookup(buf[:n], sum, xor)
		}
	}
	return append(toks, t), i
}

func put(buf *[maxWord]byte, n int, ok bool, c byte) (int, bool) {
	if n == maxWord {
		return n, false
	}
	buf[n] = c
	return n + 1, ok
}

// foldRune spells a non-ASCII letter in ASCII the way Danes type it without
// a Danish keyboard; "" means the rune is not folded.
func foldRune(r rune) string {
	switch r {
	case 'æ', 'Æ', 'ä', 'Ä':
		return "ae"
	case 'ø', 'Ø', 'ö', 'Ö':
		return "oe"
	case 'å', 'Å':
		return "aa"
	case 'ü', 'Ü':
		return "ue"
	case 'ß':
		return "ss"
	case 'é', 'è', 'ê', 'ë', 'É', 'È':
		return "e"
	case 'á', 'à', 'â', 'Á':
		return "a"
	case 'í', 'ì', 'î', 'ï':
		return "i"
	case 'ó', 'ò', 'ô', 'Ó':
		return "o"
	case 'ú', 'ù', 'û':
		return "u"
	}
	return ""
}
