package xlsx

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/xuri/excelize/v2"
)

func TestRowsExcelize(t *testing.T) {
	day := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	moment := time.Date(2024, 3, 5, 14, 5, 0, 0, time.UTC)
	tests := []struct {
		name  string
		build func(f *excelize.File) error
		want  []numberedRow
	}{
		{
			name: "strings numbers bools unicode entities",
			build: func(f *excelize.File) error {
				return setCells(f, "Sheet1", map[string]any{
					"A1": "Navn", "B1": "Beløb", "C1": "Antal", "D1": "Aktiv", "E1": "Note",
					"A2": "Søren Æbelø", "B2": 1234.5, "C2": 42, "D2": true, "E2": `A & B <c> "q" 'a'`,
					"A3": "Søren Æbelø", "B3": -0.25, "C3": int64(-7), "D3": false, "E3": "  mellemrum  ",
				})
			},
			want: []numberedRow{
				{1, []string{"Navn", "Beløb", "Antal", "Aktiv", "Note"}},
				{2, []string{"Søren Æbelø", "1234.5", "42", "TRUE", `A & B <c> "q" 'a'`}},
				{3, []string{"Søren Æbelø", "-0.25", "-7", "FALSE", "  mellemrum  "}},
			},
		},
		{
			name: "dates times and date-times by style",
			build: func(f *excelize.File) error {
				if err := setCells(f, "Sheet1", map[string]any{"A1": day, "B1": moment, "C1": moment, "D1": moment, "E1": 45356}); err != nil {
					return err
				}
				return setStyles(f, "Sheet1", map[string]excelize.Style{
					"A1": {NumFmt: 14},
					"B1": {CustomNumFmt: ptr(`[$-406]dd-mm-yyyy "kl." hh:mm`)},
					"C1": {NumFmt: 20},
					"E1": {CustomNumFmt: ptr(`#,##0 [$kr.-406];[Red]-#,##0`)},
				})
			},
			// D1 keeps excelize's default date-time style for time.Time.
			want: []numberedRow{{1, []string{"2024-03-05", "2024-03-05 14:05:00", "14:05:00", "2024-03-05 14:05:00", "45356"}}},
		},
		{
			name: "1904 date system",
			build: func(f *excelize.File) error {
				if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: ptr(true)}); err != nil {
					return err
				}
				if err := setCells(f, "Sheet1", map[string]any{"A1": day, "B1": moment}); err != nil {
					return err
				}
				return setStyles(f, "Sheet1", map[string]excelize.Style{"A1": {NumFmt: 14}, "B1": {NumFmt: 22}})
			},
			want: []numberedRow{{1, []string{"2024-03-05", "2024-03-05 14:05:00"}}},
		},
		{
			name: "column and row gaps",
			build: func(f *excelize.File) error {
				return setCells(f, "Sheet1", map[string]any{"A1": "a", "C1": "c", "E3": "e", "AA4": 1})
			},
			want: []numberedRow{
				{1, []string{"a", "", "c"}},
				{3, []string{"", "", "", "", "e"}},
				{4, append(make([]string, 26), "1")},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := saveBook(t, tt.build)
			got, err := readAll(t, path, "Sheet1")
			if err != nil {
				t.Fatalf("read: %v", err)
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("rows mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRowsXML(t *testing.T) {
	tests := []struct {
		name    string
		parts   map[string]string
		sheet   string // default Sheet1
		want    []numberedRow
		wantErr string
	}{
		{
			name:  "shared strings with rich text and phonetic runs",
			parts: minimalParts(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>`),
			want:  []numberedRow{{1, []string{"shared", "rich text", " blåbær & ost "}}},
		},
		{
			name: "inline strings",
			parts: minimalParts(`<row r="1"><c r="A1" t="inlineStr"><is><t>inline</t></is></c>` +
				`<c r="B1" t="inlineStr"><is><r><t>ri</t></r><r><rPr><i/></rPr><t xml:space="preserve">ch </t></r></is></c>` +
				`<c r="C1" t="inlineStr"><is><t/></is></c><c r="D1" t="inlineStr"><is/></c><c r="E1" t="inlineStr"><is><t>end</t></is></c></row>`),
			want: []numberedRow{{1, []string{"inline", "rich ", "", "", "end"}}},
		},
		{
			name: "formula strings booleans and errors",
			parts: minimalParts(`<row r="1"><c r="A1" t="str"><f>CONCAT("a","b")</f><v>ab</v></c>` +
				`<c r="B1" t="b"><v>1</v></c><c r="C1" t="b"><v>0</v></c><c r="D1" t="e"><f>NA()</f><v>#N/A</v></c>` +
				`<c r="E1"><f>1/0</f><v>3</v></c><c r="F1" t="d"><v>2024-03-05T14:05:00.000Z</v></c>` +
				`<c r="G1" t="d" s="1"><v>2024-03-05T00:00:00</v></c><c r="H1" t="d"><v>2024-03-05</v></c></row>`),
			want: []numberedRow{{1, []string{"ab", "TRUE", "FALSE", "#N/A", "3", "2024-03-05 14:05:00", "2024-03-05", "2024-03-05"}}},
		},
		{
			name: "numbers by style",
			parts: minimalParts(`<row r="1"><c r="A1" s="1"><v>45356</v></c><c r="B1" s="2"><v>0.586805555555556</v></c>` +
				`<c r="C1" s="3"><v>45356.5868055556</v></c><c r="D1" s="4"><v>45356</v></c><c r="E1" s="5"><v>1234.5</v></c>` +
				`<c r="F1"><v>45356</v></c><c r="G1" s="1"><v>not a number</v></c><c r="H1" s="99"><v>7</v></c><c r="I1" s="1" t="s"><v>0</v></c></row>`),
			want: []numberedRow{{1, []string{"2024-03-05", "14:05:00", "2024-03-05 14:05:00", "2024-03-05", "1234.5", "45356", "not a number", "7", "shared"}}},
		},
		{
			name: "entities and character references",
			parts: minimalParts(`<row r="1"><c r="A1" t="inlineStr"><is><t>&#230;&#xF8;&#229; &amp;&lt;&gt;&quot;&apos; &bogus; &#0; &amp</t></is></c>` +
				`<c r="B1" t="str"><v>x&#x1F600;y</v></c></row>`),
			want: []numberedRow{{1, []string{`æøå &<>"' &bogus; &#0; &amp`, "x😀y"}}},
		},
		{
			name:  "cdata comments and processing instructions",
			parts: minimalParts(`<!-- a comment --><?pi x?><row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[a<b>&amp;]]><!-- c -->z<?pi?></t></is></c></row>`),
			want:  []numberedRow{{1, []string{"a<b>&amp;z"}}},
		},
		{
			name:  "line ends and escaped characters",
			parts: minimalParts("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>l1&#13;&#10;l2\r\nl3\rl4_x000D_l5_x005F_x000D_</t></is></c></row>"),
			want:  []numberedRow{{1, []string{"l1\r\nl2\nl3\nl4\rl5_x000D_"}}},
		},
		{
			name: "cells and rows without references",
			parts: minimalParts(`<row><c><v>1</v></c><c><v>2</v></c><c r="D1"><v>4</v></c><c><v>5</v></c></row>` +
				`<row><c t="inlineStr"><is><t>x</t></is></c></row>`),
			want: []numberedRow{{1, []string{"1", "2", "", "4", "5"}}, {2, []string{"x"}}},
		},
		{
			name: "row gaps empty rows and trailing empty cells",
			parts: minimalParts(`<row r="2" spans="1:3"><c r="A2" s="1"/><c r="B2" t="s"><v>0</v></c><c r="C2" s="5"/>` +
				`<c r="D2"><v></v></c></row><row r="5"/><row r="9" ht="20" customHeight="1"><c r="C9"><v>9</v></c></row>`),
			want: []numberedRow{{2, []string{"", "shared"}}, {5, nil}, {9, []string{"", "", "9"}}},
		},
		{
			name:  "single-quoted attributes and spaces around equals",
			parts: minimalParts(`<row r = '1' ><c r='B1' t = 'inlineStr' ><is><t>q</t></is></c ></row >`),
			want:  []numberedRow{{1, []string{"", "q"}}},
		},
		{
			name: "namespace prefixes and absolute targets",
			parts: map[string]string{
				"_rels/.rels": packageRels,
				"xl/workbook.xml": `<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
					`<x:workbookPr date1904="true"/><x:sheets><x:sheet name="Data" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
				"xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
					`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>` +
					`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/xl/styles.xml"/>` +
					`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="../xl/sharedStrings.xml"/></Relationships>`,
				"xl/styles.xml":        minimalStyles,
				"xl/sharedStrings.xml": strings.ReplaceAll(strings.ReplaceAll(minimalSST, "<si>", "<x:si>"), "</si>", "</x:si>"),
				"xl/worksheets/sheet1.xml": `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>` +
					`<x:row r="1"><x:c r="A1" t="s"><x:v>2</x:v></x:c><x:c r="B1" s="1"><x:v>43894</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
			},
			sheet: "Data",
			want:  []numberedRow{{1, []string{" blåbær & ost ", "2024-03-05"}}},
		},
		{
			name:    "shared string index out of range",
			parts:   minimalParts(`<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" t="s"><v>9</v></c></row>`),
			wantErr: `xlsx: sheet "Sheet1" cell B3: shared string index "9" out of range (have 3)`,
		},
		{
			name:    "unterminated sheet data",
			parts:   map[string]string{"_rels/.rels": packageRels, "xl/workbook.xml": minimalWorkbook, "xl/_rels/workbook.xml.rels": minimalWorkbookRels, "xl/worksheets/sheet1.xml": `<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c>`},
			wantErr: `xlsx: sheet "Sheet1" row 1: unterminated <row>: unexpected end of sheet`,
		},
		{
			name:    "bad row number",
			parts:   minimalParts(`<row r="1"><c><v>1</v></c></row><row r="x2"/>`),
			wantErr: `xlsx: sheet "Sheet1" row 1: bad row number "x2"`,
		},
		{
			name:    "bad cell reference",
			parts:   minimalParts(`<row r="1"><c r="12"><v>1</v></c></row>`),
			wantErr: `xlsx: sheet "Sheet1" cell A1: bad cell reference "12"`,
		},
		{
			name:    "column beyond XFD",
			parts:   minimalParts(`<row r="1"><c r="XFE1"><v>1</v></c></row>`),
			wantErr: `xlsx: sheet "Sheet1" cell A1: cell reference "XFE1": column beyond XFD`,
		},
		{
			name:    "doctype refused",
			parts:   minimalParts(`<!DOCTYPE x [<!ENTITY a "b">]><row r="1"/>`),
			wantErr: `xlsx: sheet "Sheet1": unsupported markup declaration`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeTemp(t, zipBytes(t, tt.parts))
			sheet := tt.sheet
			if sheet == "" {
				sheet = "Sheet1"
			}
			// One byte at a time the scanner refills constantly and its
			// fast paths never match, so both code paths are checked.
			for _, wrap := range []func(io.Reader) io.Reader{nil, iotest.OneByteReader} {
				got, err := readAllWith(t, path, sheet, wrap)
				if gotErr := errString(err); gotErr != tt.wantErr {
					t.Fatalf("one byte %v: got error %q, want %q", wrap != nil, gotErr, tt.wantErr)
				}
				if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); tt.wantErr == "" && diff != "" {
					t.Errorf("one byte %v: rows mismatch (-want +got):\n%s", wrap != nil, diff)
				}
			}
		})
	}
}

func TestRowsParseErrorType(t *testing.T) {
	path := writeTemp(t, zipBytes(t, minimalParts(`<row r="3"><c r="B3" t="s"><v>9</v></c></row>`)))
	_, err := readAll(t, path, "Sheet1")
	var pe *ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("got %T %v, want *ParseError", err, err)
	}
	if got, want := fmt.Sprintf("%s %d %d", pe.Sheet, pe.Row, pe.Col), "Sheet1 3 2"; got != want {
		t.Errorf("got location %q, want %q", got, want)
	}
}

func TestRowsManyRowsSmallDimension(t *testing.T) {
	const n = 5000 // far past the <dimension ref="A1"/> the sheet claims
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, `<row r="%d"><c r="A%d"><v>%d</v></c><c r="B%d" t="s"><v>0</v></c></row>`, i, i, i*2, i)
	}
	got, err := readAll(t, writeTemp(t, zipBytes(t, minimalParts(b.String()))), "Sheet1")
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	if len(got) != n {
		t.Fatalf("got %d rows, want %d", len(got), n)
	}
	want := numberedRow{n, []string{fmt.Sprint(2 * n), "shared"}}
	if diff := cmp.Diff(want, got[n-1]); diff != "" {
		t.Errorf("last row mismatch (-want +got):\n%s", diff)
	}
}

