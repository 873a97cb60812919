package warehouse

import (
	"context"
	"database/sql"
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"whyno/pipeline/source"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// fixedNow pins ingest_runs timestamps so outputs are reproducible.
func fixedNow() time.Time { return time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC) }

// openTemp opens a fresh warehouse in a temporary directory.
func openTemp(t testing.TB) *Warehouse {
	t.Helper()
	w, err := Open(context.Background(), filepath.Join(t.TempDir(), "w.duckdb"), Options{})
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() { w.Close() })
	return w
}

func testOptions() IngestOptions {
	return IngestOptions{TZ: "Europe/Copenhagen", Now: fixedNow}
}

// ingest loads files and fails the test on a file error.
func ingest(t testing.TB, w *Warehouse, opts IngestOptions, files ...string) []Result {
	t.Helper()
	var all []Result
	for _, f := range files {
		rs, err := w.IngestFile(context.Background(), f, opts)
		if err != nil {
			t.Fatalf("ingest %s: %v", f, err)
		}
		all = append(all, rs...)
	}
	return all
}

// dumpCSV renders a query's rows as CSV text, NULL as \N.
func dumpCSV(t testing.TB, db *sql.DB, q string, args ...any) string {
	t.Helper()
	rows, err := db.Query(q, args...)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var sb strings.Builder
	cw := csv.NewWriter(&sb)
	cw.Write(cols)
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		rec := make([]string, len(cols))
		for i, v := range vals {
			switch v := v.(type) {
			case nil:
				rec[i] = `\N`
			case time.Time:
				rec[i] = v.Format("2006-01-02 15:04:05")
			default:
				rec[i] = fmt.Sprint(v)
			}
		}
		cw.Write(rec)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	cw.Flush()
	return sb.String()
}

// golden compares got with testdata/golden/name, rewriting it with -update.
// A missing golden file fails.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden %s: %v (run go test -update)", path, err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
	}
}

// sampleFiles lists every sample export under testdata/sources.
func sampleFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir("../../testdata/sources", func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && !strings.HasSuffix(p, ".md") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	if len(files) == 0 {
		t.Fatal("no sample exports in testdata/sources")
	}
	return files
}

const callsDump = `SELECT call_key, source, source_sheet, source_row, record_id, called_at, tz,
	call_month, call_weekday, call_hour, rep, team, company, contact, phone, industry, size,
	direction, duration_s, attempt, disposition, disposition_outcome, subject, note
	FROM calls ORDER BY source_file, source_sheet, source_row`

// TestIngestSamples runs every preset's sample export through the whole
// ingest and compares the canonical rows with golden files.
func TestIngestSamples(t *testing.T) {
	for _, file := range sampleFiles(t) {
		name := strings.ReplaceAll(strings.TrimPrefix(file, "../../testdata/sources/"), "/", "_")
		name = strings.TrimSuffix(name, filepath.Ext(name))
		t.Run(name, func(t *testing.T) {
			w := openTemp(t)
			rs := ingest(t, w, testOptions(), file)
			for _, r := range rs {
				if r.Read != r.Loaded+r.Duplicates+r.Rejected {
					t.Errorf("%s: read %d != loaded %d + duplicates %d + rejected %d", r.File, r.Read, r.Loaded, r.Duplicates, r.Rejected)
				}
				if r.Rejected != 0 {
					t.Errorf("%s: %d rows rejected: %v", r.File, r.Rejected, r.Rejects)
				}
				if r.Loaded == 0 {
					t.Errorf("%s: nothing loaded", r.File)
				}
			}
			golden(t, name+".csv", dumpCSV(t, w.DB(), callsDump))
		})
	}
}

// TestReimportAddsNothing loads every sample twice: the second run finds
// only duplicates, and the counts still add up.
func TestReimportAddsNothing(t *testing.T) {
	w := openTemp(t)
	files := sampleFiles(t)
	ingest(t, w, testOptions(), files...)
	for _, r := range ingest(t, w, testOptions(), files...) {
		if r.Loaded != 0 || r.Duplicates != r.Read-r.Rejected {
			t.Errorf("%s: second run loaded %d, duplicates %d; want 0, %d", r.File, r.Loaded, r.Duplicates, r.Read-r.Rejected)
		}
	}
	var runs int
	w.DB().QueryRow("SELECT count(*) FROM ingest_runs WHERE rows_read <> rows_loaded + duplicates + rejected").Scan(&runs)
	if runs != 0 {
		t.Errorf("%d runs where read != loaded + duplicates + rejected", runs)
	}
}

