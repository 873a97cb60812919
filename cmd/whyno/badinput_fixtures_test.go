package main

import (
	"bytes"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/unicode"
)

// writeBadInput regenerates the committed files of testdata/badinput. It is
// a flag of its own, not -update: the encrypted workbook gets a fresh salt
// each time, so rewriting it on every golden update would only churn.
var writeBadInput = flag.Bool("write-badinput", false, "regenerate the files under testdata/badinput")

// badInputDir holds the bad-input corpus (see its README.md).
const badInputDir = "../../testdata/badinput"

// genericHeader is the header of a home-made Danish call sheet (preset generic).
const genericHeader = "Dato;Tid;Sælger;Firma;Telefon;Udfald;Varighed;Note"

// The formula injections and SQL-looking text the corpus puts into names,
// companies and notes. Each must come out as text wherever whyno writes it.
const (
	injHyperlink = `=HYPERLINK("http://x","klik")`
	injPlusCmd   = "+cmd"
	injMinus     = "-2+3"
	injAtSum     = "@SUM(A1)"
	injSQL       = "Robert'); DROP TABLE calls;--"
)

// formulaRows are the data rows of formula-injection.csv and .xlsx: every
// note asks for a callback, so each row reaches the callback queue (and the
// report's workbook) with its rep, company and note.
var formulaRows = [][]string{
	{"05-01-2026", "09:15", injHyperlink, injPlusCmd, "12345678", "Talt med", "60", injHyperlink + " ikke nu, ring igen 20. januar"},
	{"05-01-2026", "09:16", injMinus, injAtSum, "12345678", "Talt med", "60", injPlusCmd + " travlt, ring tilbage i næste uge"},
	{"05-01-2026", "09:17", injSQL, "=1+1", "12345678", "Talt med", "60", injAtSum + " har ikke tid nu, ring igen om en uge"},
	{"05-01-2026", "09:18", "Anne", injSQL, "12345678", "Talt med", "60", injMinus + " send materiale, ring igen 15. januar"},
}

// badInputFiles renders every committed file of the corpus.
func badInputFiles(t *testing.T) map[string][]byte {
	t.Helper()
	row := "05-01-2026;09:15;Anne;Hansen ApS;12345678;Intet svar;0;ringede tilbage\n"
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().String(genericHeader + "\n" + row)
	if err != nil {
		t.Fatal(err)
	}
	workbook := xlsxBytes(t, [][]string{
		{"05-01-2026", "09:15", "Anne", "Hansen ApS", "12345678", "Intet svar", "0", "ingen svar"},
		{"06-01-2026", "10:30", "Bo", "Berg A/S", "87654321", "Talt med", "120", "ring igen i marts"},
	}, "")
	return map[string][]byte{
		"empty.csv":       nil,
		"header-only.csv": []byte(genericHeader + "\n"),
		"binary-junk.csv": junk(3000),
		"ragged-rows.csv": []byte(genericHeader + "\n" + row +
			"07-01-2026;10:00;Bo;Kort A/S\n" +
			"08-01-2026;10:00;Bo;Lang A/S;;;12;note;ekstra\n" +
			"09-01-2026;10:00;Bo;Meget lang A/S;;;12;note;1;2;3;4;5;6;7\n"),
		"duplicate-headers.csv": []byte("Dato;Tid;Sælger;Firma;Firma;Udfald;Varighed;Note\n" +
			"05-01-2026;09:15;Anne;Hansen ApS;Holm ApS;Intet svar;0;to firmaer\n"),
		"utf16le-no-bom.csv": []byte(utf16),
		"ebcdic.csv":         ebcdic(genericHeader + "\n" + row),
		"dates-future-and-1900.csv": []byte(genericHeader + "\n" +
			"05-01-2099;09:15;Anne;Fremtid ApS;12345678;Intet svar;0;fremtiden\n" +
			"01-01-1900;00:00;Anne;Gammel ApS;12345678;Intet svar;0;år 1900\n" +
			"05-01-2026;09:15;Anne;Nutid ApS;12345678;Intet svar;0;i dag\n"),
		"formula-injection.csv":  []byte(genericHeader + "\n" + csvRows(formulaRows)),
		"formula-injection.xlsx": xlsxBytes(t, formulaRows, ""),
		"truncated.xlsx":         workbook[:len(workbook)/2],
		"date-serials.xlsx":      xlsxDateSerials(t),
		"password.xlsx":          xlsxBytes(t, formulaRows[:1], "x"),
		"unknown-encoding.yaml": []byte("# a mapping asking for an encoding whyno does not know\n" +
			"name: odd\ncsv:\n  encoding: klingon\nfields:\n  called_at:\n    column: Dato\n"),
	}
}

