package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"whyno/pipeline/warehouse"
)

// cliRun is one in-process whyno invocation.
type cliRun struct {
	code           int
	stdout, stderr string
}

// whynoCLI runs whyno in-process; a panic fails the test with its stack.
func whynoCLI(t *testing.T, args ...string) cliRun {
	t.Helper()
	var stdout, stderr bytes.Buffer
	var code int
	func() {
		defer func() {
			if r := recover(); r != nil {
				t.Fatalf("whyno %s panicked: %v\n%s", strings.Join(args, " "), r, debug.Stack())
			}
		}()
		code = run(context.Background(), args, strings.NewReader(""), &stdout, &stderr)
	}()
	return cliRun{code: code, stdout: stdout.String(), stderr: stderr.String()}
}

// fileCounts are a file's rows as ingest_runs, calls and rejects hold them.
type fileCounts struct {
	runs                               int64 // ingest_runs rows (XLSX: one per sheet)
	read, loaded, duplicates, rejected int64 // summed over the file's runs
	calls                              int64 // calls rows from the file
	rejectRows                         int64 // distinct rows of the file in rejects
}

// countFile reads what the warehouse at db holds of file.
func countFile(t *testing.T, db, file string) fileCounts {
	t.Helper()
	w, err := warehouse.Open(context.Background(), db, warehouse.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("open %s: %v", db, err)
	}
	defer w.Close()
	var c fileCounts
	err = w.DB().QueryRow(`SELECT count(*), coalesce(sum(rows_read), 0), coalesce(sum(rows_loaded), 0),
			coalesce(sum(duplicates), 0), coalesce(sum(rejected), 0),
			(SELECT count(*) FROM calls WHERE source_file = $1),
			(SELECT count(DISTINCT (run_id, coalesce(sheet, ''), "row")) FROM rejects WHERE file = $1)
		FROM ingest_runs WHERE file = $1`, file).
		Scan(&c.runs, &c.read, &c.loaded, &c.duplicates, &c.rejected, &c.calls, &c.rejectRows)
	if err != nil {
		t.Fatalf("count %s: %v", file, err)
	}
	return c
}

// queryString runs a one-value query on the warehouse at db.
func queryString(t *testing.T, db, q string, args ...any) string {
	t.Helper()
	w, err := warehouse.Open(context.Background(), db, warehouse.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("open %s: %v", db, err)
	}
	defer w.Close()
	var s sql.NullString
	if err := w.DB().QueryRow(q, args...).Scan(&s); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return s.String
}