// writeFile writes a test input and returns its path.
func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const genericHeader = "Dato;Tid;Sælger;Firma;Telefon;Udfald;Varighed;Note\n"

// TestOverlappingExportsAddNothingTwice: a later export repeating rows of an
// earlier one (and identical rows within a file) keeps every real call once.
func TestOverlappingExportsAddNothingTwice(t *testing.T) {
	w := openTemp(t)
	jan := writeFile(t, "jan.csv", genericHeader+
		"05-01-2026;09:15;Anne;Hansen ApS;12 34 56 78;Intet svar;0;ingen svar\n"+
		"05-01-2026;09:20;Anne;Berg A/S;23 45 67 89;Ikke interesseret;45;har fast leverandør\n"+
		"05-01-2026;09:20;Anne;Berg A/S;23 45 67 89;Ikke interesseret;45;har fast leverandør\n")
	janFeb := writeFile(t, "janfeb.csv", genericHeader+
		"05-01-2026;09:20;Anne;Berg A/S;23 45 67 89;Ikke interesseret;45;har fast leverandør\n"+
		"05-01-2026;09:20;Anne;Berg A/S;23 45 67 89;Ikke interesseret;45;har fast leverandør\n"+
		"05-01-2026;09:20;Anne;Berg A/S;23 45 67 89;Ikke interesseret;45;har fast leverandør\n"+
		"02-02-2026;10:00;Bo;Holm I/S;34 56 78 90;Møde booket;300;møde booket 10/2 kl 9\n")
	r1 := ingest(t, w, testOptions(), jan)[0]
	r2 := ingest(t, w, testOptions(), janFeb)[0]
	if r1.Loaded != 3 {
		t.Errorf("jan: loaded %d, want 3 (identical rows are separate calls)", r1.Loaded)
	}
	if r2.Loaded != 2 || r2.Duplicates != 2 {
		t.Errorf("jan+feb: loaded %d duplicates %d, want 2 and 2", r2.Loaded, r2.Duplicates)
	}
}

// TestRejectsAreLocated: bad rows are rejected with row, column and reason;
// good rows load; nothing is lost.
func TestRejectsAreLocated(t *testing.T) {
	w := openTemp(t)
	f := writeFile(t, "bad.csv", genericHeader+
		"05-01-2026;09:15;Anne;Hansen ApS;12 34 56 78;Intet svar;0;ingen svar\n"+ // row 2: fine
		"31-02-2026;09:15;Anne;Holm ApS;12 34 56 78;Intet svar;0;dato findes ikke\n"+ // row 3: no such date
		"06-01-2026;10:00;Bo;Berg A/S;;Intet svar;lang;varighed er tekst\n"+ // row 4: duration
		"07-01-2026;10:00;Bo;Kort A/S\n"+ // row 5: too few fields
		"08-01-2026;10:00;Bo;Lang A/S;;;12;note;ekstra\n"+ // row 6: too many fields
		"09-01-2026;11:00;Carla;\"=HYPERLINK(\"\"x\"\")\";;;5;formel som tekst\n") // row 7: fine
	rs := ingest(t, w, testOptions(), f)
	r := rs[0]
	if r.Read != 6 || r.Loaded != 2 || r.Rejected != 4 || r.Duplicates != 0 {
		t.Fatalf("read %d loaded %d rejected %d duplicates %d; want 6, 2, 4, 0", r.Read, r.Loaded, r.Rejected, r.Duplicates)
	}
	got := dumpCSV(t, w.DB(), `SELECT "row", "column", reason FROM rejects ORDER BY "row"`)
	want := `row,column,reason
3,Dato + Tid,"` + dateReason(source.DefaultDateFormats("dmy")) + `"
4,Varighed,not a duration in seconds
5,\N,row has fewer fields than the header (8)
6,\N,row has more fields than the header (8)
`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rejects (-want +got):\n%s", diff)
	}
}

