package warehouse

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"whyno/pipeline/source"
)

// IngestOptions are the settings of one ingest run.
type IngestOptions struct {
	Source    string          // --source: force this preset
	Mapping   *source.Mapping // --mapping: use this mapping (wins over Source)
	Sheet     string          // --sheet: only this XLSX sheet
	TZ        string          // zone of local call times (--tz)
	DefaultCC string          // default country calling code for phones, "+45"
	TempDir   string          // for transcoded copies of non-UTF-8 files
	Label     LabelFunc       // classifies new calls; nil leaves them unlabelled
	Now       func() time.Time
	Trace     io.Writer // when set, each step's duration is written here

	// lines counts the file's lines (IngestFile sets it; it waits for the
	// hash, which reads the file while DuckDB parses it).
	lines func() (lineCount, error)
}

// Result is what one ingested file (or XLSX sheet) did.
type Result struct {
	RunID      int64
	File       string
	Sheet      string
	Source     string
	Read       int64 // data rows in the file
	Loaded     int64 // new calls
	Duplicates int64 // rows already in the warehouse (or twice in this file)
	Rejected   int64 // rows in rejects
	Rejects    []Reject
	// SameFileRun is an earlier run that read the very same file (sheet),
	// set when this one still loaded more new calls than that one rejected:
	// whyno then reads the file differently from when it was first imported
	// (a newer version's decoding), and the warehouse may hold those calls
	// twice.
	SameFileRun int64

	repeated bool // the table has identical rows (set while counting)
}

// Reject is one reason a row was not loaded.
type Reject struct {
	File   string
	Sheet  string
	Row    int64
	Column string
	Value  string
	Reason string
}

// String prints a reject as file:row: column "value": reason.
func (r Reject) String() string {
	loc := r.File
	if r.Sheet != "" {
		loc += "[" + r.Sheet + "]"
	}
	if r.Column == "" {
		return fmt.Sprintf("%s:%d: %s", loc, r.Row, r.Reason)
	}
	return fmt.Sprintf("%s:%d: column %q value %q: %s", loc, r.Row, r.Column, r.Value, r.Reason)
}

// maxRejectsShown caps the rejects a Result carries for display; all of
// them are in the rejects table.
const maxRejectsShown = 20

// IngestFile loads one file (every sheet with a header, for XLSX) in one
// transaction: either all its loadable rows and its rejects are stored, or
// nothing is. It returns one Result per table read.
func (w *Warehouse) IngestFile(ctx context.Context, path string, opts IngestOptions) ([]Result, error) {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.DefaultCC == "" {
		opts.DefaultCC = "+45"
	}
	// The file's hash and its line ends are counted while DuckDB parses it.
	type hashed struct {
		sum   string
		lines lineCount
		err   error
	}
	hc := make(chan hashed, 1)
	go func() {
		sum, lines, err := fileSHA256(path)
		hc <- hashed{sum, lines, err}
	}()
	var once sync.Once
	var h hashed
	hash := func() hashed { once.Do(func() { h = <-hc }); return h }
	opts.lines = func() (lineCount, error) { h := hash(); return h.lines, h.err }
	tables, cleanup, err := openTables(path, opts)
	if err != nil {
		return nil, err
	}
	defer cleanup()

	conn, err := w.db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	// Every table is parsed into its temporary stage first, outside the
	// file's transaction: a stage built inside it lives in transaction-local
	// storage, which DuckDB reads on one thread. Only the warehouse's own
	// tables are written in the transaction.
	started := opts.Now()
	staged := make([]*compiled, len(tables))
	for i, t := range tables {
		t.setSlot(i)
		defer dropStage(context.WithoutCancel(ctx), conn, t.stageName()) // best effort; temp data dies with the connection
		if staged[i], err = prepare(ctx, conn, t, opts); err != nil {
			return nil, fmt.Errorf("%s: %w", t.name(), err)
		}
	}
	if h := hash(); h.err != nil {
		return nil, h.err
	}
	sum := hash().sum
	if _, err := conn.ExecContext(ctx, "BEGIN TRANSACTION"); err != nil {
		return nil, err
	}
	var results []Result
	for i, t := range tables {
		r, err := w.loadTable(ctx, conn, t, staged[i], sum, started, opts)
		if err != nil {
			rollback(conn)
			return nil, fmt.Errorf("%s: %w", t.name(), err)
		}
		results = append(results, r)
	}
	if _, err := conn.ExecContext(ctx, "COMMIT"); err != nil {
		rollback(conn)
		return nil, fmt.Errorf("%s: commit: %w", path, err)
	}
	return results, nil
}

// prepare compiles a table's mapping and parses the table into its stage.
func prepare(ctx context.Context, conn *sql.Conn, t table, opts IngestOptions) (*compiled, error) {
	b, err := bind(t.mapping(), t.header())
	if err != nil {
		return nil, err
	}
	samples, err := dateSamples(ctx, conn, t, b)
	if err != nil {
		return nil, err
	}
	comp, err := compileMapping(t.mapping(), t.header(), b, compileOptions{
		tz: opts.TZ, defaultCC: opts.DefaultCC, dialect: t.dialect(), samples: samples,
	})
	if err != nil {
		return nil, err
	}
	step := stepTimer(opts.Trace, t.name())
	if err := t.stage(ctx, conn, comp); err != nil {
		return nil, err
	}
	step("read and parse")
	return comp, nil
}