func TestRowsLongCell(t *testing.T) {
	const size = 10 << 20 // a 10 MB note, as CRM dumps hold
	long := strings.Repeat("æ&amp;", size/7)
	wantText := strings.Repeat("æ&", size/7)
	data := `<row r="1"><c r="A1" t="inlineStr"><is><t>` + long + `</t></is></c><c r="B1"><v>2</v></c></row>`
	got, err := readAll(t, writeTemp(t, zipBytes(t, minimalParts(data))), "Sheet1")
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	if len(got) != 1 || len(got[0].Cells) != 2 {
		t.Fatalf("got %d rows, want 1 row of 2 cells", len(got))
	}
	if got[0].Cells[0] != wantText || got[0].Cells[1] != "2" {
		t.Errorf("got cell of %d bytes and %q, want %d bytes and \"2\"", len(got[0].Cells[0]), got[0].Cells[1], len(wantText))
	}
}

func TestSheetsAndLookup(t *testing.T) {
	path := saveBook(t, func(f *excelize.File) error {
		for _, name := range []string{"Kunder", "Opkald æøå"} {
			if _, err := f.NewSheet(name); err != nil {
				return err
			}
		}
		return f.SetCellValue("Opkald æøå", "A1", "hej")
	})
	f, err := Open(path)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	defer f.Close()
	if diff := cmp.Diff([]string{"Sheet1", "Kunder", "Opkald æøå"}, f.Sheets()); diff != "" {
		t.Errorf("sheets mismatch (-want +got):\n%s", diff)
	}
	got, err := readAll(t, path, "OPKALD ÆØÅ")
	if err != nil || len(got) != 1 || got[0].Cells[0] != "hej" {
		t.Errorf("case-insensitive lookup: got %v, %v, want one row [hej]", got, err)
	}
	if _, err := f.Rows("Nope"); !errors.Is(err, ErrSheetNotFound) {
		t.Errorf("got error %v, want ErrSheetNotFound", err)
	}
}

