package source

import (
	"fmt"
	"strings"
	"unicode"
)

// SplitHeader splits one header line into column names, honouring the
// dialect's delimiter and quote (defaults "," and `"`). Names are trimmed
// and lose a leading byte order mark; they are not otherwise normalised.
func SplitHeader(line string, d Dialect) []string {
	fields, _, _ := scanRecord(line, 0, d.DelimiterByte(), d.QuoteByte(), nil)
	for i, f := range fields {
		fields[i] = strings.TrimSpace(strings.TrimPrefix(f, "\ufeff"))
	}
	return fields
}

// ReadHeader decodes the head of a file with d.Encoding and returns the
// column names on line d.HeaderRow (1 when 0). A quoted name may span lines.
func ReadHeader(head []byte, d Dialect) ([]string, error) {
	text, err := DecodeHead(head, d.Encoding)
	if err != nil {
		return nil, err
	}
	text = strings.TrimPrefix(text, "\ufeff")
	row := max(d.HeaderRow, 1)
	for _, r := range splitRecords(text, d.DelimiterByte(), d.QuoteByte(), row) {
		if r.line == row {
			return SplitHeader(joinRecord(r, d), d), nil
		}
	}
	return nil, fmt.Errorf("%w: the file has no line %d", ErrNoHeader, row)
}

// joinRecord re-quotes a record so that SplitHeader reads back the same
// fields.
func joinRecord(r record, d Dialect) string {
	q := string(d.QuoteByte())
	parts := make([]string, len(r.fields))
	for i, f := range r.fields {
		parts[i] = q + strings.ReplaceAll(f, q, q+q) + q
	}
	return strings.Join(parts, string(d.DelimiterByte()))
}

// NormalizeHeader folds a column name for comparison: it drops a byte order
// mark, trims, lower-cases and collapses runs of white space (including
// no-break spaces) to one space. "  Call  Notes\u00a0" → "call notes".
func NormalizeHeader(s string) string {
	s = strings.TrimPrefix(s, "\ufeff")
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), unicode.IsSpace), " ")
}

// DelimiterByte returns the dialect's delimiter byte, "," when unset. A
// written-out "\t" (backslash, t) counts as a tab.
func (d Dialect) DelimiterByte() byte {
	switch d.Delimiter {
	case "":
		return ','
	case `\t`, "tab":
		return '\t'
	}
	return d.Delimiter[0]
}

// QuoteByte returns the dialect's quote byte, `"` when unset.
func (d Dialect) QuoteByte() byte {
	if d.Quote == "" {
		return '"'
	}
	return d.Quote[0]
}
