package warehouse

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"slices"
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
		if !slices.Contains(sheets, opts.Sheet) {
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

// stage streams the sheet into DuckDB as Arrow batches, read lazily as
// DuckDB pulls them, straight into the stage's projection: no intermediate
// copy of the raw rows.
func (t *xlsxTable) stage(ctx context.Context, conn *sql.Conn, c *compiled) error {
	n := len(t.hdr)
	rows, err := t.f.Rows(t.sheetName)
	if err != nil {
		return fmt.Errorf("read: %w", err)
	}
	sr := newSheetReader(ctx, t, rows, n)
	defer sr.Release()
	src := c.bind(t.m.Name)
	err = conn.Raw(func(dc any) error {
		a, err := duckdb.NewArrowFromConn(dc.(driver.Conn))
		if err != nil {
			return err
		}
		return execOverArrow(ctx, a, dc.(driver.ExecerContext), sr, "whyno_xsheet", stageSQL(t.stageName(), "whyno_xsheet", src, t.hdr, c, true), namedArgs(c.args))
	})
	if err == nil {
		err = sr.Err()
	}
	if err != nil {
		return fmt.Errorf("read: %w", err)
	}
	return stageView(ctx, conn, t.stageName(), "")
}

// namedArgs converts positional arguments for a driver-level Exec.
func namedArgs(args []any) []driver.NamedValue {
	nv := make([]driver.NamedValue, len(args))
	for i, a := range args {
		nv[i] = driver.NamedValue{Ordinal: i + 1, Value: a}
	}
	return nv
}

// xlsxBatch is how many sheet rows go to DuckDB per Arrow batch.
const xlsxBatch = 1 << 15

// sheetReader is an arrow RecordReader over the data rows of a sheet: _row
// (the sheet row number), c0..c(n-1) and the overflow columns x0... Cells
// past the header's width go to x0, so such rows are rejected rather than
// cut; blank rows are layout, not data, and are skipped.
type sheetReader struct {
	ctx    context.Context
	t      *xlsxTable
	rows   *xlsx.Rows
	n      int
	schema *arrow.Schema
	b      *array.RecordBuilder
	rec    arrow.RecordBatch
	err    error
	refs   int64
}

func newSheetReader(ctx context.Context, t *xlsxTable, rows *xlsx.Rows, n int) *sheetReader {
	fields := []arrow.Field{{Name: "_row", Type: arrow.PrimitiveTypes.Int64}}
	for i := 0; i < n; i++ {
		fields = append(fields, arrow.Field{Name: fmt.Sprintf("c%d", i), Type: arrow.BinaryTypes.String, Nullable: true})
	}
	for i := 0; i < overflowCols; i++ {
		fields = append(fields, arrow.Field{Name: fmt.Sprintf("x%d", i), Type: arrow.BinaryTypes.String, Nullable: true})
	}
	schema := arrow.NewSchema(fields, nil)
	return &sheetReader{ctx: ctx, t: t, rows: rows, n: n, schema: schema,
		b: array.NewRecordBuilder(memory.DefaultAllocator, schema), refs: 1}
}

func (r *sheetReader) Retain()                        { r.refs++ }
func (r *sheetReader) Schema() *arrow.Schema          { return r.schema }
func (r *sheetReader) RecordBatch() arrow.RecordBatch { return r.rec }
func (r *sheetReader) Record() arrow.RecordBatch      { return r.rec }
func (r *sheetReader) Err() error                     { return r.err }

// Release frees the reader's memory and closes the sheet at the last reference.
func (r *sheetReader) Release() {
	if r.refs--; r.refs > 0 {
		return
	}
	if r.rec != nil {
		r.rec.Release()
		r.rec = nil
	}
	r.b.Release()
	r.rows.Close()
}

// Next builds the next batch of up to xlsxBatch rows.
func (r *sheetReader) Next() bool {
	if r.rec != nil {
		r.rec.Release()
		r.rec = nil
	}
	if r.err != nil {
		return false
	}
	if r.err = r.ctx.Err(); r.err != nil {
		return false
	}
	for r.b.Field(0).Len() < xlsxBatch && r.rows.Next() {
		r.appendRow()
	}
	if err := r.rows.Err(); err != nil {
		r.err = err
		return false
	}
	if r.b.Field(0).Len() == 0 {
		return false
	}
	r.rec = r.b.NewRecordBatch()
	return true
}

func (r *sheetReader) appendRow() {
	if r.rows.RowNumber() <= r.t.headerRow {
		return
	}
	cells := trimTrailing(r.rows.Row())
	if nonEmpty(cells) == 0 {
		return
	}
	r.b.Field(0).(*array.Int64Builder).Append(int64(r.rows.RowNumber()))
	for i := 0; i < r.n; i++ {
		v := ""
		if i < len(cells) {
			v = cells[i]
		}
		r.b.Field(1 + i).(*array.StringBuilder).Append(v)
	}
	for i := 0; i < overflowCols; i++ {
		sb := r.b.Field(1 + r.n + i).(*array.StringBuilder)
		if i == 0 && len(cells) > r.n {
			sb.Append(strings.Join(cells[r.n:], " | "))
		} else {
			sb.AppendNull()
		}
	}
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
