package source

import "strings"

// record is one row of delimited text as the sniffer sees it.
type record struct {
	line   int      // 1-based line the record starts on
	fields []string // unquoted cell values, untrimmed
}

// blank reports a record that is an empty line.
func (r record) blank() bool {
	return len(r.fields) == 1 && strings.TrimSpace(r.fields[0]) == ""
}

// splitRecords splits text into at most max records. Quoted fields may hold
// delimiters and newlines; a doubled quote inside quotes is one quote. A
// stray quote inside an unquoted field, or text after a closing quote, is
// kept as text, as lenient CSV readers do.
func splitRecords(text string, delim, quote byte, max int) []record {
	var recs []record
	line := 1
	for i := 0; i < len(text) && len(recs) < max; {
		fields, next, lines := scanRecord(text, i, delim, quote, nil)
		recs = append(recs, record{line: line, fields: fields})
		line += lines
		i = next
	}
	return recs
}

// recordWidths returns the field count of at most max records, 0 for a
// blank line, without keeping the fields.
func recordWidths(text string, delim, quote byte, max int) []int {
	var widths []int
	var buf []string
	for i := 0; i < len(text) && len(widths) < max; {
		buf, i, _ = scanRecord(text, i, delim, quote, buf[:0])
		if r := (record{fields: buf}); r.blank() {
			widths = append(widths, 0)
		} else {
			widths = append(widths, len(buf))
		}
	}
	return widths
}

// scanRecord appends the fields of the record of s starting at offset i to
// fields. It returns them, the offset after the record's line end and the
// number of line ends consumed.
func scanRecord(s string, i int, delim, quote byte, fields []string) ([]string, int, int) {
	lines := 0
	for {
		var f string
		f, i, lines = scanField(s, i, delim, quote, lines)
		fields = append(fields, f)
		if i >= len(s) {
			return fields, i, lines
		}
		c := s[i]
		i++
		if c == delim {
			continue
		}
		if c == '\r' && i < len(s) && s[i] == '\n' {
			i++
		}
		return fields, i, lines + 1
	}
}

// scanField reads one field starting at offset i and returns it with the
// offset of the delimiter or line end that ends it, counting the newlines
// inside quotes into lines.
func scanField(s string, i int, delim, quote byte, lines int) (string, int, int) {
	if i >= len(s) || s[i] != quote || quote == 0 {
		end := fieldEnd(s, i, delim)
		return s[i:end], end, lines
	}
	j, escaped := i+1, false
	for ; j < len(s); j++ {
		if s[j] == quote {
			if j+1 < len(s) && s[j+1] == quote {
				escaped = true
				j++
				continue
			}
			break
		}
		if s[j] == '\n' {
			lines++
		}
	}
	f := s[i+1 : j]
	if escaped {
		q := string(quote)
		f = strings.ReplaceAll(f, q+q, q)
	}
	if j >= len(s) {
		return f, len(s), lines // unterminated quote: the rest of the text
	}
	end := fieldEnd(s, j+1, delim)
	return f + s[j+1:end], end, lines
}

// fieldEnd returns the offset of the first delimiter or line end at or
// after i.
func fieldEnd(s string, i int, delim byte) int {
	for ; i < len(s); i++ {
		if c := s[i]; c == delim || c == '\n' || c == '\r' {
			return i
		}
	}
	return i
}
