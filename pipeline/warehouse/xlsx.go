package warehouse

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"strings"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/duckdb/duckdb-go/v2"

	"whyno/pipeline/source"
	"whyno/pipeline/source/xlsx"
)

// xlsxTable is one sheet of a workbook. Its cells arrive as raw text (dates
// as ISO text) and are appended to a temporary table that the same mapping
// SQL as for CSV reads.
type xlsxTable struct {
	base
	f         *xlsx.File
	headerRow int
}

// headerScan is how many rows at the top of a sheet may precede its header.
const headerScan = 20

func openXLSX(path string, opts IngestOptions) ([]table, func(), error) {
	f, err := xlsx.Open(path)
	if err != nil {
		return nil, func() {}, err // it names the file already: "open PATH: xlsx: ..."
	}
	cleanup := func() { f.Close() }
	sheets := f.Sheets()
	if opts.Sheet != "" {
		if !containsString(sheets, opts.Sheet) {
			cleanup()
			return nil, func() {}, fmt.Errorf("%s: no sheet %q (sheets: %s)", path, opts.Sheet, strings.Join(sheets, ", "))
		}
		sheets = []string{opts.Sheet}
	}
	var tables []table
	var misses []error
	for _, s := range sheets {
		t, err := openSheet(f, path, s, opts)
		if err != nil {
			misses = append(misses, err)
			continue
		}
		if t != nil {
			tables = append(tables, t)
		}
	}
	if len(tables) == 0 {
		cleanup()
		if len(misses) == 0 {
			return nil, func() {}, fmt.Errorf("%s: no sheet has a header row", path)
		}
		return nil, func() {}, errors.Join(misses...)
	}
	return tables, cleanup, nil
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// openSheet finds a sheet's header row and mapping; nil for an empty sheet.
func openSheet(f *xlsx.File, path, sheet string, opts IngestOptions) (*xlsxTable, error) {
	rows, err := f.Rows(sheet)
	if err != nil {
		return nil, fmt.Errorf("%s[%s]: %w", path, sheet, err)
	}
	defer rows.Close()
	for i := 0; i < headerScan && rows.Next(); i++ {
		cells := trimTrailing(rows.Row())
		if nonEmpty(cells) < 2 {
			continue
		}
		hdr := append([]string(nil), cells...)
		name := path + "[" + sheet + "]"
		m, err := chooseMapping(name, hdr, opts)
		if err != nil {
			return nil, err
		}
		d := source.Dialect{Decimal: ".", DateOrder: "dmy", HeaderRow: rows.RowNumber()}
		return &xlsxTable{base: base{path: path, sheetName: sheet, m: m, hdr: hdr, d: d}, f: f, headerRow: rows.RowNumber()}, nil
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s[%s]: %w", path, sheet, err)
	}
	return nil, nil
}

func trimTrailing(cells []string) []string {
	n := len(cells)
	for n > 0 && strings.TrimSpace(cells[n-1]) == "" {
		n--
	}
	return cells[:n]
}

func nonEmpty(cells []string) int {
	n := 0
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			n++
		}
	}
	return n
}

func (t *xlsxTable) stage(ctx context.Context, conn *sql.Conn, c *compiled) error {
	n := len(t.hdr)
	fields := []arrow.Field{{Name: "_row", Type: arrow.PrimitiveTypes.Int64}}
	for i := 0; i < n; i++ {
		fields = append(fields, arrow.Field{Name: fmt.Sprintf("c%d", i), Type: arrow.BinaryTypes.String, Nullable: true})
	}
	for i := 0; i < overflowCols; i++ {
		fields = append(fields, arrow.Field{Name: fmt.Sprintf("x%d", i), Type: arrow.BinaryTypes.String, Nullable: true})
	}
	schema := arrow.NewSchema(fields, nil)
	cols := make([]string, len(fields))
	for i, f := range fields {
		cols[i] = f.Name + " " + map[bool]string{true: "BIGINT", false: "VARCHAR"}[i == 0]
	}
	if _, err := conn.ExecContext(ctx, "CREATE OR REPLACE TEMP TABLE whyno_xraw ("+strings.Join(cols, ", ")+")"); err != nil {
		return err
	}
	err := conn.Raw(func(dc any) error {
		a, err := duckdb.NewArrowFromConn(dc.(driver.Conn))
		if err != nil {
			return err
		}
		return t.loadRaw(ctx, a, dc.(driver.ExecerContext), schema, n)
	})
	if err != nil {
		return fmt.Errorf("read: %w", err)
	}
	src := c.bind(t.m.Name)
	if _, err := conn.ExecContext(ctx, stageSQL("whyno_xraw", src, n, c), c.args...); err != nil {
		return err
	}
	_, err = conn.ExecContext(ctx, "DROP TABLE temp.whyno_xraw")
	return err
}

