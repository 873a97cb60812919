package source

import (
	"fmt"
	"slices"
	"strings"
)

// Resolved is a mapping bound to one file's header: for each mapped
// canonical field, the column (or constant) that feeds it.
type Resolved struct {
	Mapping *Mapping
	Header  []string
	Fields  []Source // mapped fields, in the order of Fields
}

// Source is where one canonical field's value comes from in a file.
type Source struct {
	Name       string // canonical field name
	Field      Field  // the mapping's definition
	Index      int    // header index of the column; -1 for a constant
	Column     string // the column's name as the file writes it
	TimeIndex  int    // header index of called_at's time column; -1 if none
	TimeColumn string
}

// Resolve binds the mapping to a header. Each field takes the first of its
// candidate columns present in the header (compared with NormalizeHeader),
// or its constant value. A field none of whose candidates is present is
// left unmapped, unless it is marked required. The file must give a time:
// called_at or month must resolve. Missing columns are reported together,
// wrapped in ErrMissingColumns, with the file's header.
func (m *Mapping) Resolve(header []string) (Resolved, error) {
	index := map[string]int{}
	for i, h := range header {
		if _, dup := index[NormalizeHeader(h)]; !dup {
			index[NormalizeHeader(h)] = i
		}
	}
	r := Resolved{Mapping: m, Header: header}
	var missing []string
	for _, name := range Fields {
		f, ok := m.Fields[name]
		if !ok {
			continue
		}
		s, found := bind(name, f, header, index)
		if found {
			r.Fields = append(r.Fields, s)
		} else if f.Required {
			missing = append(missing, describeMissing(name, f.Column))
		}
	}
	if !r.Has(FieldCalledAt) && !r.Has(FieldMonth) {
		missing = append(missing, describeMissing(FieldCalledAt, m.Fields[FieldCalledAt].Column)+
			" or "+describeMissing(FieldMonth, m.Fields[FieldMonth].Column))
	}
	if len(missing) > 0 {
		return r, fmt.Errorf("%w for mapping %q: %s; the file's header is %s",
			ErrMissingColumns, m.Name, strings.Join(missing, "; "), quoteList(header))
	}
	return r, nil
}

// bind finds the column (and time column) of one field.
func bind(name string, f Field, header []string, index map[string]int) (Source, bool) {
	s := Source{Name: name, Field: f, Index: -1, TimeIndex: -1}
	if f.Value != "" {
		return s, true
	}
	i, ok := firstPresent(f.Column, index)
	if !ok {
		return s, false
	}
	s.Index, s.Column = i, header[i]
	if t, ok := firstPresent(f.Time, index); ok {
		s.TimeIndex, s.TimeColumn = t, header[t]
	}
	return s, true
}

// firstPresent returns the header index of the first candidate present.
func firstPresent(candidates Columns, index map[string]int) (int, bool) {
	for _, c := range candidates {
		if i, ok := index[NormalizeHeader(c)]; ok {
			return i, true
		}
	}
	return -1, false
}

// describeMissing names a field and the columns it looked for.
func describeMissing(name string, cols Columns) string {
	if len(cols) == 0 {
		return name + " (not mapped)"
	}
	return fmt.Sprintf("%s (looked for %s)", name, quoteList(cols))
}

// quoteList writes names as "a", "b", "c".
func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(q, ", ")
}

// Has reports whether a canonical field is mapped.
func (r Resolved) Has(name string) bool {
	_, ok := r.Lookup(name)
	return ok
}

// Lookup returns the source of a canonical field.
func (r Resolved) Lookup(name string) (Source, bool) {
	i := slices.IndexFunc(r.Fields, func(s Source) bool { return s.Name == name })
	if i < 0 {
		return Source{}, false
	}
	return r.Fields[i], true
}

// Raw returns the field's raw text for one row: the constant, the cell, or
// for called_at with a time column "<date> <time>". Short rows give "".
func (s Source) Raw(row []string) string {
	if s.Index < 0 {
		return s.Field.Value
	}
	v := cell(row, s.Index)
	if s.TimeIndex >= 0 {
		if t := cell(row, s.TimeIndex); t != "" {
			v += " " + t
		}
	}
	return v
}

// cell returns row[i] trimmed, or "" when the row is short.
func cell(row []string, i int) string {
	if i < len(row) {
		return strings.TrimSpace(row[i])
	}
	return ""
}

// Map applies the field's Values to a raw value (matched case- and
// space-insensitively, see NormalizeHeader). An unmapped value is kept as
// it is, except that outcome and direction, whose values come from a fixed
// set, keep only a value that already is canonical ("Outbound" →
// "outbound") and otherwise become "" (unknown: the classifier decides).
// ok is false only when the field is strict and a non-empty value is not in
// Values: the row is to be rejected.
func (s Source) Map(raw string) (value string, ok bool) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return "", true
	}
	folded := NormalizeHeader(raw)
	for k, v := range s.Field.Values {
		if NormalizeHeader(k) == folded {
			return v, true
		}
	}
	if s.Field.Strict && len(s.Field.Values) > 0 {
		return "", false
	}
	if allowed, closed := closedValues[s.Name]; closed {
		if slices.Contains(allowed, folded) {
			return folded, true
		}
		return "", true
	}
	return raw, true
}
