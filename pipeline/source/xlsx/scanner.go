package xlsx

import (
	"bytes"
	"errors"
	"fmt"
	"io"
)

// Limits that keep a hostile or broken part from taking unbounded memory.
const (
	// minBuf is the scanner's initial read buffer: large enough that a
	// typical sheet refills rarely, small enough to be cheap per Rows.
	minBuf = 64 << 10
	// maxTag bounds one start or end tag (name plus attributes). Real tags
	// are under a few hundred bytes.
	maxTag = 1 << 20
	// maxText bounds one element's character data. Excel itself caps a cell
	// at 32,767 characters; other writers produce larger ones (10 MB notes
	// are seen in CRM dumps), so the cap is generous.
	maxText = 64 << 20
	// maxEntity bounds the bytes between '&' and ';' of a reference
	// ("&#x10FFFF;" is the longest meaningful one).
	maxEntity = 12
)

var (
	errTagTooLong  = errors.New("tag longer than 1 MiB")
	errTextTooLong = errors.New("text longer than 64 MiB")
	errUTF16       = errors.New("utf-16 encoded part is not supported")
)

// scanner is a pull tokenizer for the subset of XML that SpreadsheetML
// parts use: start, end and empty-element tags, character data with
// entity and character references, CDATA sections, comments and
// processing instructions. It does not validate nesting and ignores
// namespaces beyond stripping the prefix from element names, so "x:row"
// and "row" are the same element. It is much faster than encoding/xml
// because it never allocates per token: tag names and attributes are
// slices into its buffer, valid until the next call.
type scanner struct {
	rd      io.Reader
	buf     []byte
	pos     int // start of unread data in buf
	end     int // end of valid data in buf
	eof     bool
	readErr error // read error other than io.EOF
	started bool  // the encoding check has run

	// The current tag, set by nextTag.
	name      []byte // local name, prefix stripped
	attrs     []byte // raw attribute text
	closing   bool   // an end tag: </name>
	selfClose bool   // an empty-element tag: <name/>

	// text collects character data appended by readText.
	text []byte
}

func newScanner(r io.Reader) *scanner {
	return &scanner{rd: r, buf: make([]byte, minBuf)}
}

// fill reads more input into buf, keeping the unread bytes buf[pos:end].
// It reports whether any new bytes arrived.
func (s *scanner) fill() bool {
	if s.eof {
		return false
	}
	if s.pos > 0 {
		s.end = copy(s.buf, s.buf[s.pos:s.end])
		s.pos = 0
	}
	if s.end == len(s.buf) {
		nb := make([]byte, 2*len(s.buf))
		copy(nb, s.buf[:s.end])
		s.buf = nb
	}
	// A Reader may return 0, nil; give it a few chances like bufio does.
	for range 100 {
		n, err := s.rd.Read(s.buf[s.end:])
		s.end += n
		if err != nil {
			s.eof = true
			if !errors.Is(err, io.EOF) {
				s.readErr = err
			}
			return n > 0
		}
		if n > 0 {
			return true
		}
	}
	s.eof, s.readErr = true, io.ErrNoProgress
	return false
}

// ensure makes at least n unread bytes available, reporting false if the
// input ends first.
func (s *scanner) ensure(n int) bool {
	for s.end-s.pos < n {
		if !s.fill() {
			return false
		}
	}
	return true
}

// checkEncoding rejects UTF-16 parts, which the byte scanner cannot read.
func (s *scanner) checkEncoding() error {
	s.started = true
	if !s.ensure(2) {
		return nil
	}
	b0, b1 := s.buf[s.pos], s.buf[s.pos+1]
	if (b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF) || (b0 == '<' && b1 == 0) || (b0 == 0 && b1 == '<') {
		return errUTF16
	}
	return nil
}

// nextTag advances past any character data, comments, processing
// instructions and CDATA to the next start or end tag and decodes it into
// s.name, s.attrs, s.closing and s.selfClose. It returns false, nil at the
// end of the input.
func (s *scanner) nextTag() (bool, error) {
	if !s.started {
		if err := s.checkEncoding(); err != nil {
			return false, err
		}
	}
	for {
		i := bytes.IndexByte(s.buf[s.pos:s.end], '<')
		if i < 0 {
			s.pos = s.end
			if !s.fill() {
				return false, s.readErr
			}
			continue
		}
		s.pos += i
		isTag, err := s.markup()
		if err != nil || isTag {
			return isTag, err
		}
	}
}

// markup handles the markup at s.pos (which holds '<'). It skips
// comments, processing instructions and CDATA sections, returning false,
// and decodes tags, returning true.
func (s *scanner) markup() (bool, error) {
	if !s.ensure(2) {
		return false, io.ErrUnexpectedEOF
	}
	switch s.buf[s.pos+1] {
	case '?':
		return false, s.skipPast("?>")
	case '!':
		return false, s.skipDecl()
	}
	return true, s.readTag()
}

