package warehouse

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"strings"

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
		return nil, func() {}, fmt.Errorf("%s: %w", path, err)
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
	cols := []string{"_row BIGINT"}
	for i := 0; i < n; i++ {
		cols = append(cols, fmt.Sprintf("c%d VARCHAR", i))
	}
	for i := 0; i < overflowCols; i++ {
		cols = append(cols, fmt.Sprintf("x%d VARCHAR", i))
	}
	if _, err := conn.ExecContext(ctx, "CREATE OR REPLACE TEMP TABLE whyno_xraw ("+strings.Join(cols, ", ")+")"); err != nil {
		return err
	}
	err := conn.Raw(func(dc any) error {
		app, err := duckdb.NewAppender(dc.(driver.Conn), "temp", "main", "whyno_xraw")
		if err != nil {
			return err
		}
		if err := t.appendRows(ctx, app, n); err != nil {
			app.Close()
			return err
		}
		return app.Close()
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

// appendRows streams the rows below the header into the appender. Cells
// past the header's width go to the overflow columns, so such rows are
// rejected rather than cut.
func (t *xlsxTable) appendRows(ctx context.Context, app *duckdb.Appender, n int) error {
	rows, err := t.f.Rows(t.sheetName)
	if err != nil {
		return err
	}
	defer rows.Close()
	vals := make([]driver.Value, 1+n+overflowCols)
	for k := 0; rows.Next(); k++ {
		if rows.RowNumber() <= t.headerRow {
			continue
		}
		if k%4096 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		cells := trimTrailing(rows.Row())
		if nonEmpty(cells) == 0 {
			continue // blank rows are layout, not data
		}
		vals[0] = int64(rows.RowNumber())
		for i := 0; i < n; i++ {
			vals[1+i] = ""
			if i < len(cells) {
				vals[1+i] = cells[i]
			}
		}
		for i := 0; i < overflowCols; i++ {
			vals[1+n+i] = nil
		}
		if len(cells) > n {
			vals[1+n] = strings.Join(cells[n:], " | ")
		}
		if err := app.AppendRow(vals...); err != nil {
			return err
		}
	}
	return rows.Err()
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