// junk is n bytes of deterministic noise with NULs, as a binary file has.
func junk(n int) []byte {
	r := rand.New(rand.NewPCG(5, 1)) // fixed seed: the fixture is committed
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.UintN(256))
	}
	return b
}

// ebcdic encodes ASCII text (æ, ø, å dropped) as IBM code page 037: an
// encoding no sniffer guesses, with none of the usual delimiters' bytes.
func ebcdic(s string) []byte {
	const upper = "\xc1\xc2\xc3\xc4\xc5\xc6\xc7\xc8\xc9\xd1\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xd9\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9"
	const lower = "\x81\x82\x83\x84\x85\x86\x87\x88\x89\x91\x92\x93\x94\x95\x96\x97\x98\x99\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9"
	var out []byte
	for _, c := range s {
		switch {
		case c >= 'A' && c <= 'Z':
			out = append(out, upper[c-'A'])
		case c >= 'a' && c <= 'z':
			out = append(out, lower[c-'a'])
		case c >= '0' && c <= '9':
			out = append(out, byte(0xf0+c-'0'))
		case c == ';':
			out = append(out, 0x5e)
		case c == '-':
			out = append(out, 0x60)
		case c == ':':
			out = append(out, 0x7a)
		case c == ' ':
			out = append(out, 0x40)
		case c == '\n':
			out = append(out, 0x25)
		}
	}
	return out
}

// csvRows joins rows with ;, quoting fields that hold the delimiter.
func csvRows(rows [][]string) string {
	var sb strings.Builder
	for _, r := range rows {
		for i, f := range r {
			if i > 0 {
				sb.WriteByte(';')
			}
			if strings.ContainsAny(f, `;"`) {
				f = `"` + strings.ReplaceAll(f, `"`, `""`) + `"`
			}
			sb.WriteString(f)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

// xlsxBytes writes a one-sheet workbook of the generic header and rows, every
// cell a string (so "=..." is text, as a CRM export writes it); a password
// encrypts it (an OLE2 compound file, as Excel saves protected workbooks).
func xlsxBytes(t *testing.T, rows [][]string, password string) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	all := append([][]string{strings.Split(genericHeader, ";")}, rows...)
	for r, row := range all {
		for c, v := range row {
			cell, err := excelize.CoordinatesToCellName(c+1, r+1)
			if err != nil {
				t.Fatal(err)
			}
			if err := f.SetCellStr("Sheet1", cell, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	if password == "" {
		var buf bytes.Buffer
		if err := f.Write(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	path := filepath.Join(t.TempDir(), "p.xlsx")
	if err := f.SaveAs(path, excelize.Options{Password: password}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestBadInputFixtures keeps testdata/badinput in step with its generator:
// with -write-badinput it rewrites the files; without, every file must be
// there (the encrypted workbook's bytes differ per write, so only its
// presence is checked; the others must match byte for byte).
func TestBadInputFixtures(t *testing.T) {
	for name, data := range badInputFiles(t) {
		path := filepath.Join(badInputDir, name)
		if *writeBadInput {
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (regenerate with go test -run TestBadInputFixtures -write-badinput)", err)
		}
		if name == "password.xlsx" {
			continue // encryption draws a fresh salt on every write
		}
		if !bytes.Equal(got, data) {
			t.Errorf("%s differs from its generator (regenerate with -write-badinput)", path)
		}
	}
}

// dateSerials are Excel day numbers in the date column of date-serials.xlsx:
// the first day of 1900, Excel's fictional 29 February 1900, day 0, 2100,
// and two that are no date (negative, past year 9999).
var dateSerials = []float64{1, 60, 0, 73051, -5, 3e6}

// xlsxDateSerials writes a workbook whose dates are numbers formatted as
// dates, as Excel stores them, plus a row wider than its header.
func xlsxDateSerials(t *testing.T) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	style, err := f.NewStyle(&excelize.Style{NumFmt: 14}) // Excel's built-in short date
	if err != nil {
		t.Fatal(err)
	}
	hdr := []any{"Dato", "Tid", "Sælger", "Firma", "Telefon", "Udfald", "Varighed", "Note"}
	rows := [][]any{hdr}
	for _, d := range dateSerials {
		rows = append(rows, []any{d, "09:00", "Anne", fmt.Sprintf("Serial %g ApS", d), "12345678", "Talt med", 60, "ring igen"})
	}
	rows = append(rows, []any{"x", "09:00", "Anne", "Bred ApS", "12345678", "Talt med", 60, "n", "1", "2", "3", "4", "5", "6"})
	for r := range rows {
		cell, err := excelize.CoordinatesToCellName(1, r+1)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.SetSheetRow("Sheet1", cell, &rows[r]); err != nil {
			t.Fatal(err)
		}
		if r > 0 {
			if err := f.SetCellStyle("Sheet1", cell, cell, style); err != nil {
				t.Fatal(err)
			}
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
