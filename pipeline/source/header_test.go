package source

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
)

func TestSplitHeader(t *testing.T) {
	tests := []struct {
		name string
		line string
		d    Dialect
		want []string
	}{
		{"quoted with delimiter inside", `"Call notes","Associated Company, Inc",Id`, Dialect{}, []string{"Call notes", "Associated Company, Inc", "Id"}},
		{"semicolon and bom", "\ufeffDato ; Tid;Sælger", Dialect{Delimiter: ";"}, []string{"Dato", "Tid", "Sælger"}},
		{"written-out tab", `a\tb`, Dialect{Delimiter: `\t`}, []string{`a\tb`}},
		{"real tab", "a\tb", Dialect{Delimiter: `\t`}, []string{"a", "b"}},
		{"doubled quotes", `"say ""hi""";x`, Dialect{Delimiter: ";"}, []string{`say "hi"`, "x"}},
		{"trailing delimiter", "a,b,", Dialect{}, []string{"a", "b", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, SplitHeader(tt.line, tt.d)); diff != "" {
				t.Errorf("SplitHeader (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNormalizeHeader(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  Call  Notes\u00a0", "call notes"},
		{"\ufeffDATO", "dato"},
		{"SÆLGER", "sælger"},
		{"Activity - Due\tdate", "activity - due date"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := NormalizeHeader(tt.in); got != tt.want {
			t.Errorf("NormalizeHeader(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReadHeader(t *testing.T) {
	tests := []struct {
		name    string
		head    string
		d       Dialect
		want    []string
		wantErr error
	}{
		{"after a preamble", "Report\n\nA;B\n1;2\n", Dialect{Delimiter: ";", HeaderRow: 3}, []string{"A", "B"}, nil},
		{"quoted name spanning lines", "\"Multi\nline\",B\n1,2\n", Dialect{HeaderRow: 1}, []string{"Multi\nline", "B"}, nil},
		{"windows-1252", "Firma;S\xe6lger\n", Dialect{Encoding: "windows-1252", Delimiter: ";"}, []string{"Firma", "Sælger"}, nil},
		{"past the end", "A,B\n", Dialect{HeaderRow: 5}, nil, ErrNoHeader},
		{"unknown encoding", "A,B\n", Dialect{Encoding: "ebcdic"}, nil, ErrEncoding},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadHeader([]byte(tt.head), tt.d)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("ReadHeader error = %v, want %v", err, tt.wantErr)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ReadHeader (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNewUTF8Reader(t *testing.T) {
	tests := []struct {
		name, in, enc, want string
		wantErr             error
	}{
		{"utf-8 bom stripped", "\xef\xbb\xbfDato;Tid", "utf-8", "Dato;Tid", nil},
		{"utf-8 default", "æøå", "", "æøå", nil},
		{"windows-1252 with euro", "S\xe6lger \x80 5", "windows-1252", "Sælger € 5", nil},
		{"iso-8859-1 label", "K\xf8ge", "latin1", "Køge", nil},
		{"utf-16le with bom", "\xff\xfeA\x00\xe6\x00", "utf-16le", "Aæ", nil},
		{"utf-16be without bom", "\x00A\x00\xe6", "utf-16be", "Aæ", nil},
		{"unknown", "x", "klingon", "", ErrEncoding},
		{"mixed: utf-8 kept, the rest windows-1252", "Sælger;Note\nB\xf8rge;K\xf8ge \x80\nÅse;ø\n", "utf-8+windows-1252",
			"Sælger;Note\nBørge;Køge €\nÅse;ø\n", nil},
		{"mixed in one cell", "Bem\xe6rk: Ærø", "utf-8+windows-1252", "Bemærk: Ærø", nil},
		{"mixed: a lone lead byte at the end", "ab\xe6", "utf-8+windows-1252", "abæ", nil},
		{"mixed: bom stripped", "\xef\xbb\xbfK\xf8ge", "utf-8+windows-1252", "Køge", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// one byte at a time, so characters are cut at every position
			r, err := NewUTF8Reader(iotest.OneByteReader(strings.NewReader(tt.in)), tt.enc)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("NewUTF8Reader error = %v, want %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			got, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("decoded %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDecodeHeadCutCharacter(t *testing.T) {
	got, err := DecodeHead([]byte("Sælger;Bemærk\xc3"), "utf-8")
	if err != nil || got != "Sælger;Bemærk" {
		t.Errorf("DecodeHead = %q, %v; want the cut character dropped", got, err)
	}
	got, err = DecodeHead([]byte("\xff\xfeA\x00B"), "utf-16le")
	if err != nil || got != "A" {
		t.Errorf("DecodeHead = %q, %v; want the odd byte dropped", got, err)
	}
}
