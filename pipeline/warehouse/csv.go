package warehouse

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"whyno/pipeline/source"
)

// csvTable is a delimited text file, parsed by DuckDB's read_csv. Files not
// in UTF-8 are transcoded to a temporary UTF-8 copy first (DuckDB reads
// only UTF-8, UTF-16 and Latin-1, and cp1252 is not Latin-1).
type csvTable struct {
	base
	readPath string // the file DuckDB reads: path, a link to it, or its UTF-8 copy
	parallel bool
	lenient  bool                      // DuckDB's strict_mode off (see retry)
	lines    func() (lineCount, error) // the lines of readPath; nil: not known
	// openQuote: readPath ends inside a quoted field (known when it was
	// scanned: its lines did not add up, or it was read leniently)
	openQuote bool
	tempDir   string   // for copies (IngestOptions.TempDir)
	temps     []string // copies and links made for DuckDB, removed by cleanup
}

// cleanup removes the copies and links made for DuckDB.
func (t *csvTable) cleanup() {
	for _, f := range t.temps {
		os.Remove(f)
	}
}

func openCSV(path string, opts IngestOptions) (*csvTable, func(), error) {
	noop := func() {}
	head, err := readHead(path, source.SniffSize)
	if err != nil {
		return nil, noop, err
	}
	d, err := source.Sniff(head)
	if err != nil {
		return nil, noop, fmt.Errorf("%s: %w (expected a CSV, TSV or ;-separated export with a header row, or an .xlsx workbook)", path, err)
	}
	if opts.Mapping != nil {
		d = applyOverrides(d, opts.Mapping.CSV)
	}
	hdr, err := source.ReadHeader(head, d)
	if err != nil {
		return nil, noop, fmt.Errorf("%s: %w", path, err)
	}
	m, err := chooseMapping(path, hdr, opts)
	if err != nil {
		return nil, noop, err
	}
	if opts.Mapping == nil {
		d = applyOverrides(d, m.CSV)
	}
	t := &csvTable{base: base{path: path, m: m, hdr: hdr, d: d}, readPath: path, parallel: true, lines: opts.lines, tempDir: opts.TempDir}
	if d.HeaderRow == 0 {
		t.d.HeaderRow = 1
	}
	if source.CanonicalEncoding(d.Encoding) == source.EncodingUTF8 {
		if !readsAsPattern(path) {
			return t, t.cleanup, nil
		}
		if link, err := linkFile(path, opts.TempDir); err == nil {
			t.readPath = link
			t.temps = append(t.temps, link)
			return t, t.cleanup, nil
		}
		// no links here: a copy, as for other encodings, gives the plain name
	}
	if err := t.copyAs(d.Encoding); err != nil {
		return nil, noop, err
	}
	return t, t.cleanup, nil
}

// copyAs makes DuckDB read a UTF-8 copy of the file, decoded from encoding.
func (t *csvTable) copyAs(encoding string) error {
	tmp, lc, err := transcode(t.path, encoding, t.tempDir)
	if err != nil {
		return err
	}
	t.temps = append(t.temps, tmp)
	t.readPath = tmp
	t.d.Encoding = encoding
	t.lines = func() (lineCount, error) { return lc, nil }
	return nil
}

// readsAsPattern reports whether DuckDB would take path for more than a
// file name: read_csv expands glob characters (a file called
// "Opkald [marts].csv" read "Opkald a.csv" and "Opkald m.csv"), a leading ~
// and URLs.
func readsAsPattern(path string) bool {
	return strings.ContainsAny(path, "*?[]{}~\\") || strings.Contains(path, "://")
}

// linkFile gives DuckDB a plain name for path: a symbolic link in dir (the
// system's temp dir when empty).
func linkFile(path, dir string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	f, err := os.CreateTemp(dir, "whyno-file-*.csv")
	if err != nil {
		return "", err
	}
	name := f.Name()
	f.Close()
	os.Remove(name)
	return name, os.Symlink(abs, name)
}

func readHead(path string, n int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	buf := make([]byte, n)
	k, err := io.ReadFull(f, buf)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return buf[:k], nil
}

