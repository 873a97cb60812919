package synth

import (
	"bytes"
	"encoding/csv"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// small is the golden configuration: three reps (one English-speaking),
// twenty companies, January only.
var small = Options{Year: 2026, Reps: 3, Companies: 20, Seed: 42, Calls: 2000, AsOf: day0("2026-01-31")}

func TestGenerateGolden(t *testing.T) {
	var buf bytes.Buffer
	if _, err := Generate(&buf, small); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "january.golden")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("read golden (run with -update to create it): %v", err)
	}
	if diff := cmp.Diff(string(want), buf.String()); diff != "" {
		t.Errorf("Generate mismatch (-want +got):\n%s", diff)
	}
}

func TestGenerateDeterministic(t *testing.T) {
	opts := Options{Reps: 6, Companies: 300, Seed: 9, Calls: 6000}
	var a, b bytes.Buffer
	if _, err := Generate(&a, opts); err != nil {
		t.Fatal(err)
	}
	if _, err := Generate(&b, opts); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two runs with the same options differ")
	}
	opts.Seed++
	var c bytes.Buffer
	if _, err := Generate(&c, opts); err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Fatal("another seed gives the same year")
	}
}

// TestAsOfCutsWithoutChanging checks that a cut-off year is a prefix of the
// whole year: cutting leaves the calls before it as they were.
func TestAsOfCutsWithoutChanging(t *testing.T) {
	opts := Options{Reps: 5, Companies: 200, Seed: 3, Calls: 5000}
	var whole, cut bytes.Buffer
	if _, err := Generate(&whole, opts); err != nil {
		t.Fatal(err)
	}
	opts.AsOf = time.Date(2026, time.June, 10, 15, 30, 0, 0, time.UTC)
	st, err := Generate(&cut, opts)
	if err != nil {
		t.Fatal(err)
	}
	if st.Calls == 0 || !bytes.HasPrefix(whole.Bytes(), cut.Bytes()) {
		t.Fatalf("cut year (%d calls) is not a prefix of the whole year", st.Calls)
	}
	rows := readRows(t, cut.Bytes())
	if last := rows[len(rows)-1][0]; last != "10-06-2026" {
		t.Errorf("last call on %s, want 10-06-2026 (the AsOf date)", last)
	}
}

func TestWriteFiles(t *testing.T) {
	dir := t.TempDir()
	opts := Options{Reps: 4, Companies: 150, Seed: 1, Calls: 4000, AsOf: day0("2026-03-15")}
	st, err := WriteFiles(dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"calls-2026-01.csv", "calls-2026-02.csv", "calls-2026-03.csv"}
	var got []string
	n := 0
	for _, f := range st.Files {
		got = append(got, filepath.Base(f))
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rows := readRows(t, b)
		month := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(f), "calls-"), ".csv")
		for _, r := range rows {
			if r[0][6:]+"-"+r[0][3:5] != month {
				t.Fatalf("%s holds a call of %s", f, r[0])
			}
		}
		n += len(rows)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
	if n != st.Calls {
		t.Errorf("files hold %d calls, Stats says %d", n, st.Calls)
	}
	var one bytes.Buffer
	if _, err := Generate(&one, opts); err != nil {
		t.Fatal(err)
	}
	if rows := readRows(t, one.Bytes()); len(rows) != n {
		t.Errorf("Generate wrote %d calls, WriteFiles %d", len(rows), n)
	}
}

func TestWriteFilesMissingDir(t *testing.T) {
	_, err := WriteFiles(filepath.Join(t.TempDir(), "nope"), small)
	if err == nil || !strings.HasPrefix(err.Error(), "synth: ") {
		t.Fatalf("got %v, want a synth: error", err)
	}
}

func TestOptions(t *testing.T) {
	tests := []struct {
		name    string
		opts    Options
		want    Options
		wantErr bool
	}{
		{name: "defaults", opts: Options{},
			want: Options{Year: 2026, Reps: 20, Companies: DefaultCompanies, Calls: 50000}},
		{name: "year from AsOf", opts: Options{AsOf: day0("2025-05-01")},
			want: Options{Year: 2025, Reps: 20, Companies: DefaultCompanies, Calls: 50000, AsOf: day0("2025-05-01")}},
		{name: "calls scale with reps", opts: Options{Reps: 4},
			want: Options{Year: 2026, Reps: 4, Companies: DefaultCompanies, Calls: 10000}},
		{name: "negative reps", opts: Options{Reps: -1}, wantErr: true},
		{name: "too many reps", opts: Options{Reps: maxReps + 1}, wantErr: true},
		{name: "negative companies", opts: Options{Companies: -5}, wantErr: true},
		{name: "inhuman call target", opts: Options{Reps: 1, Calls: 1_000_000}, wantErr: true},
		{name: "year out of range", opts: Options{Year: 99}, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.opts.withDefaults()
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if err != nil {
				if !errors.Is(err, ErrOptions) {
					t.Errorf("err = %v, want it to wrap ErrOptions", err)
				}
				return
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("options (-want +got):\n%s", diff)
			}
		})
	}
	if _, err := Generate(&bytes.Buffer{}, Options{Reps: -1}); !errors.Is(err, ErrOptions) {
		t.Errorf("Generate with bad options: err = %v, want ErrOptions", err)
	}
}