// generated writes a file of the corpus that is too big to commit.
func generated(name string, data func() []byte) func(t *testing.T) string {
	return func(t *testing.T) string {
		path := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(path, data(), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
}

// oneNote is a generic call sheet whose first note is note, then one
// ordinary row.
func oneNote(note string) []byte {
	return []byte(genericHeader + "\n" +
		"05-01-2026;09:15;Anne;Hansen ApS;12345678;Talt med;60;" + note + "\n" +
		"05-01-2026;09:16;Bo;Berg A/S;12345678;Intet svar;0;ingen svar\n")
}

// badInputCase is one file of the corpus and what whyno must do with it.
type badInputCase struct {
	name     string
	file     string                        // under testdata/badinput
	gen      func(t *testing.T) string     // or generated at test time
	args     []string                      // extra ingest flags
	wantExit int                           // per EXIT STATUS
	wantMsg  []string                      // stable substrings of stderr
	wantRead int64                         // data rows in the file, or notLoaded
	wantRej  int64                         // of them rejected
	check    func(t *testing.T, db string) // what was stored
	knownBug string                        // skip with this reason (see the report of issue 5)
}

const (
	notLoaded = -1 // wantRead of a file refused whole: no run, no calls
	tenMB     = 10 << 20
	oneMB     = 1 << 20
)

// TestBadInput runs every file of the bad-input corpus through `whyno ingest`
// in-process, each into a fresh warehouse: no panic, the message and the exit
// status, and nothing lost: the file's data rows are all loaded, duplicates
// or rejected, and ingest_runs agrees with calls and rejects.
func TestBadInput(t *testing.T) {
	tests := []badInputCase{
		{name: "empty file", file: "empty.csv", wantExit: exitFailure,
			wantMsg: []string{"empty.csv: source: empty input", "1 of 1 files not loaded"}, wantRead: notLoaded},
		{name: "header only", file: "header-only.csv", wantExit: exitOK,
			wantMsg: []string{"0 rows read, 0 loaded"}, wantRead: 0},
		{name: "binary junk named csv", file: "binary-junk.csv", wantExit: exitFailure,
			wantMsg: []string{"binary-junk.csv: source: not a text file"}, wantRead: notLoaded},
		{name: "truncated xlsx", file: "truncated.xlsx", wantExit: exitFailure,
			wantMsg:  []string{"open " + filepath.Join(badInputDir, "truncated.xlsx") + ": xlsx: not an xlsx file (not a zip archive, or truncated)"},
			wantRead: notLoaded},
		{name: "password-protected xlsx", file: "password.xlsx", wantExit: exitFailure,
			wantMsg:  []string{"open " + filepath.Join(badInputDir, "password.xlsx") + ": xlsx: password-protected or legacy .xls file (save it as .xlsx without a password)"},
			wantRead: notLoaded},
		{name: "ragged rows", file: "ragged-rows.csv", wantExit: exitPartial,
			wantMsg: []string{"ragged-rows.csv:3: row has fewer fields than the header (8)",
				"ragged-rows.csv:4: row has more fields than the header (8)", "4 rows read, 1 loaded, 0 duplicates, 3 rejected"},
			wantRead: 4, wantRej: 3},
		{name: "duplicate headers", file: "duplicate-headers.csv", wantExit: exitOK,
			wantMsg: []string{"1 rows read, 1 loaded"}, wantRead: 1,
			check: func(t *testing.T, db string) {
				if got := queryString(t, db, "SELECT company FROM calls"); got != "Hansen ApS" {
					t.Errorf("company = %q, want the first Firma column, %q", got, "Hansen ApS")
				}
			}},
		{name: "utf-16 without bom", file: "utf16le-no-bom.csv", wantExit: exitOK,
			wantMsg: []string{"1 rows read, 1 loaded"}, wantRead: 1,
			check: func(t *testing.T, db string) {
				if got := queryString(t, db, "SELECT rep || '|' || note FROM calls"); got != "Anne|ringede tilbage" {
					t.Errorf("rep|note = %q, want %q", got, "Anne|ringede tilbage")
				}
			}},
		{name: "unknown encoding (ebcdic)", file: "ebcdic.csv", wantExit: exitFailure,
			wantMsg: []string{"ebcdic.csv: source: no delimiter gives a consistent field count"}, wantRead: notLoaded},
		{name: "mapping with unknown encoding", file: "dates-future-and-1900.csv",
			args: []string{"--mapping", filepath.Join(badInputDir, "unknown-encoding.yaml")}, wantExit: exitUsage,
			wantMsg: []string{`unknown-encoding.yaml:4:13: unknown encoding "klingon"`}, wantRead: notLoaded},
		{name: "dates in the future and in 1900", file: "dates-future-and-1900.csv", wantExit: exitOK,
			wantMsg: []string{"3 rows read, 3 loaded"}, wantRead: 3,
			check: func(t *testing.T, db string) {
				got := queryString(t, db, "SELECT string_agg(strftime(called_at, '%Y-%m-%d'), ',' ORDER BY called_at) FROM calls")
				if want := "1900-01-01,2026-01-05,2099-01-05"; got != want {
					t.Errorf("called_at = %s, want %s", got, want)
				}
			}},
		{name: "excel date serials: 1900, its fictional 29 february, 2100, and no dates", file: "date-serials.xlsx",
			wantExit: exitPartial,
			wantMsg: []string{`date-serials.xlsx[Sheet1]:6: column "Dato + Tid" value "-5 09:00": not a date`,
				`date-serials.xlsx[Sheet1]:7: column "Dato + Tid" value "3000000 09:00": not a date`,
				"date-serials.xlsx[Sheet1]:8: row has more fields than the header (8)"},
			wantRead: 7, wantRej: 3,
			check: func(t *testing.T, db string) {
				got := queryString(t, db, "SELECT string_agg(strftime(called_at, '%Y-%m-%d'), ',' ORDER BY source_row) FROM calls")
				// Excel counts a 29 February 1900 that never was: its day 60
				// reads as the next real day, day 0 as the day before day 1.
				if want := "1900-01-01,1900-03-01,1899-12-31,2100-01-01"; got != want {
					t.Errorf("called_at = %s, want %s", got, want)
				}
			}},
		{name: "formula injections and sql in names (csv)", file: "formula-injection.csv", wantExit: exitOK,
			wantMsg: []string{"4 rows read, 4 loaded"}, wantRead: 4, check: checkStoredVerbatim},
		{name: "formula injections and sql in names (xlsx)", file: "formula-injection.xlsx", wantExit: exitOK,
			wantMsg: []string{"4 rows read, 4 loaded"}, wantRead: 4, check: checkStoredVerbatim},
		{name: "a 1 MB note", gen: generated("note-1mb.csv", func() []byte {
			return oneNote("ring igen " + strings.Repeat("x", oneMB-len("ring igen ")))
		}), wantExit: exitOK, wantMsg: []string{"2 rows read, 2 loaded"}, wantRead: 2,
			check: func(t *testing.T, db string) {
				if got := queryString(t, db, "SELECT max(length(note))::VARCHAR FROM calls"); got != "1048576" {
					t.Errorf("longest note = %s characters, want 1048576 (the whole note)", got)
				}
				if got := queryString(t, db, "SELECT count(*)::VARCHAR FROM labels"); got != "2" {
					t.Errorf("labels = %s, want 2 (the long note classified too)", got)
				}
			}},
		{name: "a 10 MB single cell", gen: generated("cell-10mb.csv", func() []byte {
			return oneNote(strings.Repeat("x", tenMB))
		}), wantExit: exitPartial, wantMsg: []string{"cell-10mb.csv:2: Maximum line size"}, wantRead: 2, wantRej: 1},
	}
	tests = append(tests, knownBugCases...)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.knownBug != "" && os.Getenv("WHYNO_KNOWN_BUGS") == "" {
				t.Skip("known bug (WHYNO_KNOWN_BUGS=1 runs it): " + tt.knownBug)
			}
			file := filepath.Join(badInputDir, tt.file)
			if tt.gen != nil {
				file = tt.gen(t)
			}
			db := filepath.Join(t.TempDir(), "w.duckdb")
			args := append(append([]string{"--db", db, "ingest"}, tt.args...), file)
			got := whynoCLI(t, args...)
			if got.code != tt.wantExit {
				t.Errorf("exit %d, want %d; stderr:\n%s", got.code, tt.wantExit, got.stderr)
			}
			for _, m := range tt.wantMsg {
				if !strings.Contains(got.stderr, m) {
					t.Errorf("stderr lacks %q:\n%s", m, got.stderr)
				}
			}
			if tt.wantExit == exitUsage {
				return // refused before the warehouse was opened
			}
			checkAccounted(t, db, file, tt.wantRead, tt.wantRej)
			if tt.check != nil {
				tt.check(t, db)
			}
		})
	}
}