// TestOutOfRangeNumbersAreRejected: a duration or attempt too large for its
// column rejects its row; it used to fail the whole file with DuckDB's
// conversion error.
func TestOutOfRangeNumbersAreRejected(t *testing.T) {
	w := openTemp(t)
	f := writeFile(t, "huge.csv", genericHeader+
		"05-01-2026;09:15;Anne;A ApS;12 34 56 78;Intet svar;99999999999;seconds past INTEGER\n"+ // row 2
		"05-01-2026;09:16;Anne;B ApS;12 34 56 79;Intet svar;1e300;a double's worth\n"+ // row 3
		"05-01-2026;09:17;Anne;C ApS;12 34 56 80;Intet svar;2147483647:59;a clock past INTEGER\n"+ // row 4
		"05-01-2026;09:18;Anne;D ApS;12 34 56 81;Intet svar;35791394:08;one second past INTEGER\n"+ // row 5
		"05-01-2026;09:19;Anne;E ApS;12 34 56 82;Intet svar;35791394:07:0;a day past INTEGER\n"+ // row 6
		"05-01-2026;09:20;Anne;F ApS;12 34 56 83;Intet svar;2147483647;the largest INTEGER\n"+ // row 7: fine
		"05-01-2026;09:21;Anne;G ApS;12 34 56 84;Intet svar;1:05;a minute and five\n") // row 8: fine
	r := ingest(t, w, testOptions(), f)[0]
	if r.Read != 7 || r.Loaded != 2 || r.Rejected != 5 {
		t.Fatalf("read %d loaded %d rejected %d; want 7, 2, 5", r.Read, r.Loaded, r.Rejected)
	}
	got := dumpCSV(t, w.DB(), `SELECT "row", "column", reason FROM rejects ORDER BY "row"`)
	want := "row,column,reason\n"
	for row := 2; row <= 6; row++ {
		want += fmt.Sprintf("%d,Varighed,not a duration in seconds\n", row)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rejects (-want +got):\n%s", diff)
	}
	if got := dumpCSV(t, w.DB(), "SELECT duration_s FROM calls ORDER BY source_row"); got != "duration_s\n2147483647\n65\n" {
		t.Errorf("durations loaded:\n%s", got)
	}

	m, err := source.LoadMapping("../../testdata/mappings/bank-marketing.yaml")
	if err != nil {
		t.Fatal(err)
	}
	opts := testOptions()
	opts.Mapping = m
	bank := writeFile(t, "bank.csv", "job;month;day_of_week;duration;campaign;contact;y\n"+
		"admin.;may;mon;10;99999999999;telephone;no\n"+ // row 2: attempt past INTEGER
		"admin.;may;tue;10;3;telephone;yes\n") // row 3: fine
	r = ingest(t, w, opts, bank)[0]
	if r.Loaded != 1 || r.Rejected != 1 {
		t.Fatalf("bank: loaded %d rejected %d; want 1, 1", r.Loaded, r.Rejected)
	}
	got = dumpCSV(t, w.DB(), `SELECT "row", "column", reason FROM rejects WHERE file = $1`, bank)
	if want := "row,column,reason\n2,campaign,not a whole number\n"; got != want {
		t.Errorf("bank rejects = %q, want %q", got, want)
	}
}

// TestUnrecognisedFileLoadsNothing: a file whose header matches no preset is
// an error naming the file, and the warehouse is unchanged.
func TestUnrecognisedFileLoadsNothing(t *testing.T) {
	w := openTemp(t)
	f := writeFile(t, "odd.csv", "foo,bar,baz\n1,2,3\n")
	_, err := w.IngestFile(context.Background(), f, testOptions())
	if err == nil || !strings.Contains(err.Error(), "odd.csv") {
		t.Fatalf("got error %v, want one naming odd.csv", err)
	}
	var n int
	w.DB().QueryRow("SELECT (SELECT count(*) FROM calls) + (SELECT count(*) FROM ingest_runs)").Scan(&n)
	if n != 0 {
		t.Errorf("%d rows stored from an unrecognised file", n)
	}
}

// bankFile is the UCI bank telemarketing file, shipped beside the repo.
const bankFile = "../../../shared/data/bank-marketing/bank-additional-full.csv"

// TestBankMarketing loads the real UCI file with its mapping: every row
// loaded, none rejected, a second run adds none.
func TestBankMarketing(t *testing.T) {
	if _, err := os.Stat(bankFile); err != nil {
		t.Skipf("UCI bank file not present: %v", err)
	}
	m, err := source.LoadMapping("../../testdata/mappings/bank-marketing.yaml")
	if err != nil {
		t.Fatal(err)
	}
	w := openTemp(t)
	opts := testOptions()
	opts.Mapping = m
	r := ingest(t, w, opts, bankFile)[0]
	if r.Read != 41188 || r.Loaded != 41188 || r.Rejected != 0 {
		t.Fatalf("read %d loaded %d rejected %d; want 41188, 41188, 0", r.Read, r.Loaded, r.Rejected)
	}
	again := ingest(t, w, opts, bankFile)[0]
	if again.Loaded != 0 || again.Duplicates != 41188 {
		t.Errorf("second run loaded %d duplicates %d; want 0 and 41188", again.Loaded, again.Duplicates)
	}
	got := dumpCSV(t, w.DB(), `SELECT call_month, count(*) AS calls, count(*) FILTER (WHERE disposition_outcome = 'meeting') AS meetings
		FROM calls WHERE call_month = 3 GROUP BY ALL`)
	if want := "call_month,calls,meetings\n3,546,276\n"; got != want {
		t.Errorf("March: got %q, want %q", got, want)
	}
}

