package reports

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"time"

	"whyno/queries"
)

// table reads a query result by column name. The first problem (a missing
// column, a value of the wrong type) is kept in err and later reads return
// zero values, so converters stay short and check err once.
type table struct {
	name string
	res  *queries.Result
	cols map[string]int
	err  error
}

func newTable(name string, res *queries.Result) *table {
	t := &table{name: name, res: res, cols: make(map[string]int, len(res.Columns))}
	for i, c := range res.Columns {
		t.cols[c] = i
	}
	return t
}

// Len is the number of rows.
func (t *table) Len() int { return len(t.res.Rows) }

func (t *table) value(row int, col string) any {
	if t.err != nil {
		return nil
	}
	i, ok := t.cols[col]
	if !ok {
		t.err = fmt.Errorf("queries/%s.sql: no column %q", t.name, col)
		return nil
	}
	if i >= len(t.res.Rows[row]) {
		t.err = fmt.Errorf("queries/%s.sql: row %d has no column %q", t.name, row+1, col)
		return nil
	}
	return t.res.Rows[row][i]
}

func (t *table) fail(row int, col string, v any) {
	if t.err == nil {
		t.err = fmt.Errorf("queries/%s.sql: row %d column %q: unexpected value %v (%T)", t.name, row+1, col, v, v)
	}
}

// Int reads an integer column; NULL reads as 0.
func (t *table) Int(row int, col string) int64 {
	f, ok := t.Float(row, col)
	if !ok {
		return 0
	}
	return int64(math.Round(f))
}

// Float reads a numeric column; ok is false for NULL.
func (t *table) Float(row int, col string) (float64, bool) {
	v := t.value(row, col)
	f, ok, bad := toFloat(v)
	if bad {
		t.fail(row, col, v)
	}
	return f, ok
}

// toFloat converts what the driver returns for a number.
func toFloat(v any) (f float64, ok, bad bool) {
	switch x := v.(type) {
	case nil:
		return 0, false, false
	case int64:
		return float64(x), true, false
	case int32:
		return float64(x), true, false
	case int16:
		return float64(x), true, false
	case int8:
		return float64(x), true, false
	case int:
		return float64(x), true, false
	case uint64:
		return float64(x), true, false
	case uint32:
		return float64(x), true, false
	case uint16:
		return float64(x), true, false
	case uint8:
		return float64(x), true, false
	case float64:
		return x, !math.IsNaN(x), false
	case float32:
		return float64(x), true, false
	case *big.Int:
		f, _ := new(big.Float).SetInt(x).Float64()
		return f, true, false
	case interface{ Float64() float64 }: // duckdb.Decimal
		return x.Float64(), true, false
	case string:
		f, err := strconv.ParseFloat(x, 64)
		return f, err == nil, err != nil
	}
	return 0, false, true
}

// Str reads a text column; NULL reads as "".
func (t *table) Str(row int, col string) string {
	switch x := t.value(row, col).(type) {
	case nil:
		return ""
	case string:
		return x
	case []byte:
		return string(x)
	case fmt.Stringer:
		return x.String()
	default:
		return fmt.Sprint(x)
	}
}

// Time reads a DATE or TIMESTAMP column; NULL reads as the zero time.
func (t *table) Time(row int, col string) time.Time {
	v := t.value(row, col)
	switch x := v.(type) {
	case nil:
		return time.Time{}
	case time.Time:
		return x.UTC()
	case string:
		for _, layout := range []string{time.DateOnly, time.DateTime, time.RFC3339} {
			if tm, err := time.Parse(layout, x); err == nil {
				return tm
			}
		}
	}
	t.fail(row, col, v)
	return time.Time{}
}
