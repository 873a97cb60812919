package source

import (
	"bufio"
	"cmp"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// Call is one export row in canonical form: the Go twin of a row of the
// warehouse's calls table, for commands that read a file without a
// warehouse. Empty strings and zero numbers mean "not in the file".
type Call struct {
	Line        int       // 1-based line the row starts on
	RecordID    string    //
	CalledAt    time.Time // wall-clock time as written (in the mapping's Timezone); zero if absent
	Month       int       // 1–12, from called_at or the month field
	Weekday     int       // ISO 1 (Monday) – 7, from called_at or the weekday field
	Rep         string
	Team        string
	Company     string
	Contact     string
	Phone       string // normalised, see NormalizePhone
	Industry    string
	Size        string
	Direction   string // outbound, inbound or ""
	DurationS   int    // seconds; -1 when absent
	Attempt     int
	Disposition string
	Outcome     string // a taxonomy outcome or ""
	Subject     string
	Note        string
}

// A RowError is a row that could not be read, located in the file. The
// Reader reports it and goes on with the next row.
type RowError struct {
	Line   int    // 1-based line of the row
	Field  string // canonical field
	Column string // the file's column
	Value  string // the raw value
	Msg    string
}

func (e *RowError) Error() string {
	return fmt.Sprintf("line %d: column %q (%s): %s: %q", e.Line, e.Column, e.Field, e.Msg, e.Value)
}

// A Reader reads canonical calls from a delimited text export.
type Reader struct {
	csv     *csv.Reader
	res     Resolved
	d       Dialect
	offset  int // lines before the header
	formats []string
}

// NewReader decodes r with d (as Sniff and the mapping's csv block give
// it), skips the lines above the header, reads the header and resolves m
// against it.
func NewReader(r io.Reader, m *Mapping, d Dialect) (*Reader, error) {
	text, err := NewUTF8Reader(r, d.Encoding)
	if err != nil {
		return nil, err
	}
	br := bufio.NewReader(text)
	offset := max(d.HeaderRow, 1) - 1
	for i := range offset {
		if _, err := br.ReadString('\n'); err != nil {
			return nil, fmt.Errorf("%w: the file ends at line %d, before the header", ErrNoHeader, i+1)
		}
	}
	cr := csv.NewReader(br)
	cr.Comma = rune(d.DelimiterByte())
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("read header: %w", err)
	}
	for i, h := range header {
		header[i] = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
	}
	res, err := m.Resolve(header)
	if err != nil {
		return nil, err
	}
	rd := &Reader{csv: cr, res: res, d: d, offset: offset}
	if at, ok := res.Lookup(FieldCalledAt); ok {
		rd.formats = at.Field.Formats
	}
	if len(rd.formats) == 0 {
		rd.formats = DefaultDateFormats(d.DateOrder)
	}
	return rd, nil
}

// Resolved returns how the mapping was bound to the file's header.
func (r *Reader) Resolved() Resolved { return r.res }

// Read returns the next call. A row with an unreadable value yields a
// *RowError (the caller may go on reading); the end of the file io.EOF.
func (r *Reader) Read() (Call, error) {
	row, err := r.csv.Read()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			pe.StartLine += r.offset
			pe.Line += r.offset
		}
		return Call{}, err
	}
	line, _ := r.csv.FieldPos(0)
	c := Call{Line: line + r.offset, DurationS: -1}
	for _, s := range r.res.Fields {
		if err := r.set(&c, s, row); err != nil {
			return c, err
		}
	}
	return c, nil
}

// set fills one canonical field of c from the row.
func (r *Reader) set(c *Call, s Source, row []string) error {
	raw := s.Raw(row)
	v, ok := s.Map(raw)
	if !ok {
		return r.reject(c, s, raw, "value not in the mapping's values (strict)")
	}
	if v == "" {
		return nil
	}
	if text := textField(c, s.Name); text != nil {
		*text = v
		return nil
	}
	if !r.setParsed(c, s, v) {
		return r.reject(c, s, raw, "cannot read "+describe(s))
	}
	return nil
}

// setParsed fills a field that needs parsing; false when it does not parse.
func (r *Reader) setParsed(c *Call, s Source, v string) bool {
	ok := true
	switch s.Name {
	case FieldCalledAt:
		if c.CalledAt, ok = ParseTime(v, r.formats); ok {
			c.Month, c.Weekday = int(c.CalledAt.Month()), isoWeekday(c.CalledAt)
		}
	case FieldMonth:
		if c.Month == 0 {
			c.Month, ok = ParseMonth(v)
		}
	case FieldWeekday:
		if c.Weekday == 0 {
			c.Weekday, ok = ParseWeekday(v)
		}
	case FieldDuration:
		c.DurationS, ok = ParseDuration(v, s.Field.Unit)
	case FieldAttempt:
		n, err := strconv.Atoi(v)
		c.Attempt, ok = n, err == nil && n >= 0
	case FieldPhone:
		c.Phone = NormalizePhone(v, "")
	}
	return ok
}

// textField returns the Call field a text-valued canonical field fills, or
// nil for fields that need parsing.
func textField(c *Call, name string) *string {
	switch name {
	case FieldRecordID:
		return &c.RecordID
	case FieldRep:
		return &c.Rep
	case FieldTeam:
		return &c.Team
	case FieldCompany:
		return &c.Company
	case FieldContact:
		return &c.Contact
	case FieldIndustry:
		return &c.Industry
	case FieldSize:
		return &c.Size
	case FieldDirection:
		return &c.Direction
	case FieldDisposition:
		return &c.Disposition
	case FieldOutcome:
		return &c.Outcome
	case FieldSubject:
		return &c.Subject
	case FieldNote:
		return &c.Note
	}
	return nil
}

// reject builds the RowError for one value.
func (r *Reader) reject(c *Call, s Source, raw, msg string) error {
	col := s.Column
	if s.Index < 0 {
		col = "(constant)"
	}
	return &RowError{Line: c.Line, Field: s.Name, Column: col, Value: raw, Msg: msg}
}

// describe says what a field's value should look like.
func describe(s Source) string {
	switch s.Name {
	case FieldCalledAt:
		return "a date"
	case FieldDuration:
		return "a duration in " + cmp.Or(s.Field.Unit, UnitSeconds)
	case FieldAttempt:
		return "a whole number"
	}
	return s.Name
}

// isoWeekday numbers Monday 1 … Sunday 7.
func isoWeekday(t time.Time) int {
	if t.Weekday() == time.Sunday {
		return 7
	}
	return int(t.Weekday())
}