// TestDateForms: every way a date reaches called_at through the SQL path,
// including the lazy branches (month names, ISO with an offset, Excel serial
// numbers) that a file's sample does not put first.
func TestDateForms(t *testing.T) {
	tests := []struct {
		raw, want string
	}{
		{"05-01-2026 09:15", "2026-01-05 09:15:00"},
		{"5.1.2026 09:15", "2026-01-05 09:15:00"},
		{"5/1-26 09:15", "2026-01-05 09:15:00"},
		{"2026-01-05 09:15", "2026-01-05 09:15:00"},
		{"12. marts 2026 10:00", "2026-03-12 10:00:00"},
		{"12 March 2026 10:00", "2026-03-12 10:00:00"},
		{"3. maj 2026", "2026-05-03 00:00:00"},
		{"2026-01-05T09:15:00Z", "2026-01-05 10:15:00"}, // UTC to Copenhagen
		{"46027.5", "2026-01-05 12:00:00"},              // an Excel serial
		{"1", "1900-01-01 00:00:00"},                    // Excel's first day
		{"59,5", "1900-02-28 12:00:00"},                 // before Excel's phantom leap day
		{"60", ""},                                      // 29 February 1900, which never was
		{"61", "1900-03-01 00:00:00"},
		{"2958465", "9999-12-31 00:00:00"}, // Excel's last day
		{"2958466", ""},                    // past it: rejected, not year 10000
		{"9999999", ""},
		{"7-1-26 09:15", "2026-01-07 09:15:00"}, // a short year in a file of long ones
		{"07-01-126 09:15", ""},                 // a typo: not the year 126
		{"0024-03-07", ""},                      // nor 24
		{"infinity", ""},                        // DuckDB reads these three with any format
		{"-infinity", ""},
		{"epoch", ""},
		{"EPOCH", ""},
	}
	var sb strings.Builder
	sb.WriteString("Dato;Sælger;Note\n")
	for i := 0; i < 30; i++ { // a sample that makes dd-mm-yyyy HH:MM the first format
		fmt.Fprintf(&sb, "05-01-2026 09:%02d;Anne;fyld %d\n", i, i)
	}
	for i, tt := range tests {
		fmt.Fprintf(&sb, "%s;Bo;case %d\n", tt.raw, i)
	}
	w := openTemp(t)
	r := ingest(t, w, testOptions(), writeFile(t, "dates.csv", sb.String()))[0]
	if r.Rejected != 9 {
		t.Fatalf("rejected %d, want 9: %v", r.Rejected, r.Rejects)
	}
	for i, tt := range tests {
		if tt.want == "" {
			var n int
			w.DB().QueryRow(`SELECT count(*) FROM rejects WHERE value = $1 AND "column" = 'Dato'`, tt.raw).Scan(&n)
			if n != 1 {
				t.Errorf("%q: %d rejects, want 1", tt.raw, n)
			}
			continue
		}
		var got time.Time
		if err := w.DB().QueryRow("SELECT called_at FROM calls WHERE note = $1", fmt.Sprintf("case %d", i)).Scan(&got); err != nil {
			t.Fatalf("%q: %v", tt.raw, err)
		}
		if s := got.Format("2006-01-02 15:04:05"); s != tt.want {
			t.Errorf("%q: got %s, want %s", tt.raw, s, tt.want)
		}
	}
}