// skipDecl skips a comment or CDATA section starting at s.pos. Document
// type declarations are refused: no spreadsheet writer emits one, and
// their internal subsets could define entities this scanner ignores.
func (s *scanner) skipDecl() error {
	s.ensure(9) // "<![CDATA[": shorter input falls through to the error
	rest := s.buf[s.pos:s.end]
	switch {
	case bytes.HasPrefix(rest, []byte("<!--")):
		s.pos += 4
		return s.skipPast("-->")
	case bytes.HasPrefix(rest, []byte("<![CDATA[")):
		s.pos += 9
		return s.skipPast("]]>")
	}
	return errors.New("unsupported markup declaration")
}

// skipPast advances s.pos past the next occurrence of delim.
func (s *scanner) skipPast(delim string) error {
	for {
		if i := bytes.Index(s.buf[s.pos:s.end], []byte(delim)); i >= 0 {
			s.pos += i + len(delim)
			return nil
		}
		// Keep a possible partial delimiter at the end of the buffer.
		if keep := len(delim) - 1; s.end-s.pos > keep {
			s.pos = s.end - keep
		}
		if !s.fill() {
			return fmt.Errorf("unterminated markup, want %q: %w", delim, io.ErrUnexpectedEOF)
		}
	}
}

// readTag decodes the tag at s.pos and moves s.pos past it.
func (s *scanner) readTag() error {
	n, err := s.tagLen()
	if err != nil {
		return err
	}
	b := s.buf[s.pos+1 : s.pos+n-1] // between '<' and '>'
	s.pos += n
	s.closing = len(b) > 0 && b[0] == '/'
	if s.closing {
		b = b[1:]
	}
	s.selfClose = !s.closing && len(b) > 0 && b[len(b)-1] == '/'
	if s.selfClose {
		b = b[:len(b)-1]
	}
	i := 0
	for i < len(b) && !isSpace(b[i]) {
		i++
	}
	s.name, s.attrs = localName(b[:i]), b[i:]
	return nil
}

// tagLen returns the length of the tag at s.pos including '<' and '>',
// reading more input as needed. A '>' inside a quoted attribute value
// does not end the tag.
func (s *scanner) tagLen() (int, error) {
	if n, ok := s.quickTagLen(); ok {
		return n, nil
	}
	return s.slowTagLen()
}

// quickTagLen finds the end of a typical tag with vectorised searches:
// when the text up to the first '>' holds no single quote and an even
// number of double quotes, that '>' is outside any attribute value.
func (s *scanner) quickTagLen() (int, bool) {
	seg := s.buf[s.pos:s.end]
	j := bytes.IndexByte(seg, '>')
	if j < 0 {
		return 0, false
	}
	seg = seg[:j]
	if bytes.IndexByte(seg[1:], '<') >= 0 || bytes.IndexByte(seg, '\'') >= 0 || bytes.Count(seg, []byte{'"'})%2 != 0 {
		return 0, false
	}
	return j + 1, true
}

// slowTagLen is tagLen byte by byte, reading more input as needed.
func (s *scanner) slowTagLen() (int, error) {
	var quote byte
	for j := 1; ; j++ {
		if s.pos+j >= s.end {
			if j > maxTag {
				return 0, errTagTooLong
			}
			if !s.fill() {
				return 0, fmt.Errorf("unterminated tag: %w", io.ErrUnexpectedEOF)
			}
		}
		switch c := s.buf[s.pos+j]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return j + 1, nil
		case c == '<':
			return 0, errors.New("'<' inside a tag")
		}
	}
}

// readText appends the character data at s.pos to s.text, decoding
// references and CDATA sections, skipping comments and processing
// instructions, and normalising line ends as XML requires. It stops at
// the next tag, leaving s.pos on its '<'.
func (s *scanner) readText() error {
	for {
		i := bytes.IndexByte(s.buf[s.pos:s.end], '<')
		if i < 0 {
			if err := s.decodeChunk(s.end, s.eof); err != nil {
				return err
			}
			if !s.fill() {
				if s.pos < s.end { // a dangling '&' or '\r' at the very end
					return s.decodeChunk(s.end, true)
				}
				return s.readErr
			}
			continue
		}
		if err := s.decodeChunk(s.pos+i, true); err != nil {
			return err
		}
		done, err := s.textMarkup()
		if err != nil || done {
			return err
		}
	}
}

