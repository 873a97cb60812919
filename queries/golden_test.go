package queries_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"whyno/queries"
)

var update = flag.Bool("update", false, "rewrite testdata/golden and docs/queries.md from the current output")

// goldenParams are the fixed params of each query's golden run: March 2026,
// with as_of on the last day of the fixture's data.
var goldenParams = map[string]map[string]string{
	"headline":        {"from": "2026-03-01", "to": "2026-04-01"},
	"callback_queue":  {"as_of": "2026-04-30"},
	"timing_followup": {"as_of": "2026-04-30"},
}

// TestGolden runs every query on the fixture and compares its CSV output with
// testdata/golden/NAME.csv. Run with -update to rewrite the files.
func TestGolden(t *testing.T) {
	db := openFixture(t)
	for _, q := range queries.All() {
		t.Run(q.Name, func(t *testing.T) {
			res, err := queries.Run(context.Background(), db, q.Name, goldenParams[q.Name])
			if err != nil {
				t.Fatalf("run: %v", err)
			}
			compareGolden(t, filepath.Join("testdata", "golden", q.Name+".csv"), resultCSV(t, res))
		})
	}
}

// compareGolden compares got with the golden file, or rewrites it with -update.
// A missing golden file is a failure.
func compareGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatalf("write golden: %v", err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (run go test -update to create it): %v", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
	}
}

// resultCSV renders a result as CSV with a header row.
func resultCSV(t *testing.T, res *queries.Result) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	records := [][]string{res.Columns}
	for _, row := range res.Rows {
		rec := make([]string, len(row))
		for i, v := range row {
			rec[i] = cell(v)
		}
		records = append(records, rec)
	}
	if err := w.WriteAll(records); err != nil {
		t.Fatalf("write csv: %v", err)
	}
	return buf.Bytes()
}

// cell formats a driver value: NULL as "NULL", floats with 6 decimals so the
// goldens do not depend on the last bits, dates without a time of day.
func cell(v any) string {
	switch v := v.(type) {
	case nil:
		return "NULL"
	case float64:
		if math.IsInf(v, 0) || math.IsNaN(v) {
			return fmt.Sprint(v)
		}
		return strconv.FormatFloat(v, 'f', 6, 64)
	case time.Time:
		if v.Hour() == 0 && v.Minute() == 0 && v.Second() == 0 && v.Nanosecond() == 0 {
			return v.Format("2006-01-02")
		}
		return v.Format("2006-01-02 15:04:05")
	default:
		return fmt.Sprintf("%v", v)
	}
}

// TestNoStaleGoldens fails on a golden file whose query no longer exists, so
// a renamed query cannot leave its old output behind.
func TestNoStaleGoldens(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "golden", "*.csv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".csv")
		if _, err := queries.Get(name); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
	if got, want := len(files), len(queries.All()); got != want {
		t.Errorf("got %d golden files, want %d (one per query)", got, want)
	}
}
