package source

import (
	"bufio"
	"bytes"
	"fmt"
	"io"

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
	}
	return nil, fmt.Errorf("%w %q", ErrEncoding, encoding)
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
	case EncodingUTF8, "":
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