func TestAsOfBeforeYear(t *testing.T) {
	var buf bytes.Buffer
	st, err := Generate(&buf, Options{Year: 2026, AsOf: day0("2025-12-31"), Reps: 2, Companies: 10})
	if err != nil {
		t.Fatal(err)
	}
	if st.Calls != 0 || len(readRows(t, buf.Bytes())) != 0 {
		t.Errorf("got %d calls before the year, want none", st.Calls)
	}
}

// The export's fields as whyno's generic preset reads them.
var (
	phoneRE = regexp.MustCompile(`^(\d\d \d\d \d\d \d\d|\d{8}|\+45 \d\d \d\d \d\d \d\d)$`)
	timeRE  = regexp.MustCompile(`^(0[89]|1[0-6]):[0-5]\d$`)
	udfald  = map[string]bool{"": true, "Intet svar": true, "Telefonsvarer": true, "Optaget": true,
		"Ikke truffet": true, "Forkert nummer": true, "Lukket": true, "Eksisterende kunde": true,
		"Møde booket": true, "Tilbud": true, "Ring igen": true, "Ikke interesseret": true,
		"Forkert person": true, "Send info": true, "Ønsker ikke opkald": true}
)

// TestExportFormat reads a generated year back as the ingest would and
// checks every field's format.
func TestExportFormat(t *testing.T) {
	var buf bytes.Buffer
	if _, err := Generate(&buf, Options{Reps: 8, Companies: 400, Seed: 5, Calls: 12000}); err != nil {
		t.Fatal(err)
	}
	if !utf8.Valid(buf.Bytes()) {
		t.Fatal("output is not UTF-8")
	}
	half := map[string]bool{"05-06-2026": true, "31-12-2026": true}
	prev := ""
	for i, r := range readRows(t, buf.Bytes()) {
		at := func(msg string, args ...any) {
			t.Helper()
			t.Fatalf("row %d %q: "+msg, append([]any{i + 2, r}, args...)...)
		}
		d, err := time.Parse("02-01-2006", r[0])
		switch {
		case err != nil:
			at("Dato: %v", err)
		case !IsWorkday(d):
			at("a call on a day off")
		case !timeRE.MatchString(r[1]) || r[1] > "16:29":
			at("Tid %q outside 08:00-16:29", r[1])
		case half[r[0]] && r[1] >= "12:00":
			at("a call on a half day's afternoon")
		case d.Format("2006-01-02")+r[1] < prev:
			at("calls out of order")
		case !phoneRE.MatchString(r[6]):
			at("Telefon %q", r[6])
		case r[9] != "Udgående" && r[9] != "Indgående":
			at("Retning %q", r[9])
		case !udfald[r[11]]:
			at("Udfald %q", r[11])
		case r[2] == "" || r[3] == "" || r[4] == "" || r[5] == "" || r[7] == "":
			at("an empty required field")
		}
		if n, err := strconv.Atoi(r[10]); err != nil || n < 1 {
			at("Varighed %q", r[10])
		}
		if r[8] != "" {
			if n, err := strconv.Atoi(r[8]); err != nil || n < 1 {
				at("Ansatte %q", r[8])
			}
		}
		prev = d.Format("2006-01-02") + r[1]
	}
}

// readRows parses an export, checks its header and returns its rows.
func readRows(t *testing.T, b []byte) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(b))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("parse export: %v", err)
	}
	if len(rows) == 0 || strings.Join(rows[0], ";") != "Dato;Tid;Sælger;Team;Firma;Kontaktperson;Telefon;Branche;Ansatte;Retning;Varighed;Udfald;Note" {
		t.Fatalf("header = %q", rows[:min(1, len(rows))])
	}
	return rows[1:]
}
