package classify

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// Example is one labelled call: the input and the labels it should get.
type Example struct {
	ID    string
	Line  int // line in the labelled file, for messages
	Input Input
	Want  Labels // Outcome, Reason, Ball, CallbackDate and Language
}

// RowError is a bad row of a labelled file.
type RowError struct {
	Line   int
	Column string
	Err    error
}

func (e *RowError) Error() string {
	return fmt.Sprintf("line %d: %s: %v", e.Line, e.Column, e.Err)
}

func (e *RowError) Unwrap() error { return e.Err }

// ErrNoColumn is returned when a labelled file lacks a required column.
var ErrNoColumn = errors.New("classify: labelled file lacks a required column")

// labelledColumns are required in a labelled file; id, called_at,
// disposition and language are optional, other columns are ignored.
var labelledColumns = []string{"note", "outcome", "reason", "ball", "callback_date"}

// Date layouts accepted in labelled files.
const (
	dayLayout    = "2006-01-02"
	minuteLayout = "2006-01-02 15:04"
)

// ReadLabelled reads a labelled CSV file with the header
// id,called_at,disposition,note,outcome,reason,ball,callback_date,language
// (any order, extra columns ignored). called_at is YYYY-MM-DD or
// YYYY-MM-DD HH:MM; callback_date is YYYY-MM-DD or empty. Bad rows are
// skipped and reported together as RowErrors joined in the error; the good
// rows are returned either way.
func ReadLabelled(r io.Reader) ([]Example, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("read labelled header: %w", err)
	}
	col := columnIndex(header)
	for _, c := range labelledColumns {
		if _, ok := col[c]; !ok {
			return nil, fmt.Errorf("%w: %s", ErrNoColumn, c)
		}
	}
	var out []Example
	var errs []error
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			errs = append(errs, fmt.Errorf("read labelled: %w", err))
			continue
		}
		ex, err := parseExample(rec, col, line)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, ex)
	}
	return out, errors.Join(errs...)
}

func columnIndex(header []string) map[string]int {
	col := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if _, dup := col[h]; !dup {
			col[h] = i
		}
	}
	return col
}

func field(rec []string, col map[string]int, name string) string {
	if i, ok := col[name]; ok && i < len(rec) {
		return strings.TrimSpace(rec[i])
	}
	return ""
}

func parseExample(rec []string, col map[string]int, line int) (Example, error) {
	get := func(name string) string { return field(rec, col, name) }
	ex := Example{ID: get("id"), Line: line}
	ex.Input = Input{Note: fieldRaw(rec, col, "note"), Disposition: get("disposition")}
	bad := func(column string, err error) (Example, error) {
		return Example{}, &RowError{Line: line, Column: column, Err: err}
	}
	var err error
	if ex.Input.CalledAt, err = parseCalledAt(get("called_at")); err != nil {
		return bad("called_at", err)
	}
	if s := get("callback_date"); s != "" {
		if ex.Want.CallbackDate, err = time.Parse(dayLayout, s); err != nil {
			return bad("callback_date", fmt.Errorf("want YYYY-MM-DD: %w", err))
		}
	}
	ex.Want.Outcome, ex.Want.Reason, ex.Want.Ball = get("outcome"), get("reason"), get("ball")
	ex.Want.Language = get("language")
	if !ex.Want.Valid() {
		return bad("outcome", fmt.Errorf("labels %q/%q/%q are not valid taxonomy labels (reason only with outcome no)",
			ex.Want.Outcome, ex.Want.Reason, ex.Want.Ball))
	}
	return ex, nil
}

// fieldRaw keeps the note as written (no trimming of inner text).
func fieldRaw(rec []string, col map[string]int, name string) string {
	if i, ok := col[name]; ok && i < len(rec) {
		return rec[i]
	}
	return ""
}

func parseCalledAt(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{minuteLayout, dayLayout, "2006-01-02 15:04:05", time.RFC3339} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q: want YYYY-MM-DD or YYYY-MM-DD HH:MM", s)
}

// Inputs returns the inputs of examples, in order, ready for ClassifyBatch.
func Inputs(examples []Example) []Input {
	in := make([]Input, len(examples))
	for i, ex := range examples {
		in[i] = ex.Input
	}
	return in
}