// TestFileNamesAreNotPatterns: DuckDB's read_csv takes glob characters, a
// leading ~ and URLs in a file name as patterns; each file is read as
// itself, and the link whyno makes for such a name is gone afterwards.
func TestFileNamesAreNotPatterns(t *testing.T) {
	dir := t.TempDir()
	row := func(company string) string {
		return "05-01-2026;09:15;Anne;" + company + ";12 34 56 78;Intet svar;0;ingen svar\n"
	}
	files := map[string]string{
		"Opkald [marts].csv": row("Marts ApS"),
		"Opkald a.csv":       row("A ApS") + row("A2 ApS"),
		"Opkald m.csv":       row("M ApS") + row("M2 ApS"),
		"star*.csv":          row("Star ApS"),
		"starA.csv":          row("StarA ApS") + row("StarA2 ApS"),
		"~tilde.csv":         row("Tilde ApS"),
		"{a,b}.csv":          row("Brace ApS"),
		"q?.csv":             row("Q ApS"),
	}
	for name, rows := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(genericHeader+rows), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	w := openTemp(t)
	opts := testOptions()
	opts.TempDir = t.TempDir()
	for name, rows := range files {
		path := filepath.Join(dir, name)
		r := ingest(t, w, opts, path)[0]
		if want := int64(strings.Count(rows, "\n")); r.Read != want || r.Loaded != want {
			t.Errorf("%s: read %d, loaded %d; want %d", name, r.Read, r.Loaded, want)
		}
	}
	got := dumpCSV(t, w.DB(), "SELECT count(*) AS calls, count(DISTINCT company) AS companies FROM calls")
	if got != "calls,companies\n11,11\n" {
		t.Errorf("warehouse holds:\n%s", got)
	}
	if left, _ := os.ReadDir(opts.TempDir); len(left) != 0 {
		t.Errorf("left in the temp dir: %v", left)
	}
}

// TestMixedLineEndings: rows that end differently (another tool appended
// rows, a "sep=;" line ends in LF before CRLF rows, a bare CR in a cell)
// load; DuckDB's strict parser failed such files whole, or read nothing
// from them without a word.
func TestMixedLineEndings(t *testing.T) {
	row := func(day int, note string) string {
		return fmt.Sprintf("%02d-01-2026;09:15;Anne;Firma %d;12 34 56 78;Intet svar;0;%s", day, day, note)
	}
	tests := []struct {
		name, text                string
		read, loaded, rejectedRow int64 // rejectedRow 0: none rejected
	}{
		{"sep line in LF, rows in CRLF", "sep=;\n" + strings.ReplaceAll(genericHeader, "\n", "\r\n") +
			row(1, "a") + "\r\n" + row(2, "b") + "\r\n" + row(3, "c") + "\r\n", 3, 3, 0},
		{"one CRLF row in an LF file", genericHeader + row(1, "a") + "\n" + row(2, "b") + "\r\n" + row(3, "c") + "\n" +
			"32-01-2026;09:15;Anne;Firma 4;12 34 56 78;Intet svar;0;no such day\n", 4, 3, 5},
		{"a bare CR in a cell", genericHeader + row(1, "a\rb") + "\n" + row(2, "c") + "\n", 3, 2, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := openTemp(t)
			r := ingest(t, w, testOptions(), writeFile(t, "eol.csv", tt.text))[0]
			if r.Read != tt.read || r.Loaded != tt.loaded {
				t.Errorf("read %d, loaded %d; want %d, %d (rejects %v)", r.Read, r.Loaded, tt.read, tt.loaded, r.Rejects)
			}
			var rows []int64
			for _, rj := range r.Rejects {
				rows = append(rows, rj.Row)
			}
			if want := []int64{tt.rejectedRow}; tt.rejectedRow != 0 && !cmp.Equal(rows, want) || tt.rejectedRow == 0 && len(rows) != 0 {
				t.Errorf("rejected rows %v, want %d", rows, tt.rejectedRow)
			}
		})
	}
}