// transcode writes a UTF-8 copy of path and returns its name and lines.
func transcode(path, encoding, dir string) (name string, lc lineCount, err error) {
	in, err := os.Open(path)
	if err != nil {
		return "", lc, fmt.Errorf("read %s: %w", path, err)
	}
	defer in.Close()
	r, err := source.NewUTF8Reader(in, encoding)
	if err != nil {
		return "", lc, fmt.Errorf("%s: %w", path, err)
	}
	out, err := os.CreateTemp(dir, "whyno-utf8-*.csv")
	if err != nil {
		return "", lc, err
	}
	defer func() {
		if cerr := out.Close(); err == nil && cerr != nil {
			err = cerr
		}
		if err != nil {
			os.Remove(out.Name())
		}
	}()
	if _, err := io.Copy(io.MultiWriter(out, &lc), r); err != nil {
		return "", lc, fmt.Errorf("transcode %s from %s: %w", path, encoding, err)
	}
	return out.Name(), lc, nil
}

// relation is the read_csv call with positional parameters starting at
// $first; it returns the SQL and the arguments.
func (t *csvTable) relation(first int) (string, []any) {
	return t.scan(first, false)
}

// scan is the bare read_csv call; without the row numbering window a LIMIT
// stops the scan early. A sample scan skips lines the reader cannot split
// instead of storing them as rejects (the stage's scan reports them).
func (t *csvTable) scan(first int, sample bool) (string, []any) {
	p := func(i int) string { return fmt.Sprintf("$%d", first+i) }
	rejects := "store_rejects = true, rejects_table = 'whyno_csv_rejects', rejects_scan = 'whyno_csv_scan'"
	if sample {
		rejects = "ignore_errors = true"
	}
	sql := fmt.Sprintf(`read_csv(%s, delim = %s, quote = %s, escape = %s,
		header = false, skip = %d, all_varchar = true, auto_detect = false, columns = %s,
		null_padding = true, nullstr = %s, parallel = %t, strict_mode = %t, %s)`,
		p(0), p(1), p(2), p(2), t.d.HeaderRow, columnsStruct(len(t.hdr)), p(3), t.parallel, !t.lenient, rejects)
	return sql, []any{t.readPath, string(t.d.DelimiterByte()), string(t.d.QuoteByte()), "\x01"}
}

// stage parses the file into the stage table. The projection runs in
// parallel: DuckDB keeps the rows in file order (an order-preserving
// CREATE TABLE AS), so a row's number is its rowid plus the header's line,
// corrected for lines the reader rejected. (row_number() OVER () in the scan
// would make the whole parse single-threaded.)
func (t *csvTable) stage(ctx context.Context, conn *sql.Conn, c *compiled) error {
	src := c.bind(t.m.Name)
	build := func() error {
		// a read again must not count the errors of the one before
		if _, err := conn.ExecContext(ctx, "DROP TABLE IF EXISTS whyno_csv_rejects; DROP TABLE IF EXISTS whyno_csv_scan"); err != nil {
			return err
		}
		rel, args := t.relation(len(c.args) + 1)
		_, err := conn.ExecContext(ctx, stageSQL(t.stageName(), rel, src, t.hdr, c, false), append(append([]any{}, c.args...), args...)...)
		return err
	}
	err := t.retry(build)
	if err == nil && !t.lenient {
		// DuckDB's strict parser can read nothing, and say nothing, from a
		// file whose lines end differently: a "sep=;" line ending in LF
		// before rows ending in CRLF gave 0 rows. Nothing read, nothing
		// rejected: read it again with strict mode off.
		var n int64
		err = conn.QueryRowContext(ctx, "SELECT (SELECT count(*) FROM "+t.stageName()+") + (SELECT count(*) FROM whyno_csv_rejects)").Scan(&n)
		if err == nil && n == 0 {
			t.lenient = true
			err = t.retry(build)
		}
	}
	if err == nil && source.CanonicalEncoding(t.d.Encoding) == source.EncodingUTF8 {
		// Rows of windows-1252 past the head the encoding was sniffed from
		// are not UTF-8: read the file again as both, rather than reject them.
		var bad int64
		err = conn.QueryRowContext(ctx, "SELECT count(*) FROM whyno_csv_rejects WHERE error_type = 'INVALID ENCODING'").Scan(&bad)
		if err == nil && bad > 0 {
			if err = t.copyAs(source.EncodingMixed); err == nil {
				err = t.retry(build)
			}
		}
	}
	if err != nil {
		return fmt.Errorf("read: %w", err)
	}
	return t.numberRows(ctx, conn)
}

