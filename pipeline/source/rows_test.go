package source

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// readAll reads every call of a file, collecting row errors.
func readAll(t *testing.T, r *Reader) ([]Call, []error) {
	t.Helper()
	var calls []Call
	var rejects []error
	for {
		c, err := r.Read()
		var re *RowError
		switch {
		case err == io.EOF:
			return calls, rejects
		case errors.As(err, &re):
			rejects = append(rejects, err)
		case err != nil:
			t.Fatal(err)
		default:
			calls = append(calls, c)
		}
	}
}

func TestReaderSamples(t *testing.T) {
	tests := []struct {
		file  string
		rows  int
		first Call
	}{
		{"hubspot/calls.csv", 20, Call{Line: 2, RecordID: "21034500", CalledAt: time.Date(2024, 3, 4, 9, 12, 0, 0, time.UTC), Month: 3, Weekday: 1,
			Rep: "Mette Kristensen", Company: "Jensen VVS ApS", Contact: "Bo Jensen", Phone: "+4586123456", Direction: "outbound",
			DurationS: 0, Disposition: "No answer", Outcome: "not_reached", Subject: "Opkald til Jensen VVS", Note: "ingen svar"}},
		{"pipedrive/activities.csv", 16, Call{Line: 2, RecordID: "5120", CalledAt: time.Date(2024, 5, 6, 8, 30, 0, 0, time.UTC), Month: 5, Weekday: 1,
			Rep: "Line Bak", Company: "Tønder Tømrer", Contact: "Hans Bro", Phone: "+4540112233", Direction: "outbound",
			DurationS: 300, Disposition: "call", Subject: "Ring op", Note: "ingen svar"}},
		{"generic/dansk_cp1252.csv", 15, Call{Line: 4, CalledAt: time.Date(2024, 4, 2, 8, 30, 0, 0, time.UTC), Month: 4, Weekday: 2,
			Rep: "Søren Ø", Team: "Salg Øst", Company: "Næstved Nøgleservice", Contact: "Åge Bæk", Phone: "+4555727272",
			Industry: "Service", Size: "8", DurationS: 0, Attempt: 1, Disposition: "Ingen svar", Outcome: "not_reached", Note: "ingen svar"}},
		{"generic/unicode_text.txt", 8, Call{Line: 2, CalledAt: time.Date(2024, 3, 18, 9, 0, 0, 0, time.UTC), Month: 3, Weekday: 1,
			Rep: "Eva Hald", Company: "Århus Ål", Phone: "+4586111111", Direction: "outbound", DurationS: 0,
			Disposition: "Ingen svar", Outcome: "not_reached", Note: "ingen svar"}},
		{"salesforce/tasks.csv", 18, Call{}},
		{"dynamics365/phonecalls.csv", 15, Call{}},
		{"aircall/calls.csv", 16, Call{}},
		{"generic/demo.csv", 18, Call{}},
		{"generic/dansk_utf8_bom.csv", 15, Call{}},
		{"generic/english.tsv", 12, Call{}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			raw := readSample(t, tt.file)
			d, err := Sniff(raw)
			if err != nil {
				t.Fatal(err)
			}
			header, err := ReadHeader(raw, d)
			if err != nil {
				t.Fatal(err)
			}
			m, err := DetectPreset(header)
			if err != nil {
				t.Fatal(err)
			}
			r, err := NewReader(bytes.NewReader(raw), m, d)
			if err != nil {
				t.Fatal(err)
			}
			calls, rejects := readAll(t, r)
			if len(rejects) > 0 {
				t.Errorf("rejects: %v", rejects)
			}
			if len(calls) != tt.rows {
				t.Fatalf("got %d calls, want %d", len(calls), tt.rows)
			}
			for _, c := range calls {
				if c.CalledAt.IsZero() || c.Note == "" && c.Disposition == "" && c.Outcome == "" {
					t.Errorf("line %d: call without a time or any text: %+v", c.Line, c)
				}
			}
			if tt.first.Line == 0 {
				return
			}
			if diff := cmp.Diff(tt.first, calls[0]); diff != "" {
				t.Errorf("first call (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReaderRejects(t *testing.T) {
	m, err := ParseMapping("m.yaml", []byte(`
fields:
  called_at: {column: Dato, time: Tid}
  weekday: {column: Dag}
  duration_s: {column: Varighed, unit: s}
  attempt: {column: Forsøg}
  outcome: {column: Udfald, strict: true, values: {Møde: meeting}}
  note: {column: Note}
`))
	if err != nil {
		t.Fatal(err)
	}
	in := "Rapport\n\nDato;Tid;Dag;Varighed;Forsøg;Udfald;Note\n" +
		"01-02-2024;10:00;tors;60;1;Møde;fint\n" +
		"31-02-2024;10:00;;60;1;;forkert dato\n" +
		"01-02-2024;;;ca. 2 min;1;;x\n" +
		"01-02-2024;;;;to;;y\n" +
		"01-02-2024;;;;;Nej;z\n" +
		";;fre;;;;\"kun\nugedag\"\n"
	r, err := NewReader(strings.NewReader(in), m, Dialect{Delimiter: ";", HeaderRow: 3})
	if err != nil {
		t.Fatal(err)
	}
	calls, rejects := readAll(t, r)
	var got []string
	for _, e := range rejects {
		got = append(got, e.Error())
	}
	want := []string{
		`line 5: column "Dato" (called_at): cannot read a date: "31-02-2024 10:00"`,
		`line 6: column "Varighed" (duration_s): cannot read a duration in s: "ca. 2 min"`,
		`line 7: column "Forsøg" (attempt): cannot read a whole number: "to"`,
		`line 8: column "Udfald" (outcome): value not in the mapping's values (strict): "Nej"`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rejects (-want +got):\n%s", diff)
	}
	if len(calls) != 2 {
		t.Fatalf("got %d calls, want 2", len(calls))
	}
	if c := calls[0]; c.Line != 4 || c.Outcome != "meeting" || c.Weekday != 4 || c.DurationS != 60 || c.Attempt != 1 {
		t.Errorf("first call = %+v", c)
	}
	if c := calls[1]; c.Line != 9 || !c.CalledAt.IsZero() || c.Weekday != 5 || c.DurationS != -1 || c.Note != "kun\nugedag" {
		t.Errorf("last call = %+v", c)
	}
}

func TestNewReaderErrors(t *testing.T) {
	m, err := Preset("generic")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		in      string
		d       Dialect
		wantErr error
	}{
		{"header past the end", "a\n", Dialect{HeaderRow: 4}, ErrNoHeader},
		{"no time column", "Sælger;Note\nA;b\n", Dialect{Delimiter: ";"}, ErrMissingColumns},
		{"bad encoding", "x", Dialect{Encoding: "x"}, ErrEncoding},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewReader(strings.NewReader(tt.in), m, tt.d)
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("NewReader error = %v, want %v", err, tt.wantErr)
			}
		})
	}
}