func rollback(conn *sql.Conn) {
	// The transaction failed already; a rollback error adds nothing the
	// caller can act on.
	_, _ = conn.ExecContext(context.Background(), "ROLLBACK")
}

// fileSHA256 hashes a file and counts its line ends on the way.
func fileSHA256(path string) (string, lineCount, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", lineCount{}, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	h := sha256.New()
	var lc lineCount
	if _, err := io.Copy(io.MultiWriter(h, &lc), f); err != nil {
		return "", lineCount{}, fmt.Errorf("read %s: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), lc, nil
}

// lineCount counts the lines of what is written to it as DuckDB's CSV
// reader ends them: at LF, CRLF or a lone CR, and a last line without one.
type lineCount struct {
	ends int64
	last byte
	size int64
}

func (c *lineCount) Write(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	c.ends += int64(bytes.Count(p, []byte{'\n'}))
	if cr := bytes.Count(p, []byte{'\r'}); cr > 0 {
		c.ends += int64(cr - bytes.Count(p, []byte("\r\n"))) // CRs not ending a CRLF
	}
	if c.last == '\r' && p[0] == '\n' {
		c.ends-- // a CRLF cut between two writes: its CR was counted alone
	}
	c.last = p[len(p)-1]
	c.size += int64(len(p))
	return len(p), nil
}

// lines is the number of lines, the last counted whether or not it ends.
func (c lineCount) lines() int64 {
	if c.size > 0 && c.last != '\n' && c.last != '\r' {
		return c.ends + 1
	}
	return c.ends
}

// loadTable stages one table, rejects what it must, inserts new calls,
// labels them and records the run.
func (w *Warehouse) loadTable(ctx context.Context, conn *sql.Conn, t table, comp *compiled, sum string, started time.Time, opts IngestOptions) (Result, error) {
	res := Result{File: t.file(), Sheet: t.sheet(), Source: t.mapping().Name}
	if err := conn.QueryRowContext(ctx, "SELECT nextval('whyno_run_id')").Scan(&res.RunID); err != nil {
		return res, err
	}
	if err := useStage(ctx, conn, t.stageName()); err != nil {
		return res, err
	}
	step := stepTimer(opts.Trace, t.name())
	if err := w.rejectRows(ctx, conn, t, comp, &res); err != nil {
		return res, err
	}
	step("rejects")
	if err := w.insertCalls(ctx, conn, t, comp, opts, &res); err != nil {
		return res, err
	}
	step("keys and insert")
	if res.Loaded > 0 {
		// More new calls than the first import rejected: not just rows a
		// fixed mapping now reads.
		var prev sql.NullInt64
		if err := conn.QueryRowContext(ctx, `SELECT min(run_id) FROM ingest_runs
			WHERE sha256 = $1 AND sheet IS NOT DISTINCT FROM $2 AND rejected < $3`,
			sum, nullable(res.Sheet), res.Loaded).Scan(&prev); err != nil {
			return res, err
		}
		res.SameFileRun = prev.Int64
	}
	if opts.Label != nil {
		if err := labelRun(ctx, conn, res.RunID, opts.Label); err != nil {
			return res, fmt.Errorf("classify: %w", err)
		}
		step("classify")
	}
	_, err := conn.ExecContext(ctx, `INSERT INTO ingest_runs VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
		res.RunID, res.File, nullable(res.Sheet), res.Source, sum, res.Read, res.Loaded, res.Duplicates, res.Rejected,
		started, opts.Now(), opts.TZ)
	return res, err
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// bind resolves each mapped field to a header column or a constant, as
// source.Mapping.Resolve does for every reader of a mapping (required
// fields, a call time).
func bind(m *source.Mapping, header []string) (map[string]binding, error) {
	r, err := m.Resolve(header)
	if err != nil {
		return nil, err
	}
	out := make(map[string]binding, len(r.Fields))
	for _, s := range r.Fields {
		out[s.Name] = binding{field: s.Field, col: s.Index, timeCol: s.TimeIndex}
	}
	return out, nil
}

// dateSampleRows is how many rows are read ahead to see which date formats
// a file uses.
const dateSampleRows = 200

// dateSamples reads the first values of called_at (date and time joined as
// the stage joins them).
func dateSamples(ctx context.Context, conn *sql.Conn, t table, b map[string]binding) (map[string][]string, error) {
	bd, ok := b[source.FieldCalledAt]
	if !ok || bd.col < 0 {
		return nil, nil
	}
	cols := []int{bd.col}
	if bd.timeCol >= 0 {
		cols = append(cols, bd.timeCol)
	}
	rows, err := t.sample(ctx, conn, cols, dateSampleRows)
	if err != nil {
		return nil, err
	}
	var vals []string
	for _, r := range rows {
		if v := strings.TrimSpace(strings.Join(r, " ")); v != "" {
			vals = append(vals, v)
		}
	}
	return map[string][]string{source.FieldCalledAt: vals}, nil
}

// stepTimer returns a function that writes the time since its last call,
// labelled, to w; it does nothing when w is nil.
func stepTimer(w io.Writer, name string) func(step string) {
	if w == nil {
		return func(string) {}
	}
	last := time.Now()
	return func(step string) {
		now := time.Now()
		fmt.Fprintf(w, "%s: %s %s\n", name, step, now.Sub(last).Round(time.Millisecond))
		last = now
	}
}
