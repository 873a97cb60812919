package queries

import (
	"fmt"
	"slices"
	"strings"
)

// Param is one parameter of a query, as its header declares it.
type Param struct {
	Name    string // bound as $Name in the SQL
	Type    string // date, int, text or float
	Default string // "NULL" for no filter; "" when the parameter is required
	Doc     string
}

// Required reports whether the parameter has no default, so Run needs a value.
func (p Param) Required() bool { return p.Default == "" }

// nullDefault is the default that binds SQL NULL (usually: no filter).
const nullDefault = "NULL"

// HeaderError is a malformed header line of a query file.
type HeaderError struct {
	File string // e.g. "headline.sql"
	Line int    // 1-based
	Err  error
}

func (e *HeaderError) Error() string {
	return fmt.Sprintf("queries/%s:%d: %v", e.File, e.Line, e.Err)
}

func (e *HeaderError) Unwrap() error { return e.Err }

// parse reads the header of a query file. The header is the run of leading
// "-- key: value" lines with key name, purpose, param or columns; it ends at
// the first other line.
func parse(file, text string) (Query, error) {
	q := Query{SQL: text}
	lines := strings.Split(text, "\n")
	n := 0
	for ; n < len(lines); n++ {
		key, value, ok := headerLine(lines[n])
		if !ok {
			break
		}
		if err := q.set(key, value); err != nil {
			return Query{}, &HeaderError{File: file, Line: n + 1, Err: err}
		}
	}
	if err := q.complete(); err != nil {
		return Query{}, &HeaderError{File: file, Line: n + 1, Err: err}
	}
	return q, nil
}

// headerKeys are the keys a header line may have.
var headerKeys = []string{"name", "purpose", "param", "columns"}

// headerLine splits "-- key: value" for a known key.
func headerLine(line string) (key, value string, ok bool) {
	rest, ok := strings.CutPrefix(strings.TrimRight(line, " \t\r"), "-- ")
	if !ok {
		return "", "", false
	}
	key, value, ok = strings.Cut(rest, ":")
	for _, k := range headerKeys {
		if ok && key == k {
			return key, strings.TrimSpace(value), true
		}
	}
	return "", "", false
}

// set applies one header line.
func (q *Query) set(key, value string) error {
	if value == "" {
		return fmt.Errorf("empty %s", key)
	}
	switch key {
	case "name":
		return setOnce(&q.Name, key, value)
	case "purpose":
		return setOnce(&q.Purpose, key, value)
	case "columns":
		return q.setColumns(value)
	default: // param
		return q.addParam(value)
	}
}

// setOnce sets a single-valued header field, rejecting a repeat.
func setOnce(field *string, key, value string) error {
	if *field != "" {
		return fmt.Errorf("%s given twice", key)
	}
	*field = value
	return nil
}

// setColumns sets the comma-separated output columns.
func (q *Query) setColumns(value string) error {
	if q.Columns != nil {
		return fmt.Errorf("columns given twice")
	}
	for c := range strings.SplitSeq(value, ",") {
		c = strings.TrimSpace(c)
		if !isIdent(c) {
			return fmt.Errorf("bad column name %q", c)
		}
		q.Columns = append(q.Columns, c)
	}
	return nil
}

// addParam parses "NAME TYPE [= DEFAULT] DOC".
func (q *Query) addParam(value string) error {
	f := strings.Fields(value)
	if len(f) < 3 {
		return fmt.Errorf("param %q: want NAME TYPE [= DEFAULT] DOC", value)
	}
	p := Param{Name: f[0], Type: f[1]}
	doc := f[2:]
	if doc[0] == "=" {
		if len(doc) < 3 {
			return fmt.Errorf("param %s: want a default and a doc after =", p.Name)
		}
		p.Default, doc = doc[1], doc[2:]
	}
	p.Doc = strings.Join(doc, " ")
	if err := p.check(); err != nil {
		return err
	}
	for _, o := range q.Params {
		if o.Name == p.Name {
			return fmt.Errorf("param %s given twice", p.Name)
		}
	}
	q.Params = append(q.Params, p)
	return nil
}

// check validates a parameter's name, type and default.
func (p Param) check() error {
	if !isIdent(p.Name) {
		return fmt.Errorf("bad param name %q", p.Name)
	}
	if !slices.Contains(paramTypes, p.Type) {
		return fmt.Errorf("param %s: unknown type %q (want one of %s)", p.Name, p.Type, strings.Join(paramTypes, ", "))
	}
	if p.Default == "" || p.Default == nullDefault {
		return nil
	}
	if _, err := convert(p.Type, p.Default); err != nil {
		return fmt.Errorf("param %s: default: %w", p.Name, err)
	}
	return nil
}

// complete checks that the header had every required line.
func (q *Query) complete() error {
	switch {
	case q.Name == "":
		return fmt.Errorf("header has no name line")
	case !isIdent(q.Name):
		return fmt.Errorf("bad query name %q", q.Name)
	case q.Purpose == "":
		return fmt.Errorf("header has no purpose line")
	case q.Columns == nil:
		return fmt.Errorf("header has no columns line")
	}
	return nil
}

// isIdent reports whether s is a lower-case SQL identifier: [a-z_][a-z0-9_]*.
func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		letter := r == '_' || ('a' <= r && r <= 'z')
		if !letter && (i == 0 || r < '0' || r > '9') {
			return false
		}
	}
	return true
}
