package queries_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"whyno/queries"
)

// bankFiles are where the UCI bank-marketing file may be: beside the repo, or
// in the shared data folder.
var bankFiles = []string{
	filepath.Join("..", "..", "shared", "data", "bank-marketing", "bank-additional-full.csv"),
	"/work/shared/data/bank-marketing/bank-additional-full.csv",
}

// openBank loads the bank file into a fresh warehouse, or skips the test.
func openBank(t *testing.T) *sql.DB {
	t.Helper()
	path := ""
	for _, p := range bankFiles {
		if _, err := os.Stat(p); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		t.Skipf("bank-marketing file not found at %v", bankFiles)
	}
	db := openDB(t)
	ctx := context.Background()
	const read = `CREATE TEMP TABLE bank AS
		SELECT row_number() OVER () AS n, * FROM read_csv($path, delim = ';', header = true)`
	if _, err := db.ExecContext(ctx, read, sql.Named("path", path)); err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	execFile(t, db, filepath.Join("testdata", "bank_load.sql"))
	return db
}

// TestBankFile checks the seasonality queries against direct counts over
// the UCI bank-marketing file (41188 calls, no dates, only month and weekday).
func TestBankFile(t *testing.T) {
	db := openBank(t)
	tests := []struct {
		query  string
		direct string // the same counts straight from the file
	}{
		{
			query: "success_by_month_of_year",
			direct: `SELECT list_position(['jan','feb','mar','apr','may','jun','jul','aug','sep','oct','nov','dec'], month),
				count(*), count(*) FILTER (WHERE y = 'yes') FROM bank GROUP BY ALL ORDER BY 1`,
		},
		{
			query: "success_by_weekday",
			direct: `SELECT list_position(['mon','tue','wed','thu','fri','sat','sun'], day_of_week),
				count(*), count(*) FILTER (WHERE y = 'yes') FROM bank GROUP BY ALL ORDER BY 1`,
		},
		{
			query:  "success_by_attempt",
			direct: `SELECT campaign, count(*), count(*) FILTER (WHERE y = 'yes') FROM bank GROUP BY ALL ORDER BY 1`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			res, err := queries.Run(context.Background(), db, tt.query, nil)
			if err != nil {
				t.Fatalf("run: %v", err)
			}
			want := directCounts(t, db, tt.direct)
			if diff := cmp.Diff(want, pick(t, res, res.Columns[:3])); diff != "" {
				t.Errorf("%s against the file (-want +got):\n%s", tt.query, diff)
			}
		})
	}
}

// TestBankFileMarch is the bar of the report issue: March has 546 calls and
// 276 meetings.
func TestBankFileMarch(t *testing.T) {
	db := openBank(t)
	res, err := queries.Run(context.Background(), db, "success_by_month_of_year", nil)
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	for _, row := range pick(t, res, []string{"month", "calls", "meetings", "rate"}) {
		if row[0] != "3" {
			continue
		}
		if diff := cmp.Diff([]string{"3", "546", "276", "0.505495"}, row); diff != "" {
			t.Errorf("March (-want +got):\n%s", diff)
		}
		return
	}
	t.Error("no row for March")
}

// directCounts runs a (key, calls, meetings) count and renders it like pick.
func directCounts(t *testing.T, db *sql.DB, query string) [][]string {
	t.Helper()
	rows, err := db.QueryContext(context.Background(), query)
	if err != nil {
		t.Fatalf("direct count: %v", err)
	}
	defer func() { _ = rows.Close() }() // read-only; rows.Err is checked below
	var out [][]string
	for rows.Next() {
		var key, calls, meetings any
		if err := rows.Scan(&key, &calls, &meetings); err != nil {
			t.Fatalf("scan: %v", err)
		}
		out = append(out, []string{cell(key), cell(calls), cell(meetings)})
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("direct count: %v", err)
	}
	return out
}
