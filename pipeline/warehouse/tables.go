package warehouse

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"whyno/pipeline/source"
)

// A table is one rectangle of an input file: a CSV file, or one XLSX
// sheet. stage materialises it as temp.stage: _row, _ragged, _line, _k1 and the
// compiled f_/r_ columns.
type table interface {
	name() string // file, or file[sheet], for messages
	file() string
	sheet() string
	mapping() *source.Mapping
	header() []string
	dialect() source.Dialect
	stage(ctx context.Context, conn *sql.Conn, c *compiled) error
	// sample returns the first n data rows' values of the given columns.
	sample(ctx context.Context, conn *sql.Conn, cols []int, n int) ([][]string, error)
	// engineRejects are rows the reader itself could not split into fields.
	engineRejects(ctx context.Context, conn *sql.Conn) ([]Reject, error)
	// stageName is the temp table this table is staged into; tables of one
	// file get distinct names (setSlot), as all are staged before the load.
	stageName() string
	setSlot(i int)
}

// base holds what every table kind shares.
type base struct {
	path, sheetName string
	m               *source.Mapping
	hdr             []string
	d               source.Dialect
	slot            int
}

func (b *base) stageName() string { return fmt.Sprintf("whyno_stage_%d", b.slot) }
func (b *base) setSlot(i int)     { b.slot = i }

func (b *base) name() string {
	if b.sheetName != "" {
		return b.path + "[" + b.sheetName + "]"
	}
	return b.path
}
func (b *base) file() string             { return b.path }
func (b *base) sheet() string            { return b.sheetName }
func (b *base) mapping() *source.Mapping { return b.m }
func (b *base) header() []string         { return b.hdr }
func (b *base) dialect() source.Dialect  { return b.d }

// overflowCols are the extra columns read past the header's width, so a
// row with a few fields too many is caught and rejected (not silently cut).
const overflowCols = 4

// stageSQL builds the CREATE TABLE of the temp table name over rel, a
// relation with columns c0..c(n-1) for the n header cells, x0..x(overflowCols-1)
// and, when withRow, _row. Besides the compiled columns it keeps _ragged (why
// a row has the wrong number of fields), _line (such a row's text), _k1, the
// md5 of the source and the row's raw text: the row's key before occurrences
// are numbered. Consumers read it through the view temp.stage (useStage).
func stageSQL(name, rel, src string, header []string, c *compiled, withRow bool) string {
	n := len(header)
	cols := make([]string, n)
	for i := range cols {
		cols[i] = fmt.Sprintf("c%d", i)
	}
	all := append([]string(nil), cols...)
	for i := 0; i < overflowCols; i++ {
		all = append(all, fmt.Sprintf("x%d", i))
	}
	inner := []string{
		// A row of only delimiters and spaces (";;;", as spreadsheets export
		// their empty rows) is blank, like an empty line: _ragged is '', and
		// it is neither loaded nor counted (rejectRows). Only rows whose first
		// field is empty pay for the test. Empty fields past the header's
		// width are no data: rows written with a delimiter at the end
		// ("a;b;c;") are not too wide.
		fmt.Sprintf("CASE WHEN (c0 IS NULL OR c0 = '' OR starts_with(c0, ' ')) THEN CASE WHEN trim(concat(%[1]s)) = '' THEN '' ELSE %[2]s END ELSE %[2]s END AS _ragged",
			strings.Join(all, ", "), ragged(all, header)),
		"CASE WHEN x0 IS NOT NULL OR c" + fmt.Sprint(n-1) + " IS NULL THEN concat_ws(' | ', " + strings.Join(all, ", ") + ") END AS _line",
		"md5(concat_ws(chr(31), " + src + ", " + strings.Join(cols, ", ") + ")) AS _k1",
	}
	outer := []string{"_ragged", "_line", "_k1"}
	if withRow {
		inner = append([]string{"_row"}, inner...)
		outer = append([]string{"_row"}, outer...)
	}
	inner = append(inner, c.selects...)
	outer = append(outer, c.outer...)
	if len(c.pre) > 0 {
		rel = "(SELECT *, " + strings.Join(c.pre, ", ") + " FROM " + rel + ")"
	}
	from := "(SELECT " + strings.Join(inner, ", ") + " FROM " + rel + ")"
	if len(c.replace) > 0 {
		from = "(SELECT * REPLACE (" + strings.Join(c.replace, ", ") + ") FROM " + from + ")"
	}
	return "CREATE OR REPLACE TEMP TABLE " + name + " AS SELECT " + strings.Join(outer, ", ") + " FROM " + from
}