func TestRowsReuseAndClose(t *testing.T) {
	path := writeTemp(t, zipBytes(t, minimalParts(`<row r="1"><c t="inlineStr"><is><t>a</t></is></c></row><row r="2"><c><v>1</v></c></row>`)))
	f, err := Open(path)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	defer f.Close()
	rows, err := f.Rows("Sheet1")
	if err != nil {
		t.Fatalf("rows: %v", err)
	}
	if !rows.Next() {
		t.Fatalf("no first row: %v", rows.Err())
	}
	first := rows.Row()[0]
	if err := rows.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	if rows.Next() {
		t.Errorf("Next after Close returned true")
	}
	if first != "a" {
		t.Errorf("got %q, want kept string \"a\"", first)
	}
	if err := rows.Close(); err != nil {
		t.Errorf("second close: %v", err)
	}
}

// setCells sets each cell's value.
func setCells(f *excelize.File, sheet string, cells map[string]any) error {
	for ref, v := range cells {
		if err := f.SetCellValue(sheet, ref, v); err != nil {
			return err
		}
	}
	return nil
}

// setStyles gives each cell its own style.
func setStyles(f *excelize.File, sheet string, styles map[string]excelize.Style) error {
	for ref, st := range styles {
		id, err := f.NewStyle(&st)
		if err != nil {
			return err
		}
		if err := f.SetCellStyle(sheet, ref, ref, id); err != nil {
			return err
		}
	}
	return nil
}