// textMarkup handles markup met inside character data: a CDATA section
// is appended verbatim, comments and processing instructions are skipped.
// It reports true when the markup is a tag, which ends the text.
func (s *scanner) textMarkup() (bool, error) {
	s.ensure(9)
	rest := s.buf[s.pos:s.end]
	switch {
	case bytes.HasPrefix(rest, []byte("<![CDATA[")):
		s.pos += 9
		return false, s.readCDATA()
	case bytes.HasPrefix(rest, []byte("<!--")):
		s.pos += 4
		return false, s.skipPast("-->")
	case bytes.HasPrefix(rest, []byte("<?")):
		return false, s.skipPast("?>")
	}
	return true, nil
}

// readCDATA appends the body of a CDATA section to s.text.
func (s *scanner) readCDATA() error {
	for {
		if i := bytes.Index(s.buf[s.pos:s.end], []byte("]]>")); i >= 0 {
			s.text = appendNormalized(s.text, s.buf[s.pos:s.pos+i])
			s.pos += i + 3
			return s.checkTextLen()
		}
		keep := s.end - 2 // keep a partial "]]"
		if keep > s.pos && s.buf[keep-1] == '\r' {
			keep-- // and a '\r' whose '\n' may follow
		}
		if keep > s.pos {
			s.text = appendNormalized(s.text, s.buf[s.pos:keep])
			s.pos = keep
		}
		if err := s.checkTextLen(); err != nil {
			return err
		}
		if !s.fill() {
			return fmt.Errorf("unterminated CDATA section: %w", io.ErrUnexpectedEOF)
		}
	}
}

func (s *scanner) checkTextLen() error {
	if len(s.text) > maxText {
		return errTextTooLong
	}
	return nil
}

// decodeChunk appends the character data s.buf[s.pos:stop] to s.text. If
// final is false, a reference or carriage return cut by the end of the
// buffer is left unread so that the next fill can complete it.
func (s *scanner) decodeChunk(stop int, final bool) error {
	chunk := s.buf[s.pos:stop]
	if bytes.IndexByte(chunk, '&') < 0 && bytes.IndexByte(chunk, '\r') < 0 {
		s.text = append(s.text, chunk...)
		s.pos = stop
		return s.checkTextLen()
	}
	var n int
	s.text, n = decodeText(s.text, chunk, final)
	s.pos += n
	return s.checkTextLen()
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

// localName strips a namespace prefix: "x:row" becomes "row".
func localName(b []byte) []byte {
	if i := bytes.LastIndexByte(b, ':'); i >= 0 {
		return b[i+1:]
	}
	return b
}

// nextAttr returns the attribute starting at or after b[i] and the index
// just past it. Names are local (prefix stripped); values are raw, not
// entity-decoded. ok is false when no further well-formed attribute exists.
func nextAttr(b []byte, i int) (name, val []byte, next int, ok bool) {
	for i < len(b) && isSpace(b[i]) {
		i++
	}
	eq := bytes.IndexByte(b[i:], '=')
	if eq < 0 {
		return nil, nil, len(b), false
	}
	k := i + eq
	for k > i && isSpace(b[k-1]) {
		k--
	}
	name = localName(b[i:k])
	j := i + eq + 1
	for j < len(b) && isSpace(b[j]) {
		j++
	}
	if j >= len(b) || (b[j] != '"' && b[j] != '\'') {
		return nil, nil, len(b), false
	}
	end := bytes.IndexByte(b[j+1:], b[j])
	if end < 0 {
		return nil, nil, len(b), false
	}
	return name, b[j+1 : j+1+end], j + end + 2, true
}

// Layouts of the cell bodies nearly every writer emits, with the text in
// between. quickCellText matches them without tokenizing.
var quickLayouts = [...]struct{ open, close []byte }{
	{[]byte("<v>"), []byte("</v></c>")},
	{[]byte("<is><t>"), []byte("</t></is></c>")},
	{[]byte(`<is><t xml:space="preserve">`), []byte("</t></is></c>")},
}

// quickCellText is the fast path for a cell body that follows one of
// quickLayouts with plain text (no references, no carriage returns)
// wholly inside the buffer. It then consumes the body through </c> and
// returns the text, a slice of the buffer valid until the next call; else
// it consumes nothing and reports false, and the caller tokenizes.
// Inline string layouts are tried only for inline string cells.
func (s *scanner) quickCellText(inline bool) ([]byte, bool) {
	rest := s.buf[s.pos:s.end]
	layouts := quickLayouts[:1]
	if inline {
		layouts = quickLayouts[:]
	}
	for _, l := range layouts {
		if !bytes.HasPrefix(rest, l.open) {
			continue
		}
		body := rest[len(l.open):]
		i := bytes.IndexByte(body, '<')
		if i < 0 || !bytes.HasPrefix(body[i:], l.close) {
			return nil, false
		}
		text := body[:i]
		if bytes.IndexByte(text, '&') >= 0 || bytes.IndexByte(text, '\r') >= 0 {
			return nil, false
		}
		s.pos += len(l.open) + i + len(l.close)
		return text, true
	}
	return nil, false
}
