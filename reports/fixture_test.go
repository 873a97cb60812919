package reports

import (
	"context"
	"database/sql"
	"os"
	"strconv"
	"testing"
	"time"

	_ "github.com/duckdb/duckdb-go/v2"

	"whyno/queries"
)

// fixtureCalls is the size of the test warehouse: large enough that most
// rates are not small samples, small enough to build in well under a second.
const fixtureCalls = 5000

// fixtureOptions is the report the tests render: March 2026, as of 1 April.
func fixtureOptions(lang string) Options {
	return Options{
		From: date(2026, 3, 1), To: date(2026, 4, 1),
		AsOf: date(2026, 4, 1), Lang: lang,
	}
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// openFixture returns an in-memory warehouse with n generated calls: the
// real schema and views, read from disk, and testdata/fixture.sql.
func openFixture(tb testing.TB, n int) *sql.DB {
	tb.Helper()
	db, err := sql.Open("duckdb", "")
	if err != nil {
		tb.Fatalf("open duckdb: %v", err)
	}
	tb.Cleanup(func() { db.Close() })
	schema, err := os.ReadFile("../pipeline/warehouse/schema.sql")
	if err != nil {
		tb.Fatalf("read schema: %v", err)
	}
	fixture, err := os.ReadFile("testdata/fixture.sql")
	if err != nil {
		tb.Fatalf("read fixture: %v", err)
	}
	ctx := context.Background()
	for name, stmt := range map[string]string{"schema": string(schema), "views": queries.Views()} {
		if _, err := db.ExecContext(ctx, stmt); err != nil {
			tb.Fatalf("apply %s: %v", name, err)
		}
	}
	// n is an int from the test itself, so formatting it into SQL is safe.
	gen := "SET VARIABLE n_calls = " + strconv.Itoa(n) + ";\n" + string(fixture)
	if _, err := db.ExecContext(ctx, gen); err != nil {
		tb.Fatalf("generate fixture: %v", err)
	}
	return db
}
