// Package warehouse owns whyno's DuckDB file: it opens it with safe
// settings, keeps the schema, loads files into the canonical calls (stored
// in call_rows, read through the view calls; one transaction per file, keyed
// so that re-imports add nothing twice),
// and records every run and every rejected row.
package warehouse

import (
	"context"
	"database/sql"
	_ "embed"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"

	"github.com/duckdb/duckdb-go/v2"
)

//go:embed schema.sql
var schemaSQL string

//go:embed macros.sql
var macrosSQL string

//go:embed migrate.sql
var migrateSQL string

// Warehouse is an open whyno warehouse.
type Warehouse struct {
	db   *sql.DB
	path string
}

// Options tune how the warehouse is opened.
type Options struct {
	// MemoryLimit caps DuckDB's buffer pool (e.g. "1GB"); DuckDB spills to
	// disk beyond it. Empty means DefaultMemoryLimit.
	MemoryLimit string
	// Threads caps DuckDB's worker threads; 0 means one per core.
	Threads int
	// ReadOnly opens the file without write access (reports, queries).
	ReadOnly bool
	// Views is SQL run after the schema (CREATE OR REPLACE VIEW ...), so the
	// analytics views are always current.
	Views string
}

// DefaultMemoryLimit keeps a 10M-row ingest under 1 GiB of resident memory
// (docs/benchmarks.md); DuckDB spills what does not fit to a temp directory.
const DefaultMemoryLimit = "450MB"

// ErrLocked means another whyno (or DuckDB client) holds the warehouse.
var ErrLocked = errors.New("warehouse: locked by another process")

// ErrDamaged means the warehouse file cannot be read back: truncated,
// overwritten or not a DuckDB file.
var ErrDamaged = errors.New("warehouse: the file is damaged")

// RebuildAdvice is what to do about a damaged warehouse.
const RebuildAdvice = "rebuild it: move the file away and ingest the exports again (whyno run ingests all configured inputs)"

// damagedMarkers are DuckDB's messages for a database file it cannot read:
// a file of another kind, one cut short, or a block that fails its checksum.
var damagedMarkers = []string{
	"not a valid DuckDB database", "Could not read enough bytes", "Corrupt", "corrupt", "truncated", "checksum",
}

// IsDamaged reports whether err says the warehouse file is damaged, at open
// or later, when a query reaches a block cut off by a truncation.
func IsDamaged(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, ErrDamaged) {
		return true
	}
	msg := err.Error()
	for _, m := range damagedMarkers {
		if strings.Contains(msg, m) {
			return true
		}
	}
	return false
}

// Open opens (creating if needed) the warehouse at path, applies the
// schema and returns it. Extensions are never downloaded.
func Open(ctx context.Context, path string, opts Options) (*Warehouse, error) {
	if opts.ReadOnly {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("warehouse %s: %w", path, err)
		}
	}
	connector, err := duckdb.NewConnector(dsn(path, opts), nil)
	if err != nil {
		return nil, openError(path, err)
	}
	db := sql.OpenDB(connector)
	w := &Warehouse{db: db, path: path}
	if err := w.init(ctx, opts); err != nil {
		db.Close()
		return nil, openError(path, err)
	}
	return w, nil
}

func dsn(path string, opts Options) string {
	q := url.Values{}
	q.Set("autoinstall_known_extensions", "false")
	q.Set("autoload_known_extensions", "true")
	if opts.MemoryLimit == "" {
		opts.MemoryLimit = DefaultMemoryLimit
	}
	q.Set("memory_limit", opts.MemoryLimit)
	if opts.Threads > 0 {
		q.Set("threads", fmt.Sprint(opts.Threads))
	}
	if opts.ReadOnly {
		q.Set("access_mode", "READ_ONLY")
	}
	return path + "?" + q.Encode()
}