// checkAccounted asserts nothing of file was lost or half-loaded: its rows
// read are wantRead, split into loaded, duplicates and rejected, and calls
// and rejects hold exactly the loaded and rejected rows. A refused file
// (wantRead < 0) left no run and no calls.
func checkAccounted(t *testing.T, db, file string, wantRead, wantRej int64) {
	t.Helper()
	c := countFile(t, db, file)
	if wantRead < 0 {
		if c.runs != 0 || c.calls != 0 || c.rejectRows != 0 {
			t.Errorf("refused file left %d runs, %d calls, %d rejects; want none", c.runs, c.calls, c.rejectRows)
		}
		return
	}
	if c.runs == 0 {
		t.Fatalf("no ingest_runs row for %s", file)
	}
	if c.read != wantRead {
		t.Errorf("rows_read = %d, want %d (the file's data rows)", c.read, wantRead)
	}
	if c.loaded+c.duplicates+c.rejected != c.read {
		t.Errorf("loaded %d + duplicates %d + rejected %d = %d, want rows_read %d",
			c.loaded, c.duplicates, c.rejected, c.loaded+c.duplicates+c.rejected, c.read)
	}
	if c.rejected != wantRej {
		t.Errorf("rejected = %d, want %d", c.rejected, wantRej)
	}
	if c.calls != c.loaded {
		t.Errorf("calls from the file = %d, want rows_loaded %d", c.calls, c.loaded)
	}
	if c.rejectRows != c.rejected {
		t.Errorf("distinct rejected rows in rejects = %d, want rejected %d", c.rejectRows, c.rejected)
	}
}

