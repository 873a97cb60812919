package queries_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"testing"

	_ "github.com/duckdb/duckdb-go/v2" // registers the "duckdb" driver

	"whyno/queries"
)

// schemaFile is the warehouse schema, read from the warehouse package so the
// tests run on the tables the warehouse really creates.
var schemaFile = filepath.Join("..", "pipeline", "warehouse", "schema.sql")

// openDB returns an in-memory DuckDB with the warehouse schema and the views.
func openDB(t testing.TB) *sql.DB {
	t.Helper()
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatalf("open duckdb: %v", err)
	}
	t.Cleanup(func() { _ = db.Close() }) // in-memory: nothing to lose on close
	execFile(t, db, schemaFile)
	if _, err := db.ExecContext(context.Background(), queries.Views()); err != nil {
		t.Fatalf("create views: %v", err)
	}
	return db
}

// openFixture returns openDB loaded with testdata/fixture.sql.
func openFixture(t testing.TB) *sql.DB {
	t.Helper()
	db := openDB(t)
	execFile(t, db, filepath.Join("testdata", "fixture.sql"))
	return db
}

// execFile runs every statement of a SQL file.
func execFile(t testing.TB, db *sql.DB, path string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	if _, err := db.ExecContext(context.Background(), string(b)); err != nil {
		t.Fatalf("run %s: %v", path, err)
	}
}
