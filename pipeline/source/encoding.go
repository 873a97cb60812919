package source

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// Encoding names, as Dialect.Encoding holds them.
const (
	EncodingUTF8        = "utf-8"
	EncodingUTF16LE     = "utf-16le"
	EncodingUTF16BE     = "utf-16be"
	EncodingWindows1252 = "windows-1252"
	EncodingISO88591    = "iso-8859-1"
	// EncodingMixed is UTF-8 with some windows-1252 in it, as a sheet gets
	// when rows from an older export are pasted into a UTF-8 one: valid
	// UTF-8 is read as UTF-8, every other byte as windows-1252.
	EncodingMixed = "utf-8+windows-1252"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// utf16Sample is how many leading bytes the NUL-pattern test for BOM-less
// UTF-16 looks at: enough for a header line or two.
const utf16Sample = 4096

// CanonicalEncoding returns the package's name for an encoding label
// ("UTF8", "latin1", "cp1252", ...), or "" if it is not one it decodes.
func CanonicalEncoding(label string) string {
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "utf-8", "utf8", "utf-8-sig":
		return EncodingUTF8
	case "utf-16le", "utf16le", "utf-16", "utf16", "ucs-2", "ucs-2le":
		return EncodingUTF16LE
	case "utf-16be", "utf16be", "ucs-2be":
		return EncodingUTF16BE
	case "windows-1252", "cp1252", "win1252", "windows1252":
		return EncodingWindows1252
	case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "iso-8859-15", "latin9":
		return EncodingISO88591
	case EncodingMixed:
		return EncodingMixed
	}
	return ""
}

// detectEncoding names the encoding of head: a BOM decides first, then the
// NUL-byte pattern of BOM-less UTF-16, then UTF-8 validity. Text that is not
// valid UTF-8 is windows-1252 (which covers Latin-1) when it has no UTF-8
// character at all, and EncodingMixed when it has both: a UTF-8 export with
// a few pasted cp1252 rows read as cp1252 turned its own header's "Sælger"
// into "SÃ¦lger", and the column went unread.
func detectEncoding(head []byte) (string, error) {
	switch {
	case bytes.HasPrefix(head, bomUTF16LE):
		return EncodingUTF16LE, nil
	case bytes.HasPrefix(head, bomUTF16BE):
		return EncodingUTF16BE, nil
	}
	bom := bytes.HasPrefix(head, bomUTF8)
	if !bom {
		if enc := utf16ByNULs(head); enc != "" {
			return enc, nil
		}
		if looksBinary(head) {
			return "", ErrNotText
		}
	}
	valid, invalid := utf8Runes(trimPartialRune(head))
	switch {
	case invalid == 0:
		return EncodingUTF8, nil
	case valid > 0 || bom:
		return EncodingMixed, nil
	}
	return EncodingWindows1252, nil
}

// utf8Runes counts the multi-byte UTF-8 characters in b and the bytes that
// are not part of valid UTF-8.
func utf8Runes(b []byte) (valid, invalid int) {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			valid++
		}
		i += size
	}
	return valid, invalid
}

// utf16ByNULs recognises BOM-less UTF-16 text by its NUL bytes: mostly-ASCII
// UTF-16LE has a NUL at every odd offset, UTF-16BE at every even one.
func utf16ByNULs(head []byte) string {
	n := min(len(head), utf16Sample) &^ 1
	if n < 4 {
		return ""
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if head[i] == 0 {
			even++
		}
		if head[i+1] == 0 {
			odd++
		}
	}
	pairs := n / 2
	switch {
	case odd*10 >= pairs*7 && even*20 <= pairs: // ≥70 % NUL high bytes, ≤5 % NUL low bytes
		return EncodingUTF16LE
	case even*10 >= pairs*7 && odd*20 <= pairs:
		return EncodingUTF16BE
	}
	return ""
}

// looksBinary reports more than 1 % control codes (NUL included) other
// than tab, newline, carriage return and form feed, and more than two of
// them. A stray NUL or two in an export is not enough, even in a short
// file: such a file is still read, not refused whole.
func looksBinary(b []byte) bool {
	var ctl int
	for _, c := range b {
		switch {
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f':
			ctl++
		case c == 0x7F:
			ctl++
		}
	}
	return ctl > 2 && ctl*100 > len(b)
}

// trimPartialRune drops a UTF-8 sequence cut off at the end of b, as a
// 64 KiB head of a file often ends mid-character.
func trimPartialRune(b []byte) []byte {
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			if !utf8.FullRune(b[i:]) {
				return b[:i]
			}
			return b
		}
	}
	return b
}
