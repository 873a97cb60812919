package xlsx

import (
	"bytes"
	"fmt"
	"strconv"
	"unicode/utf8"
)

// maxSSTHint caps the capacity reserved from a shared strings part's
// uniqueCount, which a broken file may set to anything.
const maxSSTHint = 1 << 20

// sharedStrings returns the workbook's shared string table, reading it on
// first use.
func (f *File) sharedStrings() ([]string, error) {
	f.sstOnce.Do(func() {
		if f.sstPart == "" {
			return
		}
		f.sst, f.sstErr = f.readSharedStrings(f.sstPart)
	})
	return f.sst, f.sstErr
}

// readSharedStrings reads every <si> of the part into a slice.
func (f *File) readSharedStrings(part string) ([]string, error) {
	rc, err := f.openPart(part)
	if err != nil {
		return nil, err
	}
	defer rc.Close() // read-only
	s := newScanner(rc)
	var sst []string
	for {
		ok, err := s.nextTag()
		if err != nil {
			return nil, fmt.Errorf("part %s: string %d: %w", part, len(sst), err)
		}
		if !ok {
			return sst, nil
		}
		switch {
		case s.closing:
		case string(s.name) == "sst" && sst == nil:
			sst = make([]string, 0, countHint(s.attrs))
		case string(s.name) == "si":
			str, err := s.richText("si")
			if err != nil {
				return nil, fmt.Errorf("part %s: string %d: %w", part, len(sst), err)
			}
			sst = append(sst, str)
		}
	}
}

// countHint reads uniqueCount from the <sst> tag's attributes.
func countHint(attrs []byte) int {
	for i := 0; ; {
		name, val, next, ok := nextAttr(attrs, i)
		if !ok {
			return 0
		}
		if string(name) == "uniqueCount" {
			n, _ := strconv.Atoi(string(val)) // a bad hint just means no hint
			return max(0, min(n, maxSSTHint))
		}
		i = next
	}
}

// richText reads a string item (<si> or <is>) whose start tag was just
// read, up to its end tag named end, and returns its text: the <t> runs,
// plain or inside rich-text runs <r>, joined; phonetic runs <rPh> are
// left out, as Excel shows them only as ruby text.
func (s *scanner) richText(end string) (string, error) {
	b, err := s.richTextBytes(end)
	return string(b), err
}

// richTextBytes is richText returning s.text, valid until the next call.
func (s *scanner) richTextBytes(end string) ([]byte, error) {
	s.text = s.text[:0]
	if s.selfClose {
		return s.text, nil
	}
	if err := s.collectRuns(end); err != nil {
		return nil, err
	}
	s.text = unescapeXString(s.text)
	return s.text, nil
}

// collectRuns appends the text of every <t> outside <rPh> to s.text.
func (s *scanner) collectRuns(end string) error {
	inPhonetic := false
	for {
		ok, err := s.nextTag()
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("unterminated <%s>: unexpected end of part", end)
		}
		switch name := string(s.name); {
		case name == end && s.closing:
			return nil
		case name == "rPh" && !s.selfClose:
			inPhonetic = !s.closing
		case name == "t" && !s.closing && !s.selfClose && !inPhonetic:
			if err := s.readText(); err != nil {
				return err
			}
		}
	}
}

// unescapeXString decodes the _xHHHH_ escapes that OOXML uses in string
// values for characters XML cannot carry (ECMA-376 part 1, 22.9.2.19
// ST_Xstring): "_x000D_" is a carriage return, and "_x005F_" escapes a
// literal underscore before "x". It works in place: every escape is
// seven bytes and becomes at most four.
func unescapeXString(b []byte) []byte {
	i := bytes.Index(b, []byte("_x"))
	if i < 0 {
		return b
	}
	out := b[:i]
	for i < len(b) {
		if r, ok := xEscape(b[i:]); ok {
			out = utf8.AppendRune(out, r)
			i += 7
			continue
		}
		out = append(out, b[i])
		i++
	}
	return out
}

// xEscape decodes a leading "_xHHHH_".
func xEscape(b []byte) (rune, bool) {
	if len(b) < 7 || b[0] != '_' || b[1] != 'x' || b[6] != '_' {
		return 0, false
	}
	var r rune
	for _, c := range b[2:6] {
		d, ok := digitVal(c, 16)
		if !ok {
			return 0, false
		}
		r = r<<4 | d
	}
	return r, true
}
