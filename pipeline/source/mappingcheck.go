package source

import (
	"slices"
	"strings"
)

// Outcomes are the taxonomy outcomes (TAXONOMY.md) an outcome field may
// map to.
var Outcomes = []string{"meeting", "interested", "no", "not_reached", "invalid"}

// Directions are the values of the direction field.
var Directions = []string{"outbound", "inbound"}

// closedValues lists the fields whose values come from a fixed set.
var closedValues = map[string][]string{
	FieldOutcome:   Outcomes,
	FieldDirection: Directions,
}

// mapping checks a decoded mapping.
func (c *checker) mapping(m *Mapping) {
	if strings.ContainsAny(m.Name, " \t\n/\\") {
		c.failAt(false, []any{"name"}, "name %q must not contain spaces or slashes", m.Name)
	}
	c.detect(m.Detect)
	c.dialect(m.CSV)
	if len(m.Fields) == 0 {
		c.failAt(true, []any{"fields"}, "no fields: map at least called_at (or month) and note")
	}
	names := make([]string, 0, len(m.Fields))
	for name := range m.Fields {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		f := m.Fields[name]
		f.Line = c.line("fields", name)
		m.Fields[name] = f
		if !slices.Contains(Fields, name) {
			c.failAt(true, []any{"fields", name}, "unknown field %q (want one of %s)", name, strings.Join(Fields, ", "))
			continue
		}
		c.field(name, f)
	}
}

// detect checks the detect block.
func (c *checker) detect(d Detect) {
	for i, s := range append(slices.Clone(d.Require), d.Any...) {
		if strings.TrimSpace(s) == "" {
			key, at := "require", i
			if i >= len(d.Require) {
				key, at = "any", i-len(d.Require)
			}
			c.failAt(false, []any{"detect", key, at}, "empty column name in detect.%s", key)
		}
	}
	if d.MinAny < 0 || d.MinAny > len(d.Any) {
		c.failAt(false, []any{"detect", "min_any"}, "min_any must be between 0 and the %d names of detect.any", len(d.Any))
	}
}

// dialect checks the csv block.
func (c *checker) dialect(d Dialect) {
	at := func(key string) []any { return []any{"csv", key} }
	if d.Encoding != "" && CanonicalEncoding(d.Encoding) == "" {
		c.failAt(false, at("encoding"), "unknown encoding %q (want utf-8, utf-16le, utf-16be, windows-1252 or iso-8859-1)", d.Encoding)
	}
	if d.Delimiter != "" && d.Delimiter != `\t` && d.Delimiter != "tab" && (len(d.Delimiter) != 1 || !fieldSeparator(d.Delimiter[0])) {
		c.failAt(false, at("delimiter"), "delimiter %q must be one ASCII character other than a letter, a digit or a line end", d.Delimiter)
	}
	if len(d.Quote) > 1 || (len(d.Quote) == 1 && !fieldSeparator(d.Quote[0])) {
		c.failAt(false, at("quote"), "quote %q must be one ASCII character other than a letter, a digit or a line end", d.Quote)
	}
	if d.Quote != "" && d.Quote == d.Delimiter {
		c.failAt(false, at("quote"), "quote and delimiter are both %q", d.Quote)
	}
	if !slices.Contains([]string{"", ".", ","}, d.Decimal) {
		c.failAt(false, at("decimal"), `decimal %q must be "." or ","`, d.Decimal)
	}
	if !slices.Contains([]string{"", ".", ",", " ", "'"}, d.Thousands) {
		c.failAt(false, at("thousands"), `thousands %q must be ".", ",", " " or "'"`, d.Thousands)
	}
	if d.Decimal != "" && d.Decimal == d.Thousands {
		c.failAt(false, at("thousands"), "thousands and decimal separators are both %q", d.Decimal)
	}
	if !slices.Contains([]string{"", OrderDMY, OrderMDY, OrderYMD}, d.DateOrder) {
		c.failAt(false, at("date_order"), "date_order %q must be dmy, mdy or ymd", d.DateOrder)
	}
	if d.HeaderRow < 0 {
		c.failAt(false, at("header_row"), "header_row must be 0 (sniff) or a line number")
	}
}

