package warehouse

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
)

// beforeCallRows turns a warehouse back into the layout written before
// call_rows: calls a table with source, file, sheet and zone on every row,
// ingest_runs without tz.
const beforeCallRows = `
CREATE TABLE calls_v0 AS SELECT * FROM calls;
DROP VIEW calls;
DROP TABLE call_rows;
ALTER TABLE calls_v0 RENAME TO calls;
ALTER TABLE ingest_runs DROP COLUMN tz;`

// oldWarehouse ingests files into a new warehouse, turns it into the old
// layout and returns its path and the calls as the view showed them.
func oldWarehouse(t *testing.T, files ...string) (path, calls string) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "old.duckdb")
	w, err := Open(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ingest(t, w, testOptions(), files...)
	calls = dumpCSV(t, w.DB(), "SELECT * FROM calls ORDER BY call_key")
	if _, err := w.DB().Exec(beforeCallRows); err != nil {
		t.Fatal(err)
	}
	if got := dumpCSV(t, w.DB(), "SELECT * FROM calls ORDER BY call_key"); got != calls {
		t.Fatal("the old layout does not hold the same calls")
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return path, calls
}

// TestMigrateKeepsEveryCall: a warehouse from before call_rows opens with the
// same calls, column for column, and a re-import of its files adds nothing.
func TestMigrateKeepsEveryCall(t *testing.T) {
	files := []string{
		"../../testdata/sources/dynamics365/phonecalls.csv",
		"../../testdata/sources/generic/hjemmelavet.xlsx",
	}
	path, before := oldWarehouse(t, files...)
	w, err := Open(context.Background(), path, Options{})
	if err != nil {
		t.Fatalf("open the old warehouse: %v", err)
	}
	defer w.Close()
	if got := dumpCSV(t, w.DB(), "SELECT * FROM calls ORDER BY call_key"); got != before {
		t.Errorf("calls after the migration differ:\n%s\nwant\n%s", got, before)
	}
	if got := dumpCSV(t, w.DB(), "SELECT DISTINCT tz FROM ingest_runs"); got != "tz\nEurope/Copenhagen\n" {
		t.Errorf("ingest_runs.tz after the migration = %q", got)
	}
	if got := dumpCSV(t, w.DB(), "SELECT table_name, table_type FROM information_schema.tables WHERE table_name LIKE 'call%' ORDER BY 1"); got != "table_name,table_type\ncall_rows,BASE TABLE\ncalls,VIEW\n" {
		t.Errorf("tables after the migration:\n%s", got)
	}
	for _, r := range ingest(t, w, testOptions(), files...) {
		if r.Loaded != 0 {
			t.Errorf("%s: a re-import after the migration loaded %d calls", r.File, r.Loaded)
		}
	}
}

// editOld runs SQL on a warehouse file without Open's schema and migration.
func editOld(t *testing.T, path, q string) {
	t.Helper()
	raw, err := openRaw(path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if _, err := raw.Exec(q); err != nil {
		t.Fatal(err)
	}
}

// TestMigrateRecreatesMissingRuns: calls whose ingest_runs row was deleted
// by hand keep their source, file and zone through a run made from them.
func TestMigrateRecreatesMissingRuns(t *testing.T) {
	path, before := oldWarehouse(t, "../../testdata/sources/dynamics365/phonecalls.csv")
	editOld(t, path, "DELETE FROM ingest_runs")
	w, err := Open(context.Background(), path, Options{})
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	defer w.Close()
	if got := dumpCSV(t, w.DB(), "SELECT * FROM calls ORDER BY call_key"); got != before {
		t.Errorf("calls after the migration differ:\n%s\nwant\n%s", got, before)
	}
}

// TestMigrateRefusesDisagreeingCalls: a call whose source or zone differs
// from its run's would lose it; the migration refuses, counts those calls
// (a run's zone is the one most of its calls have) and leaves the file as
// it was.
func TestMigrateRefusesDisagreeingCalls(t *testing.T) {
	for _, edit := range []string{
		"UPDATE calls SET source = 'other' WHERE source_row = 2",
		"UPDATE calls SET tz = 'UTC' WHERE source_row = 2",
	} {
		path, _ := oldWarehouse(t, "../../testdata/sources/dynamics365/phonecalls.csv")
		editOld(t, path, edit)
		checkRefused(t, path)
	}
}

func checkRefused(t *testing.T, path string) {
	t.Helper()
	if w, err := Open(context.Background(), path, Options{}); err == nil {
		w.Close()
		t.Fatal("opened a warehouse whose calls disagree with their runs")
	} else if !strings.Contains(err.Error(), "1 calls of runs 1 have") || !strings.Contains(err.Error(), "left as it was") {
		t.Errorf("error = %v", err)
	}
	raw, err := openRaw(path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var kind string
	if err := raw.QueryRow("SELECT table_type FROM information_schema.tables WHERE table_name = 'calls'").Scan(&kind); err != nil || kind != "BASE TABLE" {
		t.Errorf("calls is %q (%v) after a refused migration, want the old table", kind, err)
	}
}

// openRaw opens a DuckDB file without Open's schema and migration.
func openRaw(path string) (*sql.DB, error) { return sql.Open("duckdb", path) }
