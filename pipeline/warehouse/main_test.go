package warehouse

import (
	"database/sql"
	"fmt"
	"os"
	"testing"
)

// TestMain doubles as the yardstick process of BenchmarkIngestCSVProcess:
// with WHYNO_CTAS_DB set, the test binary only runs DuckDB's own CREATE
// TABLE AS SELECT * FROM read_csv of WHYNO_CTAS_CSV into that new file.
func TestMain(m *testing.M) {
	if db := os.Getenv("WHYNO_CTAS_DB"); db != "" {
		if err := ctas(db, os.Getenv("WHYNO_CTAS_CSV")); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func ctas(path, csv string) error {
	db, err := sql.Open("duckdb", path)
	if err != nil {
		return err
	}
	if _, err := db.Exec("CREATE TABLE t AS SELECT * FROM read_csv(?)", csv); err != nil {
		db.Close()
		return err
	}
	return db.Close()
}