// ragged is why a row under header (all: c0.., then the overflow x0..) has
// the wrong number of fields, NULL when it has the right one.
func ragged(all []string, header []string) string {
	n := len(header)
	// A header written with a delimiter at the end ("A;B;C;") has empty
	// names past its last column: rows without those fields are whole.
	named := n
	for named > 1 && strings.TrimSpace(header[named-1]) == "" {
		named--
	}
	// A row filling every overflow column may have more past them (a lenient
	// read drops those silently): too wide even when the ones seen are empty.
	return fmt.Sprintf("CASE WHEN x0 IS NOT NULL THEN CASE WHEN concat(%s) <> '' OR x%d IS NOT NULL THEN 'row has more fields than the header (%d)' END"+
		" WHEN c%d IS NULL THEN 'row has fewer fields than the header (%d)' END", strings.Join(all[n:], ", "), overflowCols-1, n, named-1, named)
}

// stageView makes NAME_v over the stage table NAME, with _row computed by
// rowExpr when the table has none.
func stageView(ctx context.Context, conn *sql.Conn, name, rowExpr string) error {
	q := "CREATE OR REPLACE TEMP VIEW " + name + "_v AS SELECT * FROM " + name
	if rowExpr != "" {
		q = "CREATE OR REPLACE TEMP VIEW " + name + "_v AS SELECT " + rowExpr + " AS _row, * FROM " + name
	}
	_, err := conn.ExecContext(ctx, q)
	return err
}

// useStage points temp.stage, what the rejects and the insert read, at a
// table's stage.
func useStage(ctx context.Context, conn *sql.Conn, name string) error {
	_, err := conn.ExecContext(ctx, "CREATE OR REPLACE TEMP VIEW stage AS SELECT * FROM "+name+"_v")
	return err
}

// dropStage removes a table's stage once the file is loaded (or failed).
func dropStage(ctx context.Context, conn *sql.Conn, name string) error {
	_, err := conn.ExecContext(ctx, "DROP VIEW IF EXISTS temp.stage; DROP VIEW IF EXISTS temp."+name+"_v; "+
		"DROP TABLE IF EXISTS temp."+name+"; DROP TABLE IF EXISTS temp."+name+"_rows")
	return err
}

// columnsStruct is read_csv's columns= argument: c0..c(n-1), x0.. as VARCHAR.
func columnsStruct(n int) string {
	parts := make([]string, 0, n+overflowCols)
	for i := 0; i < n; i++ {
		parts = append(parts, fmt.Sprintf("'c%d': 'VARCHAR'", i))
	}
	for i := 0; i < overflowCols; i++ {
		parts = append(parts, fmt.Sprintf("'x%d': 'VARCHAR'", i))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// openTables sniffs path and returns its tables with their mappings.
func openTables(path string, opts IngestOptions) ([]table, func(), error) {
	noop := func() {}
	fi, err := os.Stat(path)
	if err != nil {
		return nil, noop, fmt.Errorf("read %s: %w", path, err)
	}
	if fi.IsDir() {
		return nil, noop, fmt.Errorf("read %s: is a directory", path)
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx", ".xlsm":
		return openXLSX(path, opts)
	case ".xls":
		return nil, noop, fmt.Errorf("%s: legacy .xls is not read; save it as .xlsx or CSV", path)
	}
	// A workbook under another name (a download saved as .csv) is still a
	// workbook: a zip archive, which no text export is.
	if head, err := readHead(path, 4); err == nil && string(head) == "PK\x03\x04" {
		return openXLSX(path, opts)
	}
	t, cleanup, err := openCSV(path, opts)
	if err != nil {
		return nil, noop, err
	}
	return []table{t}, cleanup, nil
}

// chooseMapping picks the mapping for a header: --mapping, --source, or
// detection from the header row.
func chooseMapping(name string, header []string, opts IngestOptions) (*source.Mapping, error) {
	switch {
	case opts.Mapping != nil:
		return opts.Mapping, nil
	case opts.Source != "":
		return source.Preset(opts.Source)
	}
	m, err := source.DetectPreset(header)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return m, nil
}

// applyOverrides lets a mapping's csv: block win over the sniffer.
func applyOverrides(d source.Dialect, o source.Dialect) source.Dialect {
	if o.Encoding != "" {
		d.Encoding = o.Encoding
	}
	if o.Delimiter != "" {
		d.Delimiter = o.Delimiter
	}
	if o.Quote != "" {
		d.Quote = o.Quote
	}
	if o.Decimal != "" {
		d.Decimal = o.Decimal
	}
	if o.Thousands != "" {
		d.Thousands = o.Thousands
	}
	if o.DateOrder != "" {
		d.DateOrder = o.DateOrder
	}
	if o.HeaderRow > 0 {
		d.HeaderRow = o.HeaderRow
	}
	return d
}

// isParallelNewlines is DuckDB's refusal to pad rows in parallel when quoted
// fields hold newlines; the scan is retried single-threaded.
func isParallelNewlines(err error) bool {
	return err != nil && strings.Contains(err.Error(), "parallel=false")
}

// isParserState is DuckDB's error for a file its strict CSV parser cannot
// go on reading.
func isParserState(err error) bool {
	return err != nil && strings.Contains(err.Error(), "strict_mode=false")
}
