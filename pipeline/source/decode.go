package source

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// NewUTF8Reader returns a reader that yields r's text as UTF-8 without a
// byte order mark. encoding is a Dialect.Encoding (or any label
// CanonicalEncoding knows; "" means UTF-8). ISO-8859-1 is decoded as
// windows-1252, its superset for printable text, as browsers do.
func NewUTF8Reader(r io.Reader, encoding string) (io.Reader, error) {
	if encoding == "" {
		encoding = EncodingUTF8
	}
	switch CanonicalEncoding(encoding) {
	case EncodingUTF8:
		return skipUTF8BOM(r), nil
	case EncodingUTF16LE:
		return transform.NewReader(r, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()), nil
	case EncodingUTF16BE:
		return transform.NewReader(r, unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder()), nil
	case EncodingWindows1252, EncodingISO88591:
		return transform.NewReader(r, charmap.Windows1252.NewDecoder()), nil
	case EncodingMixed:
		return transform.NewReader(skipUTF8BOM(r), mixedDecoder{}), nil
	}
	return nil, fmt.Errorf("%w %q", ErrEncoding, encoding)
}

// mixedDecoder reads EncodingMixed: valid UTF-8 as it is, every byte that is
// not part of valid UTF-8 as windows-1252. (A windows-1252 pair that happens
// to be valid UTF-8, such as "Ã¦", is read as UTF-8; in Danish text such
// pairs are mojibake, not words.)
type mixedDecoder struct{ transform.NopResetter }

func (mixedDecoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		c := src[nSrc]
		if c < utf8.RuneSelf {
			if nDst >= len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			dst[nDst] = c
			nDst++
			nSrc++
			continue
		}
		r, size := utf8.DecodeRune(src[nSrc:])
		if r == utf8.RuneError && size == 1 {
			if !atEOF && !utf8.FullRune(src[nSrc:]) {
				return nDst, nSrc, transform.ErrShortSrc // a character cut by the buffer
			}
			r = charmap.Windows1252.DecodeByte(c)
		}
		if nDst+utf8.RuneLen(r) > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += utf8.EncodeRune(dst[nDst:], r)
		nSrc += size
	}
	return nDst, nSrc, nil
}

// skipUTF8BOM drops a leading UTF-8 byte order mark.
func skipUTF8BOM(r io.Reader) io.Reader {
	br := bufio.NewReader(r)
	if b, err := br.Peek(len(bomUTF8)); err == nil && bytes.Equal(b, bomUTF8) {
		_, _ = br.Discard(len(bomUTF8)) // cannot fail: the bytes were peeked
	}
	return br
}

// DecodeHead decodes the first bytes of a file to UTF-8 text. A character
// cut off at the end of head is dropped rather than turned into U+FFFD.
func DecodeHead(head []byte, encoding string) (string, error) {
	switch CanonicalEncoding(encoding) {
	case EncodingUTF8, EncodingMixed, "":
		head = trimPartialRune(head)
	case EncodingUTF16LE, EncodingUTF16BE:
		head = head[:len(head)&^1]
	}
	r, err := NewUTF8Reader(bytes.NewReader(head), encoding)
	if err != nil {
		return "", err
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return "", fmt.Errorf("decode %s: %w", encoding, err)
	}
	return string(b), nil
}