// fieldSeparator reports a byte that can delimit or quote fields: printable
// ASCII punctuation, space or tab (letters and digits are data, CR and LF
// end lines).
func fieldSeparator(b byte) bool {
	switch {
	case b == '\t' || b == ' ':
		return true
	case b < 0x21 || b > 0x7e:
		return false
	case b >= '0' && b <= '9', b >= 'a' && b <= 'z', b >= 'A' && b <= 'Z':
		return false
	}
	return true
}

// field checks one canonical field.
func (c *checker) field(name string, f Field) {
	at := func(keys ...any) []any { return append([]any{"fields", name}, keys...) }
	hasColumn := len(f.Column) > 0
	switch {
	case hasColumn && f.Value != "":
		c.failAt(true, at(), "field %q: column and value are exclusive", name)
	case !hasColumn && f.Value == "":
		c.failAt(true, at(), "field %q: needs a column or a value", name)
	}
	for i, col := range f.Column {
		if strings.TrimSpace(col) == "" {
			c.failAt(false, at("column", i), "field %q: empty column name", name)
		}
	}
	c.unit(name, f, at)
	c.formats(name, f, at)
	if len(f.Time) > 0 && name != FieldCalledAt {
		c.failAt(true, at("time"), "field %q: time applies only to called_at", name)
	}
	c.closed(name, f, at)
	c.duplicateValues(name, f, at)
	if f.Strict && len(f.Values) == 0 {
		c.failAt(true, at("strict"), "field %q: strict needs values to check against", name)
	}
}

// duplicateValues rejects Values keys that differ only in case or spacing,
// as matching ignores both.
func (c *checker) duplicateValues(name string, f Field, at func(...any) []any) {
	keys := make([]string, 0, len(f.Values))
	for k := range f.Values {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	seen := map[string]string{}
	for _, k := range keys {
		n := NormalizeHeader(k)
		if first, dup := seen[n]; dup {
			c.failAt(true, at("values", k), "field %q: values %q and %q differ only in case or spacing", name, first, k)
		}
		seen[n] = k
	}
}

// unit checks a duration unit.
func (c *checker) unit(name string, f Field, at func(...any) []any) {
	switch {
	case f.Unit == "":
	case name != FieldDuration:
		c.failAt(true, at("unit"), "field %q: unit applies only to %s", name, FieldDuration)
	case !slices.Contains(Units, f.Unit):
		c.failAt(false, at("unit"), "field %q: unknown unit %q (want %s)", name, f.Unit, strings.Join(Units, ", "))
	}
}

// formats checks date formats.
func (c *checker) formats(name string, f Field, at func(...any) []any) {
	if len(f.Formats) > 0 && name != FieldCalledAt {
		c.failAt(true, at("formats"), "field %q: formats apply only to %s", name, FieldCalledAt)
		return
	}
	for i, s := range f.Formats {
		if err := CheckFormat(s); err != nil {
			c.failAt(false, at("formats", i), "field %q: %v", name, err)
		}
	}
}

// closed checks that outcome and direction values are canonical.
func (c *checker) closed(name string, f Field, at func(...any) []any) {
	allowed, ok := closedValues[name]
	if !ok {
		return
	}
	want := strings.Join(allowed, ", ")
	if f.Value != "" && !slices.Contains(allowed, f.Value) {
		c.failAt(false, at("value"), "field %q: value %q is not one of %s", name, f.Value, want)
	}
	keys := make([]string, 0, len(f.Values))
	for k := range f.Values {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if v := f.Values[k]; !slices.Contains(allowed, v) {
			c.failAt(false, at("values", k), "field %q: %q maps to %q, not one of %s", name, k, v, want)
		}
	}
}