func TestParseMonthAndWeekday(t *testing.T) {
	months := map[string]int{"maj": 5, "Oct.": 10, "12": 12, "3": 3}
	for in, want := range months {
		if got, ok := ParseMonth(in); !ok || got != want {
			t.Errorf("ParseMonth(%q) = %d, %v; want %d", in, got, ok, want)
		}
	}
	days := map[string]int{"tirs": 2, "Thu.": 4, "søndag": 7, "mon": 1, "6": 6}
	for in, want := range days {
		if got, ok := ParseWeekday(in); !ok || got != want {
			t.Errorf("ParseWeekday(%q) = %d, %v; want %d", in, got, ok, want)
		}
	}
	for _, in := range []string{"13", "0", "smarch", ""} {
		if _, ok := ParseMonth(in); ok {
			t.Errorf("ParseMonth(%q) ok, want not ok", in)
		}
	}
	for _, in := range []string{"8", "0", "someday", ""} {
		if _, ok := ParseWeekday(in); ok {
			t.Errorf("ParseWeekday(%q) ok, want not ok", in)
		}
	}
}

// FuzzReader checks that no file panics the sniff-detect-read path.
func FuzzReader(f *testing.F) {
	f.Add(readSample(f, "generic/demo.csv"))
	f.Add(readSample(f, "generic/dansk_cp1252.csv"))
	f.Add([]byte("Dato;Note\n\"01-02-2024\";\"a\"\"b\n"))
	generic, err := Preset("generic")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := Sniff(b)
		if err != nil {
			return
		}
		r, err := NewReader(bytes.NewReader(b), generic, d)
		if err != nil {
			return
		}
		for range 1000 {
			c, err := r.Read()
			var re *RowError
			if err != nil && !errors.As(err, &re) {
				return
			}
			if err == nil && c.Line < 1 {
				t.Fatalf("call without a line: %+v", c)
			}
		}
	})
}
