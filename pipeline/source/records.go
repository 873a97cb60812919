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
// stray quote inside an unquoted field is kept as text, like DuckDB's
// lenient reader does.
func splitRecords(text string, delim, quote byte, max int) []record {
	var recs []record
	line := 1
	for i := 0; i < len(text) && len(recs) < max; {
		fields, next, lines := scanRecord(text, i, delim, quote)
		recs = append(recs, record{line: line, fields: fields})
		line += lines
		i = next
	}
	return recs
}

// scanRecord reads one record of s starting at offset i. It returns the
// fields, the offset after the record's line end and the number of line
// ends consumed.
func scanRecord(s string, i int, delim, quote byte) (fields []string, next, lines int) {
	var f strings.Builder
	inQuotes, fieldStart := false, true
	for i < len(s) {
		c := s[i]
		if inQuotes {
			switch {
			case c == quote && i+1 < len(s) && s[i+1] == quote:
				f.WriteByte(quote)
				i += 2
				continue
			case c == quote:
				inQuotes = false
			case c == '\n':
				lines++
				f.WriteByte(c)
			default:
				f.WriteByte(c)
			}
			i++
			continue
		}
		switch {
		case c == quote && fieldStart && quote != 0:
			inQuotes, fieldStart = true, false
		case c == delim:
			fields = append(fields, f.String())
			f.Reset()
			fieldStart = true
		case c == '\n' || c == '\r':
			fields = append(fields, f.String())
			i++
			if c == '\r' && i < len(s) && s[i] == '\n' {
				i++
			}
			return fields, i, lines + 1
		default:
			f.WriteByte(c)
			fieldStart = false
		}
		i++
	}
	return append(fields, f.String()), i, lines
}