// retry runs try, and again with a more forgiving reader each time DuckDB
// refuses the file as a whole: single-threaded when it cannot pad rows in
// parallel (quoted fields holding newlines), and with strict_mode off when
// its parser reaches an invalid state (rows ending in different line breaks,
// as when another tool appended rows, or a bare CR in a cell). Strict mode
// stays on otherwise: it is what rejects a row with an unterminated quote.
func (t *csvTable) retry(try func() error) error {
	err := try()
	for i := 0; i < 2 && err != nil; i++ {
		switch {
		case isParallelNewlines(err) && t.parallel:
			t.parallel = false
		case isParserState(err) && !t.lenient:
			t.lenient = true
		default:
			return err
		}
		err = try()
	}
	return err
}

// numberRows makes the stage view with each row's number: the header's line
// plus its position, and, after lines the reader did not return as rows
// (r_1 < r_2 < ...: lines it rejected, and empty lines, which it skips
// silently), plus #{j : r_j - j < p} for a row at p (computed with an ASOF
// join on the gaps' running count). Lines are counted as DuckDB counts
// them: a quoted field spanning lines is one line.
func (t *csvTable) numberRows(ctx context.Context, conn *sql.Conn) error {
	name := t.stageName()
	var first, rows, n int64
	if err := conn.QueryRowContext(ctx, "SELECT coalesce(min(rowid), 0), count(*) FROM "+name).Scan(&first, &rows); err != nil {
		return err
	}
	base := fmt.Sprintf("rowid - %d + %d", first, t.d.HeaderRow+1)
	if err := conn.QueryRowContext(ctx, "SELECT count(DISTINCT line) FROM whyno_csv_rejects").Scan(&n); err != nil {
		return err
	}
	skipped, err := t.scanLines(int64(t.d.HeaderRow) + rows + n)
	if err != nil {
		return err
	}
	blanks := skipped.Blank
	t.openQuote = skipped.OpenQuote
	if t.lenient && t.openQuote {
		// Read leniently, a quote never closed takes the rest of the file
		// into its row's last field without an error: reject that row.
		if _, err := conn.ExecContext(ctx, "UPDATE "+name+" SET _ragged = '"+openQuoteReason+"' WHERE rowid = (SELECT max(rowid) FROM "+name+")"); err != nil {
			return err
		}
	}
	if n == 0 && len(blanks) == 0 {
		return stageView(ctx, conn, name, base)
	}
	// Consecutive gaps share s: keep the last count, so the ASOF join has
	// one match (with ties it picked any, and numbered rows short).
	_, err = conn.ExecContext(ctx, `CREATE OR REPLACE TEMP TABLE whyno_gaps AS
			SELECT s, max(k) AS k FROM (
				SELECT line - row_number() OVER (ORDER BY line) AS s, row_number() OVER (ORDER BY line) AS k
				FROM (SELECT line FROM whyno_csv_rejects UNION SELECT unnest($1::BIGINT[]) AS line))
			GROUP BY s`, blanks)
	if err != nil {
		return err
	}
	_, err = conn.ExecContext(ctx, fmt.Sprintf(`
		CREATE OR REPLACE TEMP TABLE %[1]s_rows AS
			SELECT st.rid, st.p + coalesce(g.k, 0) AS _row
			FROM (SELECT rowid AS rid, %[2]s AS p FROM %[1]s) AS st
			ASOF LEFT JOIN whyno_gaps AS g ON st.p > g.s;
		DROP TABLE whyno_gaps;
		CREATE OR REPLACE TEMP VIEW %[1]s_v AS
			SELECT r._row, s.* FROM %[1]s AS s JOIN %[1]s_rows AS r ON r.rid = s.rowid`, name, base))
	return err
}