// TestUTF8WithPastedWindows1252: a UTF-8 export with one row pasted from a
// cp1252 one loads every row with its text read right. Read as cp1252, the
// header's "Sælger" did not match and every rep and note was NULL.
func TestUTF8WithPastedWindows1252(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("Dato;Sælger;Firma;Bemærkninger\n")
	for i := 0; i < 50; i++ {
		fmt.Fprintf(&sb, "05-01-2026 09:%02d;Søren;Ærø ApS %d;ring igen på fredag\n", i, i)
	}
	sb.WriteString("06-01-2026 10:00;B\xf8rge;K\xf8ge ApS;m\xf8de booket\n") // cp1252
	w := openTemp(t)
	r := ingest(t, w, testOptions(), writeFile(t, "mixed.csv", sb.String()))[0]
	if r.Read != 51 || r.Loaded != 51 {
		t.Fatalf("read %d, loaded %d; want 51, 51 (rejects %v)", r.Read, r.Loaded, r.Rejects)
	}
	got := dumpCSV(t, w.DB(), `SELECT count(rep) AS reps, count(note) AS notes,
		count(*) FILTER (WHERE rep = 'Børge' AND company = 'Køge ApS' AND note = 'møde booket') AS pasted,
		count(*) FILTER (WHERE rep = 'Søren' AND note = 'ring igen på fredag') AS utf8 FROM calls`)
	if want := "reps,notes,pasted,utf8\n51,51,1,50\n"; got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestWorkbookUnderAnotherName: an XLSX saved as .csv is read as the
// workbook it is, not refused as "not a text file".
func TestWorkbookUnderAnotherName(t *testing.T) {
	b, err := os.ReadFile("../../testdata/sources/generic/hjemmelavet.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	w := openTemp(t)
	want := ingest(t, w, testOptions(), "../../testdata/sources/generic/hjemmelavet.xlsx")
	renamed := filepath.Join(t.TempDir(), "hjemmelavet.csv")
	if err := os.WriteFile(renamed, b, 0o644); err != nil {
		t.Fatal(err)
	}
	got := ingest(t, openTemp(t), testOptions(), renamed)
	if len(got) != len(want) || got[0].Loaded != want[0].Loaded || got[0].Loaded == 0 {
		t.Errorf("renamed workbook: %+v, want as the .xlsx: %+v", got, want)
	}
}

// TestDurationForms: what a duration column reads, and what it rejects
// (want -1) rather than load as a wrong number.
func TestDurationForms(t *testing.T) {
	tests := []struct {
		raw  string
		want int
	}{
		{"400", 400}, {"0", 0}, {"12,4", 12}, {"1:05", 65}, {"01:02:03", 3723}, {"999999:59", 59999999},
		{"1:2:3:4", -1}, {"99:99", -1}, {"1:5", -1}, {"-0:30", -1}, {"-5", -1}, {"1e3", -1}, {"1.5E2", -1},
		{"inf", -1}, {"nan", -1}, {"+5", 5}, {"2147483648", -1}, {"00:01:23.4", 83}, {"01:23,6", 84}, {"01:23.", -1},
	}
	var sb strings.Builder
	sb.WriteString(genericHeader)
	for i, tt := range tests {
		fmt.Fprintf(&sb, "05-01-2026;09:%02d;Anne;Firma %d;12 34 56 78;Intet svar;%s;case %d\n", i, i, tt.raw, i)
	}
	w := openTemp(t)
	ingest(t, w, testOptions(), writeFile(t, "durations.csv", sb.String()))
	for i, tt := range tests {
		var got sql.NullInt64
		err := w.DB().QueryRow("SELECT duration_s FROM calls WHERE note = $1", fmt.Sprintf("case %d", i)).Scan(&got)
		switch {
		case tt.want < 0 && err != sql.ErrNoRows:
			t.Errorf("%q: loaded as %v (%v), want rejected", tt.raw, got, err)
		case tt.want >= 0 && (err != nil || !got.Valid || got.Int64 != int64(tt.want)):
			t.Errorf("%q: got %v (%v), want %d", tt.raw, got, err, tt.want)
		}
	}
}

// TestDelimiterOnlyRowsAreBlank: rows of only delimiters and spaces (how
// spreadsheets export empty rows) are skipped like empty lines, not loaded
// as empty calls; the rows after them keep their numbers.
func TestDelimiterOnlyRowsAreBlank(t *testing.T) {
	f := writeFile(t, "blank.csv", genericHeader+
		"05-01-2026;09:15;Anne;A ApS;12 34 56 78;Intet svar;0;a\n"+ // row 2
		";;;;;;;\n"+ // row 3: blank
		"  ;  ;;;;;;\n"+ // row 4: blank
		";;\n"+ // row 5: blank, and short
		"32-01-2026;09:15;Anne;B ApS;12 34 56 78;Intet svar;0;b\n"+ // row 6: no such day
		"06-01-2026;09:15;Anne;C ApS;12 34 56 78;Intet svar;0;c\n"+ // row 7
		";;;;;;;\n") // row 8: blank, last
	w := openTemp(t)
	r := ingest(t, w, testOptions(), f)[0]
	if r.Read != 3 || r.Loaded != 2 || r.Rejected != 1 {
		t.Fatalf("read %d, loaded %d, rejected %d; want 3, 2, 1 (%v)", r.Read, r.Loaded, r.Rejected, r.Rejects)
	}
	if r.Rejects[0].Row != 6 {
		t.Errorf("rejected row %d, want 6", r.Rejects[0].Row)
	}
	if got := dumpCSV(t, w.DB(), "SELECT source_row, company FROM calls ORDER BY 1"); got != "source_row,company\n2,A ApS\n7,C ApS\n" {
		t.Errorf("calls:\n%s", got)
	}
}

// TestTrailingDelimiters: rows written with a delimiter at the end are one
// empty field wider than the header; they load (the file used to be
// refused as having no header row), and a real extra value is still
// rejected.
func TestTrailingDelimiters(t *testing.T) {
	f := writeFile(t, "trailing.csv", "Dato;Sælger;Firma;Note\n"+
		"04-03-2024 09:00;Anne;F1;a;\n"+
		"05-03-2024 09:00;Bo;F2;b;\n"+
		"06-03-2024 09:00;Cy;F3;c\n"+ // without
		"07-03-2024 09:00;Di;F4;d;;\n"+ // two
		"08-03-2024 09:00;Ea;F5;e;extra\n") // row 6: a value past the header
	w := openTemp(t)
	r := ingest(t, w, testOptions(), f)[0]
	if r.Read != 5 || r.Loaded != 4 || r.Rejected != 1 || r.Rejects[0].Row != 6 {
		t.Fatalf("read %d, loaded %d, rejected %d (%v); want 5, 4, 1 at row 6", r.Read, r.Loaded, r.Rejected, r.Rejects)
	}
	again := writeFile(t, "again.csv", "Dato;Sælger;Firma;Note\n04-03-2024 09:00;Anne;F1;a\n")
	if r := ingest(t, w, testOptions(), again)[0]; r.Duplicates != 1 {
		t.Errorf("the same row without the trailing delimiter: %+v, want a duplicate", r)
	}
	// and the other way round: the header ends in a delimiter, the rows not
	hdr := writeFile(t, "header.csv", "Dato;Sælger;Firma;Note;\n09-03-2024 09:00;Fy;F6;f\n10-03-2024 09:00;Gu;F7;g;\n11-03-2024 09:00;Ha\n")
	if r := ingest(t, w, testOptions(), hdr)[0]; r.Loaded != 2 || r.Rejected != 1 || r.Rejects[0].Row != 4 {
		t.Errorf("header with a trailing delimiter: loaded %d, rejected %d (%v); want 2, 1 at row 4", r.Loaded, r.Rejected, r.Rejects)
	}
}

// TestQuoteLeftOpen: a quote never closed swallows the rest of the file
// into one field; the reject says so, so the rows after it do not vanish
// unexplained behind one rejected row.
func TestQuoteLeftOpen(t *testing.T) {
	f := writeFile(t, "open.csv", genericHeader+
		"05-01-2026;09:15;Anne;A ApS;12 34 56 78;Intet svar;0;ok\n"+
		"05-01-2026;09:16;Anne;B ApS;12 34 56 78;Intet svar;0;\"forgot to close\n"+
		"05-01-2026;09:17;Anne;C ApS;12 34 56 78;Intet svar;0;swallowed\n"+
		"05-01-2026;09:18;Anne;D ApS;12 34 56 78;Intet svar;0;swallowed too\n")
	r := ingest(t, openTemp(t), testOptions(), f)[0]
	if r.Loaded != 1 || r.Rejected != 1 || r.Rejects[0].Row != 3 || !strings.Contains(r.Rejects[0].Reason, "never closed") {
		t.Errorf("loaded %d, rejected %d: %v; want 1, 1, row 3 'never closed'", r.Loaded, r.Rejected, r.Rejects)
	}
}

// TestRowNumbersAfterSkippedLines: rows keep the numbers a spreadsheet
// shows after lines DuckDB does not return as rows: empty lines (which it
// skips silently) and consecutive lines it rejects. A quoted field spanning
// lines is one line, as DuckDB counts them.
func TestRowNumbersAfterSkippedLines(t *testing.T) {
	row := func(day int, company, note string) string {
		return fmt.Sprintf("%02d-01-2026;09:15;Anne;%s;12 34 56 78;Intet svar;0;%s\n", day, company, note)
	}
	wide := "01-01-2026;09:15;Anne;Wide;1;2;3;4;5;6;7;8;9;10\n"
	f := writeFile(t, "skipped.csv", genericHeader+
		row(1, "A", "a")+ // 2
		"\n\n"+ // 3, 4: empty
		row(2, "B", "b")+ // 5
		wide+wide+ // 6, 7: rejected by the reader
		row(3, "C", "\"two\nlines\"")+ // 8
		row(32, "D", "no such day")+ // 9
		row(4, "E", "e")+ // 10
		strings.TrimSuffix(row(5, "F", "f"), "\n")+"\r"+row(6, "G", "g")+ // 11, 12: a lone CR ends a line
		"\n"+ // 13: empty
		row(7, "H", "h")) // 14
	w := openTemp(t)
	r := ingest(t, w, testOptions(), f)[0]
	var rejected []int64
	for _, rj := range r.Rejects {
		rejected = append(rejected, rj.Row)
	}
	if want := []int64{6, 7, 9}; !cmp.Equal(rejected, want) {
		t.Errorf("rejected rows %v, want %v (%v)", rejected, want, r.Rejects)
	}
	got := dumpCSV(t, w.DB(), "SELECT company, source_row FROM calls ORDER BY source_row")
	if want := "company,source_row\nA,2\nB,5\nC,8\nE,10\nF,11\nG,12\nH,14\n"; got != want {
		t.Errorf("calls:\n%s\nwant\n%s", got, want)
	}
}

// TestQuoteLeftOpenInALenientRead: a file read with DuckDB's strict mode off
// (its rows end differently) takes a quote never closed to the end of the
// file without an error; the row is rejected all the same, and a quote that
// is closed but followed by text is not blamed for the rest of the file.
func TestQuoteLeftOpenInALenientRead(t *testing.T) {
	row := func(company, note, end string) string {
		return "05-01-2026;09:15;Anne;" + company + ";12 34 56 78;Intet svar;0;" + note + end
	}
	f := writeFile(t, "lenient.csv", genericHeader+row("A", "ok", "\n")+row("B", "ok", "\r\n")+
		row("C", "\"forgot to close", "\r\n")+row("D", "swallowed", "\r\n"))
	r := ingest(t, openTemp(t), testOptions(), f)[0]
	if r.Loaded != 2 || r.Rejected != 1 || r.Rejects[0].Row != 4 || !strings.Contains(r.Rejects[0].Reason, "never closed") {
		t.Errorf("loaded %d, rejected %d: %v; want 2, 1, row 4 'never closed'", r.Loaded, r.Rejected, r.Rejects)
	}
	g := writeFile(t, "closed.csv", genericHeader+row("A", "ok", "\n")+row("B", "\"abc\"def", "\n")+row("C", "\"abc\"def", "\n"))
	r = ingest(t, openTemp(t), testOptions(), g)[0]
	for _, rj := range r.Rejects {
		if strings.Contains(rj.Reason, "never closed") {
			t.Errorf("a closed quote blamed for the rest of the file: %v", rj)
		}
	}
}

// TestLineCount: lines end at LF, CRLF or a lone CR, as DuckDB ends them,
// however the text is cut into writes.
func TestLineCount(t *testing.T) {
	for in, want := range map[string]int64{
		"": 0, "a": 1, "a\n": 1, "a\nb": 2, "a\r\nb\r\n": 2, "a\rb\r": 2, "a\rb\nc\r\n\r\n": 4, "\n\n": 2,
	} {
		for cut := 0; cut <= len(in); cut++ {
			var lc lineCount
			lc.Write([]byte(in[:cut]))
			lc.Write([]byte(in[cut:]))
			if got := lc.lines(); got != want {
				t.Errorf("%q cut at %d: %d lines, want %d", in, cut, got, want)
			}
		}
	}
}

// TestSameFileNewCallsIsFlagged: when the very same file loads new calls
// (its rows' keys changed, as when a newer whyno decodes it differently),
// the result names the earlier run, so the user is warned.
func TestSameFileNewCallsIsFlagged(t *testing.T) {
	w := openTemp(t)
	f := "../../testdata/sources/dynamics365/phonecalls.csv"
	first := ingest(t, w, testOptions(), f)[0]
	if first.SameFileRun != 0 {
		t.Fatalf("first import flagged: %+v", first)
	}
	if again := ingest(t, w, testOptions(), f)[0]; again.SameFileRun != 0 {
		t.Errorf("a re-import that added nothing flagged: %+v", again)
	}
	if _, err := w.DB().Exec("UPDATE call_rows SET call_key = 'old-' || call_key"); err != nil {
		t.Fatal(err)
	}
	if r := ingest(t, w, testOptions(), f)[0]; r.Loaded == 0 || r.SameFileRun != first.RunID {
		t.Errorf("keys changed: loaded %d, SameFileRun %d; want > 0, %d", r.Loaded, r.SameFileRun, first.RunID)
	}
}
