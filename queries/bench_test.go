package queries_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"testing"

	"whyno/queries"
)

// benchCalls is the size of the benchmark warehouse: the report's speed bar
// is set for a million calls.
const benchCalls = 1_000_000

// openSynth returns a warehouse with benchCalls synthetic calls.
func openSynth(b *testing.B) *sql.DB {
	b.Helper()
	db := openDB(b)
	text, err := os.ReadFile(filepath.Join("testdata", "synth_load.sql"))
	if err != nil {
		b.Fatal(err)
	}
	// two statements, each with $n: run them one by one
	for _, stmt := range splitStatements(string(text)) {
		if _, err := db.ExecContext(context.Background(), stmt, sql.Named("n", benchCalls)); err != nil {
			b.Fatalf("load synthetic calls: %v", err)
		}
	}
	return db
}

// splitStatements splits a file of statements that end with ";\n".
func splitStatements(text string) []string {
	var out []string
	for len(text) > 0 {
		i := indexStatementEnd(text)
		out = append(out, text[:i])
		text = text[i:]
	}
	return out
}

func indexStatementEnd(text string) int {
	for i := 0; i+1 < len(text); i++ {
		if text[i] == ';' && text[i+1] == '\n' {
			return i + 2
		}
	}
	return len(text)
}

// benchParams are the params of the benchmark runs: a month, and as_of at
// the end of the synthetic year.
var benchParams = map[string]map[string]string{
	"headline":        {"from": "2025-06-01", "to": "2025-07-01"},
	"callback_queue":  {"as_of": "2025-12-31"},
	"timing_followup": {"as_of": "2025-12-31"},
}

// BenchmarkQueries runs every query with its golden params on a million calls.
func BenchmarkQueries(b *testing.B) {
	db := openSynth(b)
	for _, q := range queries.All() {
		b.Run(q.Name, func(b *testing.B) {
			for b.Loop() {
				if _, err := queries.Run(context.Background(), db, q.Name, benchParams[q.Name]); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReportBatch runs every query once on a snapshot, as a report does:
// one op is Snapshot plus all queries.
func BenchmarkReportBatch(b *testing.B) {
	db := openSynth(b)
	ctx := context.Background()
	conn, err := db.Conn(ctx)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = conn.Close() }) // in-memory
	for b.Loop() {
		if err := queries.Snapshot(ctx, conn); err != nil {
			b.Fatal(err)
		}
		for _, q := range queries.All() {
			if _, err := queries.Run(ctx, conn, q.Name, benchParams[q.Name]); err != nil {
				b.Fatal(err)
			}
		}
	}
}