func (w *Warehouse) init(ctx context.Context, opts Options) error {
	if opts.ReadOnly {
		return nil
	}
	if err := w.migrate(ctx); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	for _, part := range []struct{ name, sql string }{
		{"schema.sql", schemaSQL}, {"macros.sql", macrosSQL}, {"views", opts.Views},
	} {
		if strings.TrimSpace(part.sql) == "" {
			continue
		}
		if _, err := w.db.ExecContext(ctx, part.sql); err != nil {
			return fmt.Errorf("%s: %w", part.name, err)
		}
	}
	return nil
}

// migrate moves a warehouse written before call_rows (calls was a table)
// to call_rows and the calls view, in one transaction. It refuses, changing
// nothing, when a call's source, file, sheet or zone differ from its run's:
// those columns now come from the run, and the call's own would be lost. A
// run missing from ingest_runs is recreated from its calls (migrate.sql).
func (w *Warehouse) migrate(ctx context.Context) error {
	var old bool
	err := w.db.QueryRowContext(ctx, `SELECT count(*) > 0 FROM information_schema.tables
		WHERE table_catalog = current_database() AND table_schema = 'main'
		AND table_name = 'calls' AND table_type = 'BASE TABLE'`).Scan(&old)
	if err != nil || !old {
		return err
	}
	conn, err := w.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN TRANSACTION; ALTER TABLE calls RENAME TO calls_v1"); err != nil {
		rollback(conn)
		return err
	}
	for _, q := range []string{schemaSQL, migrateSQL} {
		if _, err = conn.ExecContext(ctx, q); err != nil {
			rollback(conn)
			return err
		}
	}
	var differ int64
	var runs string
	err = conn.QueryRowContext(ctx, `SELECT count(*), coalesce(string_agg(DISTINCT CAST(run_id AS VARCHAR), ', ' ORDER BY CAST(run_id AS VARCHAR)), '')
		FROM calls_v1 AS o JOIN ingest_runs AS r USING (run_id)
		WHERE o.source IS DISTINCT FROM r.source OR o.source_file IS DISTINCT FROM r.file
		OR o.source_sheet IS DISTINCT FROM r.sheet OR o.tz IS DISTINCT FROM r.tz`).Scan(&differ, &runs)
	if err == nil && differ > 0 {
		err = fmt.Errorf("%d calls of runs %s have a source, source_file, source_sheet or tz other than their "+
			"ingest_runs row (source, file, sheet) or the zone most calls of the run have; these are now kept once "+
			"per run. Make them agree with the DuckDB CLI (UPDATE calls SET ...), or ingest the files into a new "+
			"warehouse. The warehouse is left as it was", differ, runs)
	}
	if err == nil {
		_, err = conn.ExecContext(ctx, "DROP TABLE calls_v1; COMMIT")
	}
	if err != nil {
		rollback(conn)
	}
	return err
}

// openError turns DuckDB's open failures into messages a user can act on.
func openError(path string, err error) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "Could not set lock") || strings.Contains(msg, "Conflicting lock"):
		return fmt.Errorf("%w: %s%s (wait for the other run to finish)", ErrLocked, path, lockHolder(msg))
	case IsDamaged(err):
		return fmt.Errorf("%w: %s: %v", ErrDamaged, path, err)
	}
	return fmt.Errorf("open warehouse %s: %w", path, err)
}

// lockHolder is " (PID n)" from DuckDB's lock error, or "".
func lockHolder(msg string) string {
	i := strings.Index(msg, "(PID ")
	if i < 0 {
		return ""
	}
	j := strings.IndexByte(msg[i:], ')')
	if j < 0 {
		return ""
	}
	return " " + msg[i:i+j+1]
}

// DB returns the underlying database for queries and reports.
func (w *Warehouse) DB() *sql.DB { return w.db }

// Path returns the warehouse file's path.
func (w *Warehouse) Path() string { return w.path }

// Close checkpoints and closes the warehouse.
func (w *Warehouse) Close() error {
	return w.db.Close()
}

// LockDown disables DuckDB's access to other files for the rest of the
// session, so a query (a named one, or a report's) can only read the
// warehouse. It cannot be undone on an open warehouse.
func (w *Warehouse) LockDown(ctx context.Context) error {
	_, err := w.db.ExecContext(ctx, "SET enable_external_access = false")
	return err
}
