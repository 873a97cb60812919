package source

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// samplesDir holds the sample exports, one folder per preset.
const samplesDir = "../../testdata/sources"

// readSample reads a sample export.
func readSample(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(samplesDir, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestSniffSamples(t *testing.T) {
	tests := []struct {
		file string
		want Dialect
	}{
		{"hubspot/calls.csv", Dialect{Encoding: "utf-8", Delimiter: ",", Quote: `"`, Decimal: ".", DateOrder: "ymd", HeaderRow: 1}},
		{"salesforce/tasks.csv", Dialect{Encoding: "utf-8", Delimiter: ",", Quote: `"`, Decimal: ".", DateOrder: "ymd", HeaderRow: 1}},
		{"pipedrive/activities.csv", Dialect{Encoding: "utf-8", Delimiter: ",", Quote: `"`, Decimal: ".", DateOrder: "ymd", HeaderRow: 1}},
		{"dynamics365/phonecalls.csv", Dialect{Encoding: "utf-8", Delimiter: ";", Quote: `"`, Decimal: ",", DateOrder: "dmy", HeaderRow: 1}},
		{"aircall/calls.csv", Dialect{Encoding: "utf-8", Delimiter: ",", Quote: `"`, Decimal: ".", DateOrder: "ymd", HeaderRow: 1}},
		{"generic/demo.csv", Dialect{Encoding: "utf-8", Delimiter: ";", Quote: `"`, Decimal: ",", DateOrder: "dmy", HeaderRow: 1}},
		{"generic/dansk_cp1252.csv", Dialect{Encoding: "windows-1252", Delimiter: ";", Quote: `"`, Decimal: ",", Thousands: ".", DateOrder: "dmy", HeaderRow: 3}},
		{"generic/dansk_utf8_bom.csv", Dialect{Encoding: "utf-8", Delimiter: ";", Quote: `"`, Decimal: ",", Thousands: ".", DateOrder: "dmy", HeaderRow: 3}},
		{"generic/english.tsv", Dialect{Encoding: "utf-8", Delimiter: "\t", Quote: `"`, Decimal: ".", Thousands: ",", DateOrder: "mdy", HeaderRow: 1}},
		{"generic/unicode_text.txt", Dialect{Encoding: "utf-16le", Delimiter: "\t", Quote: `"`, Decimal: ".", DateOrder: "dmy", HeaderRow: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got, err := Sniff(readSample(t, tt.file))
			if err != nil {
				t.Fatalf("Sniff: %v", err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Sniff (-want +got):\n%s", diff)
			}
		})
	}
}

// utf16 encodes ASCII text as UTF-16 without a BOM.
func utf16(s string, bigEndian bool) []byte {
	var b bytes.Buffer
	for _, c := range []byte(s) {
		if bigEndian {
			b.Write([]byte{0, c})
		} else {
			b.Write([]byte{c, 0})
		}
	}
	return b.Bytes()
}

func TestSniff(t *testing.T) {
	tests := []struct {
		name    string
		in      []byte
		want    Dialect
		wantErr error
	}{
		{
			name: "preamble and empty lines before the header",
			in:   []byte("Report: Calls, generated 2024-03-01\n\nDate,Rep,Note\n2024-03-01,Ann,ingen svar\n2024-03-02,Bo,vm\n"),
			want: Dialect{Encoding: "utf-8", Delimiter: ",", Quote: `"`, Decimal: ".", DateOrder: "ymd", HeaderRow: 3},
		},
		{
			name: "quoted fields hold delimiters and newlines",
			in:   []byte("Dato;Note\n01-02-2024;\"a;b\nc;d;e\"\n02-02-2024;ok\n13-02-2024;\"x\"\"y\"\n"),
			want: Dialect{Encoding: "utf-8", Delimiter: ";", Quote: `"`, Decimal: ",", DateOrder: "dmy", HeaderRow: 1},
		},
		{
			name: "pipe with a first part above 12 proves day first",
			in:   []byte("date|rep\n13/01/2024|a\n01/02/2024|b\n"),
			want: Dialect{Encoding: "utf-8", Delimiter: "|", Quote: `"`, Decimal: ".", DateOrder: "dmy", HeaderRow: 1},
		},
		{
			name: "second part above 12 proves month first",
			in:   []byte("date,rep\n01/13/2024,a\n02/01/2024,b\n"),
			want: Dialect{Encoding: "utf-8", Delimiter: ",", Quote: `"`, Decimal: ".", DateOrder: "mdy", HeaderRow: 1},
		},
		{
			name: "decimal comma in a comma file, quoted",
			in:   []byte("Navn,Beløb\nA,\"12,5\"\nB,\"1.234,75\"\n"),
			want: Dialect{Encoding: "utf-8", Delimiter: ",", Quote: `"`, Decimal: ",", Thousands: ".", DateOrder: "dmy", HeaderRow: 1},
		},
		{
			name: "decimal point and thousands comma with semicolons",
			in:   []byte("Name;Amount\nA;1,234.5\nB;12.25\n"),
			want: Dialect{Encoding: "utf-8", Delimiter: ";", Quote: `"`, Decimal: ".", Thousands: ",", DateOrder: "dmy", HeaderRow: 1},
		},
		{
			name: "space thousands",
			in:   []byte("Name;Amount\nA;1 234,5\nB;12 000\n"),
			want: Dialect{Encoding: "utf-8", Delimiter: ";", Quote: `"`, Decimal: ",", Thousands: " ", DateOrder: "dmy", HeaderRow: 1},
		},
		{
			name: "latin-1 bytes are windows-1252",
			in:   []byte("Firma;S\xe6lger\nK\xf8ge;\xc5se\nAarhus;Bo\n"),
			want: Dialect{Encoding: "windows-1252", Delimiter: ";", Quote: `"`, Decimal: ",", DateOrder: "dmy", HeaderRow: 1},
		},
		{
			name: "utf-8 with a pasted windows-1252 row is mixed",
			in:   []byte("Firma;Sælger\nKøge;Åse\nK\xf8ge;B\xf8rge\nAarhus;Bo\n"),
			want: Dialect{Encoding: "utf-8+windows-1252", Delimiter: ";", Quote: `"`, Decimal: ",", DateOrder: "dmy", HeaderRow: 1},
		},
		{
			name: "a utf-8 bom before windows-1252 text is mixed",
			in:   []byte("\xef\xbb\xbfFirma;S\xe6lger\nK\xf8ge;\xc5se\nAarhus;Bo\n"),
			want: Dialect{Encoding: "utf-8+windows-1252", Delimiter: ";", Quote: `"`, Decimal: ",", DateOrder: "dmy", HeaderRow: 1},
		},
		{
			name: "one stray NUL in text",
			in:   []byte("Firma;Note\nA;x\x00y\n" + strings.Repeat("Brdr. Hansen;ring igen\n", 20)),
			want: Dialect{Encoding: "utf-8", Delimiter: ";", Quote: `"`, Decimal: ",", DateOrder: "dmy", HeaderRow: 1},
		},
		{
			name: "rows end in a delimiter, the header does not",
			in:   []byte("Dato;Sælger;Firma;Note\n04-03-2024 09:00;Anne;F1;a;\n05-03-2024 09:00;Bo;F2;b;\n06-03-2024 09:00;Cy;F3;c;\n"),
			want: Dialect{Encoding: "utf-8", Delimiter: ";", Quote: `"`, Decimal: ",", DateOrder: "dmy", HeaderRow: 1},
		},
		{
			name: "the header ends in a delimiter, the rows do not",
			in:   []byte("Dato;Sælger;Firma;Note;\n04-03-2024 09:00;Anne;F1;a\n05-03-2024 09:00;Bo;F2;b\n06-03-2024 09:00;Cy;F3;c\n"),
			want: Dialect{Encoding: "utf-8", Delimiter: ";", Quote: `"`, Decimal: ",", DateOrder: "dmy", HeaderRow: 1},
		},
		{
			name: "two NULs in a short file",
			in:   []byte("Firma;Note\nF\x001;n\x00ote\nF2;ok\nF3;ok\n"),
			want: Dialect{Encoding: "utf-8", Delimiter: ";", Quote: `"`, Decimal: ",", DateOrder: "dmy", HeaderRow: 1},
		},
		{
			name: "utf-16le without a bom",
			in:   utf16("Date\tNote\n2024-01-02\tx\n2024-01-03\ty\n", false),
			want: Dialect{Encoding: "utf-16le", Delimiter: "\t", Quote: `"`, Decimal: ".", DateOrder: "ymd", HeaderRow: 1},
		},
		{
			name: "utf-16be without a bom",
			in:   utf16("Date,Note\n2024-01-02,x\n2024-01-03,y\n", true),
			want: Dialect{Encoding: "utf-16be", Delimiter: ",", Quote: `"`, Decimal: ".", DateOrder: "ymd", HeaderRow: 1},
		},
		{
			name: "crlf line ends and a head cut mid-row",
			in:   []byte("A,B,C\r\n1,x,2024-01-01\r\n2,y,2024-01-02\r\n3,z,2024-0"),
			want: Dialect{Encoding: "utf-8", Delimiter: ",", Quote: `"`, Decimal: ".", DateOrder: "ymd", HeaderRow: 1},
		},
		{
			name: "excel sep line names the delimiter",
			in:   []byte("sep=,\r\nNavn,Note\r\nA,\"x;y;z\"\r\nB,w;v\r\n"),
			want: Dialect{Encoding: "utf-8", Delimiter: ",", Quote: `"`, Decimal: ".", DateOrder: "dmy", HeaderRow: 2},
		},
		{
			name: "excel sep line is not the header of a two-column file",
			in:   []byte("sep=;\nDato;Note\n01-02-2024;ok\n"),
			want: Dialect{Encoding: "utf-8", Delimiter: ";", Quote: `"`, Decimal: ",", DateOrder: "dmy", HeaderRow: 2},
		},
		{name: "empty", in: nil, wantErr: ErrEmpty},
		{name: "only white space", in: []byte(" \r\n\n\t\n"), wantErr: ErrEmpty},
		{name: "utf-8 bom only", in: []byte("\xef\xbb\xbf\n"), wantErr: ErrEmpty},
		{name: "binary", in: []byte("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00"), wantErr: ErrNotText},
		{name: "control codes", in: bytes.Repeat([]byte("ab\x01\x02\x03"), 50), wantErr: ErrNotText},
		{name: "NULs", in: bytes.Repeat([]byte("ab\x00"), 50), wantErr: ErrNotText},
		{name: "one column", in: []byte("note\nhello\nworld\n"), wantErr: ErrNoDelimiter},
		{name: "no header, only values", in: []byte("1,2,3\n4,5,6\n7,8,9\n"), wantErr: ErrNoHeader},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Sniff(tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Sniff error = %v, want %v", err, tt.wantErr)
			}
			if err != nil {
				if !strings.HasPrefix(err.Error(), "source: ") {
					t.Errorf("error %q lacks the source: prefix", err)
				}
				return
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Sniff (-want +got):\n%s", diff)
			}
		})
	}
}

// bigHead builds a SniffSize head from the Danish sample, repeating its
// rows, cut mid-row as a real head would be.
func bigHead(tb testing.TB) []byte {
	tb.Helper()
	sample := readSample(tb, "generic/demo.csv")
	header, rows, _ := bytes.Cut(sample, []byte("\n"))
	head := append(append([]byte{}, header...), '\n')
	for len(head) < SniffSize {
		head = append(head, rows...)
	}
	return head[:SniffSize]
}

func TestSniffBigHead(t *testing.T) {
	got, err := Sniff(bigHead(t))
	if err != nil {
		t.Fatal(err)
	}
	want := Dialect{Encoding: "utf-8", Delimiter: ";", Quote: `"`, Decimal: ",", DateOrder: "dmy", HeaderRow: 1}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Sniff (-want +got):\n%s", diff)
	}
}

func BenchmarkSniff(b *testing.B) {
	head := bigHead(b)
	b.SetBytes(int64(len(head)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Sniff(head); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzSniff(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(samplesDir, "*", "*"))
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("a;b\n\"unterminated\n"))
	f.Add([]byte("\xff\xfe"))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := Sniff(b)
		if err != nil {
			return
		}
		if d.HeaderRow < 1 || len(d.Delimiter) != 1 {
			t.Fatalf("Sniff(%q) = %+v: bad header row or delimiter", b, d)
		}
		if _, err := ReadHeader(b, d); err != nil {
			t.Fatalf("ReadHeader after Sniff(%q) = %+v: %v", b, d, err)
		}
	})
}