// scanLines finds the empty lines after the header, which DuckDB skips, and
// whether the file ends inside a quote. When the file has as many lines as
// DuckDB accounted for (header, rows, rejected lines) and was read strictly,
// there is nothing to find and it is not read again; else (empty lines,
// quoted fields spanning lines, a lenient read) it is scanned.
func (t *csvTable) scanLines(accounted int64) (source.LineScan, error) {
	var none source.LineScan
	if t.lines == nil {
		return none, nil
	}
	lc, err := t.lines()
	if err != nil {
		return none, err
	}
	if lc.lines() == accounted && !t.lenient {
		return none, nil
	}
	f, err := os.Open(t.readPath)
	if err != nil {
		return none, fmt.Errorf("read %s: %w", t.path, err)
	}
	defer f.Close()
	scan, err := source.ScanLines(f, t.d)
	if err != nil {
		return none, fmt.Errorf("read %s: %w", t.path, err)
	}
	blank := scan.Blank[:0]
	for _, l := range scan.Blank {
		if l > int64(t.d.HeaderRow) {
			blank = append(blank, l)
		}
	}
	scan.Blank = blank
	return scan, nil
}

// engineRejects returns the lines DuckDB's CSV reader could not split (an
// unterminated quote, far too many fields), from its rejects tables.
func (t *csvTable) engineRejects(ctx context.Context, conn *sql.Conn) ([]Reject, error) {
	// DuckDB may report several errors for one line (a far too wide row gets
	// one per extra field); a line is one reject, with its first error.
	rows, err := conn.QueryContext(ctx, `SELECT line, arg_min(error_type, coalesce(column_idx, 0)),
			left(arg_min(coalesce(csv_line, ''), coalesce(column_idx, 0)), 200), arg_min(error_message, coalesce(column_idx, 0))
		FROM whyno_csv_rejects GROUP BY line ORDER BY line`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Reject
	var lastKind string
	for rows.Next() {
		var line int64
		var value, msg string
		if err := rows.Scan(&line, &lastKind, &value, &msg); err != nil {
			return nil, err
		}
		reason := firstLine(msg)
		if lastKind == "TOO MANY COLUMNS" {
			reason = fmt.Sprintf("row has more fields than the header (%d)", len(t.hdr))
		}
		out = append(out, Reject{File: t.path, Row: line, Value: value, Reason: reason})
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	// DuckDB reads the rest of the file into a quote never closed: say so on
	// the last reject, or the rows after it vanish behind one reject.
	if last := len(out) - 1; last >= 0 && lastKind == "UNQUOTED VALUE" && t.openQuote && out[last].Row > t.lastRow(ctx, conn) {
		out[last].Reason = openQuoteReason
	}
	_, err = conn.ExecContext(ctx, "DROP TABLE IF EXISTS whyno_csv_rejects; DROP TABLE IF EXISTS whyno_csv_scan")
	return out, err
}

// openQuoteReason is the reject of a row whose quote is never closed.
const openQuoteReason = "a quote opened in this row is never closed: everything from here to the end of the file " +
	"was read as one field and none of it loaded; close the quote and import the file again"

// lastRow is the number of the last row read (0 when it cannot say): a
// quote left open after it ran to the end of the file.
func (t *csvTable) lastRow(ctx context.Context, conn *sql.Conn) int64 {
	var last int64
	if err := conn.QueryRowContext(ctx, "SELECT coalesce(max(_row), 0) FROM stage").Scan(&last); err != nil {
		return 0
	}
	return last
}

func firstLine(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return s[:i]
		}
	}
	return s
}

func (t *csvTable) sample(ctx context.Context, conn *sql.Conn, cols []int, n int) ([][]string, error) {
	sel := make([]string, len(cols))
	for i, c := range cols {
		sel[i] = fmt.Sprintf("coalesce(c%d, '')", c)
	}
	var rows *sql.Rows
	err := t.retry(func() (err error) {
		rel, args := t.scan(1, true)
		rows, err = conn.QueryContext(ctx, "SELECT "+strings.Join(sel, ", ")+" FROM "+rel+fmt.Sprintf(" LIMIT %d", n), args...)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	defer rows.Close()
	var out [][]string
	for rows.Next() {
		vals := make([]string, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		out = append(out, vals)
	}
	return out, rows.Err()
}