// checkStoredVerbatim asserts the injections were stored as written (the
// warehouse holds data, not display text) and the SQL-looking name did
// nothing.
func checkStoredVerbatim(t *testing.T, db string) {
	t.Helper()
	got := queryString(t, db, "SELECT string_agg(rep || '|' || company, '\n' ORDER BY source_row) FROM calls")
	want := strings.Join([]string{
		injHyperlink + "|" + injPlusCmd, injMinus + "|" + injAtSum, injSQL + "|=1+1", "Anne|" + injSQL,
	}, "\n")
	if got != want {
		t.Errorf("rep|company:\n%s\nwant:\n%s", got, want)
	}
	if got := queryString(t, db, "SELECT count(*)::VARCHAR FROM labels"); got != "4" {
		t.Errorf("labels = %s, want 4 (the calls table survived and every call is labelled)", got)
	}
}

// TestFormulaInjectionIsText checks that the corpus' formula injections come
// out as text in every CSV and XLSX whyno writes: the CSV of classify, query
// and sql (a spreadsheet opening it must not run them), and the report's
// workbook (cells must be strings, never formulas).
func TestFormulaInjectionIsText(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "w.duckdb")
	csvFile := filepath.Join(badInputDir, "formula-injection.csv")
	if got := whynoCLI(t, "--db", db, "ingest", csvFile); got.code != exitOK {
		t.Fatalf("ingest: exit %d\n%s", got.code, got.stderr)
	}
	outputs := []struct {
		name string
		args []string
	}{
		{"classify csv", []string{"classify", csvFile}},
		{"classify xlsx", []string{"classify", filepath.Join(badInputDir, "formula-injection.xlsx")}},
		{"query callback_queue", []string{"--db", db, "query", "callback_queue", "--param", "as_of=2026-01-10", "--format", "csv"}},
		{"sql", []string{"--db", db, "sql", "SELECT rep, company, note FROM calls ORDER BY source_row", "--format", "csv"}},
	}
	for _, o := range outputs {
		t.Run(o.name, func(t *testing.T) {
			got := whynoCLI(t, o.args...)
			if got.code != exitOK {
				t.Fatalf("exit %d\n%s", got.code, got.stderr)
			}
			checkCSVIsText(t, got.stdout)
		})
	}
	t.Run("report xlsx", func(t *testing.T) {
		out := filepath.Join(dir, "report")
		got := whynoCLI(t, "--db", db, "report", "--month", "2026-01", "--as-of", "2026-02-01", "--out", out)
		if got.code != exitOK {
			t.Fatalf("report: exit %d\n%s", got.code, got.stderr)
		}
		checkWorkbookIsText(t, filepath.Join(out, "report.xlsx"))
	})
}

// injections are the texts of the corpus a spreadsheet would run.
var injections = []string{injHyperlink, injPlusCmd, injMinus, injAtSum, injSQL, "=1+1"}

// checkCSVIsText asserts no CSV cell starts with a formula character (unless
// it is a number), and that the injections are there, quoted with a leading
// apostrophe, so the check cannot pass on output that lost them.
func checkCSVIsText(t *testing.T, out string) {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("output is not CSV: %v\n%s", err, out)
	}
	seen := map[string]bool{}
	for i, rec := range recs {
		for _, cell := range rec {
			if isFormula(cell) {
				t.Errorf("record %d: cell %q would run as a formula", i+1, cell)
			}
			for _, inj := range injections {
				if strings.HasPrefix(cell, "'"+inj) || strings.HasPrefix(cell, inj) {
					seen[inj] = true
				}
			}
		}
	}
	for _, inj := range []string{injHyperlink, injPlusCmd, injAtSum, injSQL} {
		if !seen[inj] {
			t.Errorf("no cell holds %q: the output lost the text\n%s", inj, out)
		}
	}
}

