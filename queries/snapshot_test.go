package queries_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"whyno/queries"
)

// TestSnapshot runs every query on a snapshot of the fixture: the results must
// be the goldens, and new calls must show only after Release.
func TestSnapshot(t *testing.T) {
	ctx := context.Background()
	db := openFixture(t)
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = conn.Close() }) // in-memory
	if err := queries.Snapshot(ctx, conn); err != nil {
		t.Fatalf("snapshot: %v", err)
	}
	for _, q := range queries.All() {
		t.Run(q.Name, func(t *testing.T) {
			res, err := queries.Run(ctx, conn, q.Name, goldenParams[q.Name])
			if err != nil {
				t.Fatalf("run: %v", err)
			}
			compareGolden(t, filepath.Join("testdata", "golden", q.Name+".csv"), resultCSV(t, res))
		})
	}

	// a call added after the snapshot is not in it, until Release
	const add = `INSERT INTO call_rows (call_key, source_row, run_id, called_at)
		VALUES ('late', 2, 3, TIMESTAMP '2026-03-02 12:00')`
	if _, err := conn.ExecContext(ctx, add); err != nil {
		t.Fatal(err)
	}
	if got := marchDials(t, conn); got != 24.0 {
		t.Errorf("dials in March on the snapshot = %v, want 24", got)
	}
	if err := queries.Release(ctx, conn); err != nil {
		t.Fatalf("release: %v", err)
	}
	if got := marchDials(t, conn); got != 25.0 {
		t.Errorf("dials in March after Release = %v, want 25", got)
	}
}

// marchDials returns the headline's current dials for March 2026.
func marchDials(t *testing.T, conn *sql.Conn) float64 {
	t.Helper()
	res, err := queries.Run(context.Background(), conn, "headline", map[string]string{"from": "2026-03-01", "to": "2026-04-01"})
	if err != nil {
		t.Fatal(err)
	}
	dials, ok := res.Rows[0][3].(float64)
	if !ok {
		t.Fatalf("dials is %T, want float64", res.Rows[0][3])
	}
	return dials
}

// TestSnapshotReadOnly checks that a report can snapshot a warehouse it
// opened read-only: temporary tables live outside the file.
func TestSnapshotReadOnly(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "whyno.duckdb")
	db, err := sql.Open("duckdb", path)
	if err != nil {
		t.Fatal(err)
	}
	execFile(t, db, schemaFile)
	if _, err := db.ExecContext(ctx, queries.Views()); err != nil {
		t.Fatalf("create views: %v", err)
	}
	execFile(t, db, filepath.Join("testdata", "fixture.sql"))
	if err := db.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}

	ro, err := sql.Open("duckdb", path+"?access_mode=READ_ONLY")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ro.Close() }) // read-only: nothing to flush
	conn, err := ro.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = conn.Close() }) // read-only
	if err := queries.Snapshot(ctx, conn); err != nil {
		t.Fatalf("snapshot of a read-only warehouse: %v", err)
	}
	if got := marchDials(t, conn); got != 24.0 {
		t.Errorf("dials in March = %v, want 24", got)
	}
}