// xlsxBatch is how many sheet rows go to DuckDB per Arrow batch.
const xlsxBatch = 1 << 15

// loadRaw streams the rows below the header into whyno_xraw, in Arrow
// batches (far cheaper than appending value by value). Cells past the
// header's width go to the overflow columns, so such rows are rejected
// rather than cut; blank rows are layout, not data, and are skipped.
func (t *xlsxTable) loadRaw(ctx context.Context, a *duckdb.Arrow, exec driver.ExecerContext, schema *arrow.Schema, n int) error {
	rows, err := t.f.Rows(t.sheetName)
	if err != nil {
		return err
	}
	defer rows.Close()
	b := array.NewRecordBuilder(memory.DefaultAllocator, schema)
	defer b.Release()
	flush := func() error {
		if b.Field(0).Len() == 0 {
			return nil
		}
		return appendBatch(ctx, a, exec, schema, b)
	}
	for rows.Next() {
		if rows.RowNumber() <= t.headerRow {
			continue
		}
		cells := trimTrailing(rows.Row())
		if nonEmpty(cells) == 0 {
			continue
		}
		b.Field(0).(*array.Int64Builder).Append(int64(rows.RowNumber()))
		for i := 0; i < n; i++ {
			v := ""
			if i < len(cells) {
				v = cells[i]
			}
			b.Field(1 + i).(*array.StringBuilder).Append(v)
		}
		for i := 0; i < overflowCols; i++ {
			sb := b.Field(1 + n + i).(*array.StringBuilder)
			if i == 0 && len(cells) > n {
				sb.Append(strings.Join(cells[n:], " | "))
			} else {
				sb.AppendNull()
			}
		}
		if b.Field(0).Len() == xlsxBatch {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	return flush()
}

// appendBatch inserts the builder's rows into whyno_xraw and resets it.
func appendBatch(ctx context.Context, a *duckdb.Arrow, exec driver.ExecerContext, schema *arrow.Schema, b *array.RecordBuilder) error {
	rec := b.NewRecordBatch()
	defer rec.Release()
	rr, err := array.NewRecordReader(schema, []arrow.RecordBatch{rec})
	if err != nil {
		return err
	}
	defer rr.Release()
	release, err := a.RegisterView(rr, "whyno_xbatch")
	if err != nil {
		return err
	}
	defer release()
	_, err = exec.ExecContext(ctx, "INSERT INTO whyno_xraw SELECT * FROM whyno_xbatch", nil)
	return err
}

// engineRejects: the XLSX reader fails whole files, never single rows.
func (t *xlsxTable) engineRejects(context.Context, *sql.Conn) ([]Reject, error) {
	return nil, nil
}

func (t *xlsxTable) sample(ctx context.Context, _ *sql.Conn, cols []int, n int) ([][]string, error) {
	rows, err := t.f.Rows(t.sheetName)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out [][]string
	for len(out) < n && rows.Next() {
		if rows.RowNumber() <= t.headerRow {
			continue
		}
		cells := rows.Row()
		vals := make([]string, len(cols))
		for i, c := range cols {
			if c < len(cells) {
				vals[i] = cells[c]
			}
		}
		out = append(out, vals)
	}
	return out, rows.Err()
}
