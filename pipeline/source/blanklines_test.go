package source

import (
	"slices"
	"strings"
	"testing"
	"testing/iotest"
)

func TestBlankLines(t *testing.T) {
	d := Dialect{Delimiter: ";"}
	tests := []struct {
		name, in string
		want     []int64
	}{
		{"none", "A;B\n1;2\n3;4\n", nil},
		{"one in the middle", "A;B\n1;2\n\n3;4\n", []int64{3}},
		{"crlf", "A;B\r\n1;2\r\n\r\n\r\n3;4\r\n", []int64{3, 4}},
		{"lone cr", "A;B\r1;2\r\r3;4\r", []int64{3}},
		{"trailing", "A;B\n1;2\n\n", []int64{3}},
		{"a quoted field spanning lines is one line", "A;B\n\"x\n\ny\";2\n\n3;4\n", []int64{3}},
		{"a doubled quote stays inside", "A;B\n\"say \"\"hi\"\"\n\nthere\";2\n\n", []int64{3}},
		{"a quote inside a field is text", "A;B\n5\" screen;2\n\n3;4\n", []int64{3}},
		{"spaces are not empty", "A;B\n1;2\n  \n3;4\n", nil},
		{"delimiters are not empty", "A;B\n1;2\n;\n3;4\n", nil},
		{"a leading empty line", "\nA;B\n1;2\n", []int64{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := BlankLines(strings.NewReader(tt.in), d)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("BlankLines = %v, want %v", got, tt.want)
			}
			// read a byte at a time: a CRLF or a doubled quote cut in two
			if got, _ := BlankLines(iotest.OneByteReader(strings.NewReader(tt.in)), d); !slices.Equal(got, tt.want) {
				t.Errorf("BlankLines a byte at a time = %v, want %v", got, tt.want)
			}
		})
	}
}

func FuzzBlankLines(f *testing.F) {
	f.Add("A;B\n\"x\n\ny\";2\n\n3;4\n")
	f.Fuzz(func(t *testing.T, s string) {
		got, err := BlankLines(strings.NewReader(s), Dialect{Delimiter: ";"})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.IsSorted(got) || len(got) > strings.Count(s, "\n")+strings.Count(s, "\r") {
			t.Fatalf("blank lines %v of %q", got, s)
		}
		if bytewise, _ := BlankLines(iotest.OneByteReader(strings.NewReader(s)), Dialect{Delimiter: ";"}); !slices.Equal(got, bytewise) {
			t.Fatalf("%q: %v read whole, %v a byte at a time", s, got, bytewise)
		}
	})
}

func TestScanLinesOpenQuote(t *testing.T) {
	d := Dialect{Delimiter: ";"}
	for in, want := range map[string]bool{
		"A;B\n1;\"x\n2;y\n":      true,  // never closed
		"A;B\n1;\"x\"\n":         false, // closed at the end
		"A;B\n1;\"x\"\"\"\n":     false, // a doubled quote, then closed
		"A;B\n1;\"abc\"def\n":    false, // closed, text after: not open
		"A;B\n1;5\" screen\n2;y": false, // a quote inside a field is text
	} {
		got, err := ScanLines(strings.NewReader(in), d)
		if err != nil {
			t.Fatal(err)
		}
		if got.OpenQuote != want {
			t.Errorf("ScanLines(%q).OpenQuote = %v, want %v", in, got.OpenQuote, want)
		}
	}
}
