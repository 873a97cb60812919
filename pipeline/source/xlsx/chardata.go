package xlsx

import (
	"bytes"
	"unicode/utf8"
)

// decodeText appends src to dst, resolving the predefined entities and
// character references and turning "\r\n" and lone "\r" into "\n". An
// unknown or malformed reference is kept literally, as Excel does not
// write them and dropping text would lose data. It returns how many bytes
// of src it consumed: all of them when final, else possibly fewer when src
// ends inside a reference or right after '\r'.
func decodeText(dst, src []byte, final bool) ([]byte, int) {
	i := 0
	for i < len(src) {
		c := src[i]
		switch c {
		case '&':
			semi := bytes.IndexByte(src[i:min(len(src), i+maxEntity+2)], ';')
			if semi < 0 {
				if !final && len(src)-i <= maxEntity+1 {
					return dst, i
				}
				dst = append(dst, c)
				i++
				continue
			}
			var ok bool
			if dst, ok = appendEntity(dst, src[i+1:i+semi]); !ok {
				dst = append(dst, src[i:i+semi+1]...)
			}
			i += semi + 1
		case '\r':
			if i+1 == len(src) && !final {
				return dst, i
			}
			dst = append(dst, '\n')
			i++
			if i < len(src) && src[i] == '\n' {
				i++
			}
		default:
			dst = append(dst, c)
			i++
		}
	}
	return dst, i
}

// appendNormalized appends src with line ends normalised.
func appendNormalized(dst, src []byte) []byte {
	if bytes.IndexByte(src, '\r') < 0 {
		return append(dst, src...)
	}
	return decodeTextCR(dst, src)
}

// decodeTextCR normalises line ends only (CDATA bodies hold no references).
func decodeTextCR(dst, src []byte) []byte {
	for i := 0; i < len(src); i++ {
		if src[i] != '\r' {
			dst = append(dst, src[i])
			continue
		}
		dst = append(dst, '\n')
		if i+1 < len(src) && src[i+1] == '\n' {
			i++
		}
	}
	return dst
}

// appendEntity appends the character named by ref (the text between '&'
// and ';') and reports whether ref was a known entity or a valid
// character reference.
func appendEntity(dst, ref []byte) ([]byte, bool) {
	switch string(ref) {
	case "amp":
		return append(dst, '&'), true
	case "lt":
		return append(dst, '<'), true
	case "gt":
		return append(dst, '>'), true
	case "quot":
		return append(dst, '"'), true
	case "apos":
		return append(dst, '\''), true
	}
	if len(ref) < 2 || ref[0] != '#' {
		return dst, false
	}
	r, ok := parseCharRef(ref[1:])
	if !ok {
		return dst, false
	}
	return utf8.AppendRune(dst, r), true
}

// parseCharRef parses the digits of "&#230;" or "&#xE6;".
func parseCharRef(b []byte) (rune, bool) {
	base := 10
	if b[0] == 'x' {
		base, b = 16, b[1:]
	}
	if len(b) == 0 {
		return 0, false
	}
	var r rune
	for _, c := range b {
		d, ok := digitVal(c, base)
		if !ok {
			return 0, false
		}
		r = r*rune(base) + d
		if r > 0x10FFFF {
			return 0, false
		}
	}
	return r, isXMLChar(r)
}

func digitVal(c byte, base int) (rune, bool) {
	switch {
	case c >= '0' && c <= '9':
		return rune(c - '0'), true
	case base == 16 && c >= 'a' && c <= 'f':
		return rune(c-'a') + 10, true
	case base == 16 && c >= 'A' && c <= 'F':
		return rune(c-'A') + 10, true
	}
	return 0, false
}

// isXMLChar reports whether r may appear in an XML document.
func isXMLChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		(r >= 0x20 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD) || (r >= 0x10000 && r <= 0x10FFFF)
}
