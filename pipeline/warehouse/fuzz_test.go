package warehouse

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/duckdb/duckdb-go/v2"

	"whyno/pipeline/classify"
)

// The fuzz targets below feed arbitrary bytes through the whole ingest of a
// file: sniffing, decoding, the mapping compiled to SQL, staging, rejects,
// keys, insert and classification. CI runs each for a short fixed time:
//
//	go test -tags duckdb_arrow -run '^$' -fuzz '^FuzzIngest$' -fuzztime 30s ./pipeline/warehouse/
//	go test -tags duckdb_arrow -run '^$' -fuzz '^FuzzIngestXLSX$' -fuzztime 30s ./pipeline/warehouse/
//
// Without -fuzz, go test runs the seeds as ordinary tests.

// FuzzIngest ingests arbitrary bytes as a CSV file.
func FuzzIngest(f *testing.F) {
	addSeeds(f, "../../testdata/sources/*/*.csv", "../../testdata/sources/*/*.tsv",
		"../../testdata/cli/ingest-rejects/calls.csv", "../../testdata/badinput/*.csv")
	f.Add([]byte("Dato;Tid;Sælger;Firma;Note\n01-02-2026;09:00;A;B;\"x\n"))                     // unterminated quote
	f.Add([]byte("Dato;Dato;Dato\n1;2;3\n"))                                                    // only duplicate headers
	f.Add([]byte("Dato;Tid;Sælger;Firma;Note\n01-02-2026;09:00;A;'); DROP TABLE calls;--;n\n")) // SQL in a field
	// values at the edges of their columns' types
	f.Add([]byte("Dato;Sælger;Firma;Varighed;Note\n9999999;A;B;99999999999;n\ninfinity;A;C;2147483647:59;n\n" +
		"294247-01-01T00:00:00Z;A;D;1e308;n\n01-02-2026;A;E;-1:-1;n\n"))
	fuzzIngest(f, "in.csv")
}

// FuzzIngestXLSX ingests arbitrary bytes as an XLSX workbook.
func FuzzIngestXLSX(f *testing.F) {
	addSeeds(f, "../../testdata/sources/*/*.xlsx", "../../testdata/badinput/*.xlsx")
	fuzzIngest(f, "in.xlsx")
}

// addSeeds adds every file matching the globs to the corpus.
func addSeeds(f *testing.F, globs ...string) {
	f.Helper()
	n := 0
	for _, g := range globs {
		files, err := filepath.Glob(g)
		if err != nil {
			f.Fatal(err)
		}
		for _, file := range files {
			b, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(b)
			n++
		}
	}
	if n == 0 {
		f.Fatalf("no seed files match %v", globs)
	}
}

// fuzzIngest writes each input to a file called name and ingests it into one
// warehouse shared by the iterations (opening one costs more than a small
// ingest). Never a panic; either an error that changed nothing, or results
// whose rows all add up: read = loaded + duplicates + rejected, as calls and
// rejects hold them.
func fuzzIngest(f *testing.F, name string) {
	w := openTemp(f)
	opts := testOptions()
	opts.Label = classify.Default().ClassifyBatch
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx := context.Background()
		path := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		opts.TempDir = t.TempDir()
		before := countRows(t, w)
		results, err := w.IngestFile(ctx, path, opts)
		if err != nil {
			checkIngestError(t, err)
			if after := countRows(t, w); after != before {
				t.Fatalf("failed ingest changed the warehouse: %v, before %v (error: %v)", after, before, err)
			}
			return
		}
		for _, r := range results {
			checkResult(t, w, r)
		}
	})
}

// tableCounts are the row counts of the warehouse's tables.
type tableCounts struct{ calls, labels, runs, rejects int64 }

func countRows(t *testing.T, w *Warehouse) tableCounts {
	t.Helper()
	var c tableCounts
	err := w.DB().QueryRow(`SELECT (SELECT count(*) FROM calls), (SELECT count(*) FROM labels),
		(SELECT count(*) FROM ingest_runs), (SELECT count(*) FROM rejects)`).Scan(&c.calls, &c.labels, &c.runs, &c.rejects)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// checkIngestError fails on errors that mean the SQL whyno built from the
// input is broken (input text leaking into SQL), or that one value failed
// the whole file (a cast or an overflow: its row should have been rejected),
// or that DuckDB itself broke.
func checkIngestError(t *testing.T, err error) {
	t.Helper()
	var de *duckdb.Error
	if !errors.As(err, &de) {
		return
	}
	switch de.Type {
	case duckdb.ErrorTypeParser, duckdb.ErrorTypeBinder:
		t.Fatalf("the input broke the generated SQL: %v", err)
	case duckdb.ErrorTypeConversion, duckdb.ErrorTypeOutOfRange:
		t.Fatalf("one value failed the whole file instead of its row: %v", err)
	case duckdb.ErrorTypeInternal, duckdb.ErrorTypeFatal:
		t.Fatalf("DuckDB broke: %v", err)
	}
}

// checkResult asserts one table's counts add up and match what was stored.
func checkResult(t *testing.T, w *Warehouse, r Result) {
	t.Helper()
	if r.Read < 0 || r.Loaded < 0 || r.Duplicates < 0 || r.Rejected < 0 {
		t.Fatalf("negative count: %+v", r)
	}
	if r.Loaded+r.Duplicates+r.Rejected != r.Read {
		t.Fatalf("loaded %d + duplicates %d + rejected %d != read %d", r.Loaded, r.Duplicates, r.Rejected, r.Read)
	}
	var calls, labels, rejected int64
	err := w.DB().QueryRow(`SELECT (SELECT count(*) FROM calls WHERE run_id = $1),
		(SELECT count(*) FROM calls c SEMI JOIN labels l USING (call_key) WHERE c.run_id = $1),
		(SELECT count(DISTINCT "row") FROM rejects WHERE run_id = $1)`, r.RunID).Scan(&calls, &labels, &rejected)
	if err != nil {
		t.Fatal(err)
	}
	if calls != r.Loaded || labels != r.Loaded {
		t.Fatalf("run %d: %d calls, %d labelled, want loaded %d", r.RunID, calls, labels, r.Loaded)
	}
	if rejected != r.Rejected {
		t.Fatalf("run %d: %d rows in rejects, want rejected %d", r.RunID, rejected, r.Rejected)
	}
}
