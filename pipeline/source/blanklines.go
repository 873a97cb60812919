package source

import (
	"io"
)

// BlankLines returns the line numbers of the empty lines of a delimited text
// read from r, counted as DuckDB's CSV reader counts them: one per record
// (a quoted field spanning lines is one line) and one per empty line. A
// line end is LF, CRLF or a lone CR; an empty line is a line end right after
// another, outside quotes. DuckDB skips such lines without a word, so the
// rows after them would otherwise be numbered short.
//
// Quotes open only at the start of a field, and a doubled quote inside
// quotes is one quote, as DuckDB reads them.
func BlankLines(r io.Reader, d Dialect) ([]int64, error) {
	ls, err := ScanLines(r, d)
	return ls.Blank, err
}

// LineScan is what ScanLines finds.
type LineScan struct {
	Blank     []int64 // the empty lines, as BlankLines counts them
	OpenQuote bool    // the text ends inside a quoted field: a quote never closed
}

// ScanLines reads a delimited text as BlankLines does, and also says
// whether it ends inside a quote.
func ScanLines(r io.Reader, d Dialect) (LineScan, error) {
	s := blankScanner{delim: d.DelimiterByte(), quote: d.QuoteByte(), line: 1, fieldStart: true, lineStart: true}
	buf := make([]byte, 1<<20)
	for {
		n, err := r.Read(buf)
		s.scan(buf[:n])
		if err == io.EOF {
			return LineScan{Blank: s.blanks, OpenQuote: s.inQuote && !s.quoteInQuote}, nil
		}
		if err != nil {
			return LineScan{}, err
		}
	}
}

// blankScanner is BlankLines' state between the chunks it is given.
type blankScanner struct {
	delim, quote          byte
	blanks                []int64
	line                  int64
	inQuote               bool
	fieldStart, lineStart bool
	afterCR               bool // the last byte was a CR: an LF next is the same line end
	quoteInQuote          bool // the last byte was a quote inside quotes: a second one is a doubled quote
}

func (s *blankScanner) scan(b []byte) {
	for i := 0; i < len(b); i++ {
		c := b[i]
		if s.afterCR {
			s.afterCR = false
			if c == '\n' {
				continue
			}
		}
		if s.quoteInQuote {
			s.quoteInQuote = false
			if c == s.quote {
				continue // a doubled quote: one quote, still inside
			}
			s.inQuote = false
		}
		if s.inQuote {
			// skip to the next quote
			j := i
			for j < len(b) && b[j] != s.quote {
				j++
			}
			if j == len(b) {
				return
			}
			i = j
			s.quoteInQuote = true
			continue
		}
		switch c {
		case '\r', '\n':
			if s.lineStart {
				s.blanks = append(s.blanks, s.line)
			}
			s.line++
			s.fieldStart, s.lineStart = true, true
			s.afterCR = c == '\r'
		case s.delim:
			s.fieldStart, s.lineStart = true, false
		case s.quote:
			s.inQuote = s.fieldStart
			s.fieldStart, s.lineStart = false, false
		default:
			s.fieldStart, s.lineStart = false, false
		}
	}
}