func ptr[T any](v T) *T { return &v }

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// TestRowsBoundedMemory checks that streaming holds no more than the
// current row: the live heap after row 55,000 is about what it was after
// row 5,000.
func TestRowsBoundedMemory(t *testing.T) {
	const n = 60_000
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, `<row r="%d"><c r="A%d"><v>%d</v></c><c r="B%d" t="inlineStr"><is><t>note number %d for the call log</t></is></c></row>`, i, i, i, i, i)
	}
	path := writeTemp(t, zipBytes(t, minimalParts(b.String())))
	b.Reset()
	f, err := Open(path)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	defer f.Close()
	rows, err := f.Rows("Sheet1")
	if err != nil {
		t.Fatalf("rows: %v", err)
	}
	defer rows.Close()
	var early, late uint64
	for rows.Next() {
		switch rows.RowNumber() {
		case 5_000:
			early = liveHeap()
		case 55_000:
			late = liveHeap()
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("rows: %v", err)
	}
	// The 50,000 rows in between hold ~3 MB of text; keeping them would
	// show. 1 MiB leaves room for the runtime's own noise.
	if late > early+1<<20 {
		t.Errorf("live heap grew from %d to %d bytes while streaming", early, late)
	}
}

func liveHeap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

func TestRowsConcurrent(t *testing.T) {
	var b strings.Builder
	for i := 1; i <= 2000; i++ {
		fmt.Fprintf(&b, `<row r="%d"><c r="A%d" t="s"><v>%d</v></c><c r="B%d" s="1"><v>%d</v></c></row>`, i, i, i%3, i, 45000+i)
	}
	path := writeTemp(t, zipBytes(t, minimalParts(b.String())))
	f, err := Open(path)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	defer f.Close()
	const readers = 4
	counts := make(chan int, readers)
	for range readers {
		go func() {
			rows, err := f.Rows("Sheet1")
			if err != nil {
				counts <- -1
				return
			}
			defer rows.Close()
			n := 0
			for rows.Next() {
				n++
			}
			if rows.Err() != nil {
				n = -1
			}
			counts <- n
		}()
	}
	for range readers {
		if n := <-counts; n != 2000 {
			t.Errorf("a concurrent reader got %d rows, want 2000", n)
		}
	}
}