// isFormula is what a spreadsheet treats as a formula in a CSV cell.
func isFormula(cell string) bool {
	if cell == "" || !strings.ContainsRune("=+-@", rune(cell[0])) {
		return false
	}
	_, err := strconv.ParseFloat(cell, 64)
	return err != nil
}

// checkWorkbookIsText asserts every cell of the workbook that holds an
// injection is a string cell with no formula, and that the rep, company and
// note injections all reached it.
func checkWorkbookIsText(t *testing.T, path string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer f.Close()
	seen := map[string]bool{}
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatalf("%s: %v", sheet, err)
		}
		for r, row := range rows {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				checkCell(t, f, sheet, cell, v, seen)
			}
		}
	}
	for _, inj := range []string{injHyperlink, injPlusCmd, injMinus, injAtSum, injSQL} {
		if !seen[inj] {
			t.Errorf("no cell of %s starts with %q: the report lost the text", path, inj)
		}
	}
}

func checkCell(t *testing.T, f *excelize.File, sheet, cell, v string, seen map[string]bool) {
	t.Helper()
	formula, err := f.GetCellFormula(sheet, cell)
	if err != nil {
		t.Fatalf("%s!%s: %v", sheet, cell, err)
	}
	if formula != "" {
		t.Errorf("%s!%s is a formula %q, want text", sheet, cell, formula)
	}
	for _, inj := range injections {
		if !strings.HasPrefix(v, inj) {
			continue
		}
		seen[inj] = true
		typ, err := f.GetCellType(sheet, cell)
		if err != nil {
			t.Fatalf("%s!%s: %v", sheet, cell, err)
		}
		if typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
			t.Errorf("%s!%s = %q has cell type %v, want a string", sheet, cell, v, typ)
		}
	}
}

// knownBugCases were found by this corpus and are fixed: rows far wider
// than the header, lines the CSV reader cannot split, and a 10 MB line.
// A case whose knownBug is set is skipped until fixed (WHYNO_KNOWN_BUGS=1
// runs it).
var knownBugCases = []badInputCase{
	{name: "a row far wider than the header is one reject", file: "ragged-rows.csv", wantExit: exitPartial,
		wantMsg: []string{"ragged-rows.csv:5: row has more fields than the header (8)\n"}, wantRead: 4, wantRej: 3,
		check: func(t *testing.T, db string) {
			if got := queryString(t, db, `SELECT count(*)::VARCHAR FROM rejects WHERE "row" = 5`); got != "1" {
				t.Errorf("rejects of row 5 = %s, want 1", got)
			}
		}},
	{name: "a latin-1 row past the sniffed head loads, and rows after it keep their numbers", gen: generated("late-latin1.csv", lateLatin1),
		wantExit: exitPartial,
		wantMsg:  []string{`late-latin1.csv:2502: column "Dato + Tid" value "31-02-2026 09:18"`},
		wantRead: 3000, wantRej: 1,
		check: func(t *testing.T, db string) {
			if got := queryString(t, db, "SELECT source_row::VARCHAR FROM calls WHERE company = 'Firma 2001 ApS'"); got != "2003" {
				t.Errorf("source_row of the call on line 2003 = %s", got)
			}
			if got := queryString(t, db, "SELECT source_row::VARCHAR FROM calls WHERE company = 'Firma æø ApS'"); got != "2002" {
				t.Errorf("source_row of the latin-1 call on line 2002 = %q, want it loaded, its text read", got)
			}
		}},
}

// lateLatin1 is 3000 calls in UTF-8 with one Latin-1 line (line 2002) past
// the sniffer's window and a bad date on line 2502.
func lateLatin1() []byte {
	var b bytes.Buffer
	b.WriteString(genericHeader + "\n")
	for i := 0; i < 3000; i++ {
		switch i {
		case 2000:
			b.WriteString("05-01-2026;09:15;Anne;Firma \xe6\xf8 ApS;12345678;Intet svar;0;latin-1\n")
		case 2500:
			b.WriteString("31-02-2026;09:18;Anne;D ApS;12345678;Intet svar;0;bad date\n")
		default:
			fmt.Fprintf(&b, "05-01-2026;09:15;Anne;Firma %d ApS;12345678;Intet svar;0;række %d\n", i, i)
		}
	}
	return b.Bytes()
}
