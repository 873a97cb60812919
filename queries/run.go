package queries

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Querier runs a query; *sql.DB, *sql.Conn and *sql.Tx satisfy it.
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// Result is a query's output: its columns and its rows, each value as the
// driver returned it (int64, float64, string, time.Time, bool or nil, ...).
type Result struct {
	Columns []string
	Rows    [][]any
}

// paramTypes are the parameter types a header may declare.
var paramTypes = []string{"date", "float", "int", "text"}

// dateLayout is the only accepted spelling of a date parameter.
const dateLayout = "2006-01-02"

// Run binds params to the named query and runs it. Params are text, as
// given by --param k=v; each is converted to its declared type, and a missing
// one takes its default. Unknown names and missing required params are
// errors. Errors read "queries/NAME.sql: ...".
func Run(ctx context.Context, db Querier, name string, params map[string]string) (*Result, error) {
	q, err := Get(name)
	if err != nil {
		return nil, err
	}
	args, err := q.Args(params)
	if err != nil {
		return nil, err
	}
	rows, err := db.QueryContext(ctx, q.SQL, args...)
	if err != nil {
		return nil, fmt.Errorf("queries/%s.sql: %w", q.Name, err)
	}
	res, err := q.read(rows)
	if err != nil {
		return nil, fmt.Errorf("queries/%s.sql: %w", q.Name, err)
	}
	return res, nil
}

// Args converts text params to the query's named arguments (sql.Named),
// one per declared parameter, in header order.
func (q Query) Args(params map[string]string) ([]any, error) {
	if err := q.checkNames(params); err != nil {
		return nil, err
	}
	args := make([]any, 0, len(q.Params))
	for _, p := range q.Params {
		v, err := p.value(params)
		if err != nil {
			return nil, fmt.Errorf("queries/%s.sql: %w", q.Name, err)
		}
		args = append(args, sql.Named(p.Name, v))
	}
	return args, nil
}

// checkNames rejects params the query does not declare, first name first.
func (q Query) checkNames(params map[string]string) error {
	var unknown []string
	for k := range params {
		if !slices.ContainsFunc(q.Params, func(p Param) bool { return p.Name == k }) {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	slices.Sort(unknown)
	return fmt.Errorf("queries/%s.sql: unknown param %q (have %s)", q.Name, unknown[0], q.paramNames())
}

// paramNames lists the declared params for error messages.
func (q Query) paramNames() string {
	if len(q.Params) == 0 {
		return "none"
	}
	names := make([]string, len(q.Params))
	for i, p := range q.Params {
		names[i] = p.Name
	}
	return strings.Join(names, ", ")
}

// value returns the Go value to bind for p: the given text converted, else
// the default; nil binds SQL NULL.
func (p Param) value(params map[string]string) (any, error) {
	text, ok := params[p.Name]
	switch {
	case ok:
	case p.Required():
		return nil, fmt.Errorf("missing required param %s (%s)", p.Name, p.Type)
	case p.Default == nullDefault:
		return nil, nil
	default:
		text = p.Default
	}
	v, err := convert(p.Type, text)
	if err != nil {
		return nil, fmt.Errorf("param %s: %w", p.Name, err)
	}
	return v, nil
}

// convert parses text as a value of the parameter type typ.
func convert(typ, text string) (any, error) {
	switch typ {
	case "text":
		return text, nil
	case "int":
		n, err := strconv.ParseInt(text, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%q is not an integer", text)
		}
		return n, nil
	case "float":
		f, err := strconv.ParseFloat(text, 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, fmt.Errorf("%q is not a finite number", text)
		}
		return f, nil
	case "date":
		d, err := time.Parse(dateLayout, text)
		if err != nil {
			return nil, fmt.Errorf("%q is not a date (want YYYY-MM-DD)", text)
		}
		return d, nil
	}
	return nil, fmt.Errorf("unknown param type %q", typ)
}

// read drains rows into a Result and checks the columns against the header.
func (q Query) read(rows *sql.Rows) (*Result, error) {
	res, err := ReadRows(rows)
	if err != nil {
		return nil, err
	}
	if !slices.Equal(res.Columns, q.Columns) {
		return nil, fmt.Errorf("columns %v differ from the header's %v", res.Columns, q.Columns)
	}
	return res, nil
}

// ReadRows reads every row into a Result and closes rows; `whyno sql` uses
// it for ad-hoc SQL.
func ReadRows(rows *sql.Rows) (res *Result, err error) {
	defer func() {
		if cerr := rows.Close(); cerr != nil && err == nil {
			res, err = nil, fmt.Errorf("close rows: %w", cerr)
		}
	}()
	cols, err := rows.Columns()
	if err != nil {
		return nil, fmt.Errorf("read columns: %w", err)
	}
	res = &Result{Columns: cols}
	for rows.Next() {
		row := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range row {
			ptrs[i] = &row[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, fmt.Errorf("scan row %d: %w", len(res.Rows)+1, err)
		}
		res.Rows = append(res.Rows, row)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read rows: %w", err)
	}
	return res, nil
}
