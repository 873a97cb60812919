package reports

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	_ "github.com/duckdb/duckdb-go/v2"
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

// sharedFixture is the one fixture warehouse of the package's tests.
var sharedFixture struct {
	sync.Once
	db  *sql.DB
	err error
}

// openFixtureShared returns the shared fixture warehouse, built on first
// use and never closed (the test binary exits).
func openFixtureShared(tb testing.TB, n int) *sql.DB {
	tb.Helper()
	sharedFixture.Do(func() { sharedFixture.db, sharedFixture.err = newFixture(n) })
	if sharedFixture.err != nil {
		tb.Fatalf("fixture: %v", sharedFixture.err)
	}
	return sharedFixture.db
}

// openFixture returns an in-memory warehouse with n generated calls: the
// real schema and views, read from disk, and testdata/fixture.sql.
func openFixture(tb testing.TB, n int) *sql.DB {
	tb.Helper()
	db, err := newFixture(n)
	if err != nil {
		tb.Fatalf("fixture: %v", err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

func newFixture(n int) (*sql.DB, error) {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		return nil, fmt.Errorf("open duckdb: %w", err)
	}
	schema, err := os.ReadFile("../pipeline/warehouse/schema.sql")
	if err != nil {
		return nil, err
	}
	views, err := os.ReadFile("../queries/views.sql")
	if err != nil {
		return nil, err
	}
	fixture, err := os.ReadFile("testdata/fixture.sql")
	if err != nil {
		return nil, err
	}
	// n is an int from the test itself, so formatting it into SQL is safe.
	gen := "SET VARIABLE n_calls = " + strconv.Itoa(n) + ";\n" + string(fixture)
	for _, stmt := range []string{string(schema), string(views), gen} {
		if _, err := db.ExecContext(context.Background(), stmt); err != nil {
			db.Close()
			return nil, fmt.Errorf("build fixture: %w", err)
		}
	}
	return db, nil
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
