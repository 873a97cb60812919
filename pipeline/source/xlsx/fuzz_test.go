package xlsx

import (
	"bytes"
	"encoding/xml"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// maxFuzzRows bounds how far one fuzz input is read.
const maxFuzzRows = 1000

// fuzzSheets are sheet bodies that exercise every path of the reader.
var fuzzSheets = []string{
	`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" s="1"><v>45356</v></c></row>`,
	`<row r="2"><c r="A2" t="inlineStr"><is><r><t>a&amp;b</t></r><rPh><t>x</t></rPh></is></c><c r="D2" t="b"><v>1</v></c></row><row r="4"/>`,
	`<row><c t="str"><f>A1</f><v>&#230;_x000D_</v></c><c t="e"><v>#N/A</v></c><c s="3"><v>45356.5</v></c></row>`,
	`<!-- c --><row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[<x>]]></t></is></c><c r="B1" s="2"><v>0.5</v></c></row>`,
}

// FuzzRows opens mutated workbooks: Open and Rows must return errors,
// never panic, and rows must stay within Excel's limits.
func FuzzRows(f *testing.F) {
	for _, data := range fuzzSheets {
		f.Add(zipBytes(f, minimalParts(data)))
	}
	f.Add(excelizeBytes(f))
	f.Fuzz(func(t *testing.T, data []byte) {
		path := writeTemp(t, data)
		x, err := Open(path)
		if err != nil {
			return
		}
		defer x.Close()
		for _, sheet := range x.Sheets() {
			checkSheet(t, x, sheet)
		}
	})
}

// FuzzSheetXML feeds mutated sheet XML through an otherwise valid
// workbook, which reaches the scanner far more often than mutated zips.
// Reading twice must give the same rows.
func FuzzSheetXML(f *testing.F) {
	for _, data := range fuzzSheets {
		f.Add([]byte(sheetXML(data)))
	}
	f.Fuzz(func(t *testing.T, sheet []byte) {
		parts := minimalParts("")
		parts["xl/worksheets/sheet1.xml"] = string(sheet)
		path := writeTemp(t, zipBytes(t, parts))
		first, err1 := readAll(t, path, "Sheet1")
		second, err2 := readAll(t, path, "Sheet1")
		if errString(err1) != errString(err2) || len(first) != len(second) {
			t.Fatalf("two reads differ: %v / %v, %d / %d rows", err1, err2, len(first), len(second))
		}
	})
}

// FuzzInlineRoundTrip checks that any text written as an escaped inline
// string reads back unchanged.
func FuzzInlineRoundTrip(f *testing.F) {
	for _, s := range []string{"hej", "æøå & <tag> \"q\"", "a\r\nb\tc", "  spaces  ", "😀", "]]>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.Contains(s, "_x") || strings.ContainsFunc(s, func(r rune) bool { return !isXMLChar(r) }) {
			t.Skip("not representable as plain XML text")
		}
		var esc bytes.Buffer
		if err := xml.EscapeText(&esc, []byte(s)); err != nil {
			t.Fatalf("escape: %v", err)
		}
		data := `<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">` + esc.String() + `</t></is></c></row>`
		got, err := readAll(t, writeTemp(t, zipBytes(t, minimalParts(data))), "Sheet1")
		if err != nil {
			t.Fatalf("read: %v", err)
		}
		var cell string
		if len(got) == 1 && len(got[0].Cells) == 1 {
			cell = got[0].Cells[0]
		}
		if len(got) != 1 || cell != s {
			t.Errorf("got %q, want %q", cell, s)
		}
	})
}

// checkSheet reads up to maxFuzzRows rows and checks their bounds.
func checkSheet(t *testing.T, x *File, sheet string) {
	t.Helper()
	rows, err := x.Rows(sheet)
	if err != nil {
		return
	}
	defer rows.Close()
	for n := 0; n < maxFuzzRows && rows.Next(); n++ {
		if num := rows.RowNumber(); num < 1 || num > maxRows {
			t.Fatalf("row number %d out of range", num)
		}
		if w := len(rows.Row()); w > maxCols {
			t.Fatalf("row of %d cells, more than %d", w, maxCols)
		}
	}
}

// excelizeBytes returns a small workbook as excelize writes it.
func excelizeBytes(f *testing.F) []byte {
	f.Helper()
	data, err := os.ReadFile(saveBook(f, func(x *excelize.File) error {
		return setCells(x, "Sheet1", map[string]any{"A1": "navn", "B1": 1.5, "A2": "æøå", "C2": true})
	}))
	if err != nil {
		f.Fatalf("read fixture: %v", err)
	}
	return data
}
