package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/xuri/excelize/v2"
)

// saveBook builds a workbook with excelize and saves it in a temp dir.
func saveBook(t testing.TB, build func(f *excelize.File) error) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if err := build(f); err != nil {
		t.Fatalf("build workbook: %v", err)
	}
	path := filepath.Join(t.TempDir(), "book.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatalf("save workbook: %v", err)
	}
	return path
}

// Parts of a minimal workbook with one sheet, for hand-written XML.
const (
	contentTypes = `<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`
	packageRels = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>`
	minimalWorkbook = `<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`
	minimalWorkbookRels = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`
	// Style 1 is a date, 2 a time, 3 a date-time, 4 a custom Danish date,
	// 5 a plain number with a currency bracket.
	minimalStyles = `<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="[$-406]dd.mm.yyyy"/><numFmt numFmtId="165" formatCode="#,##0.00 [$kr.-406]"/></numFmts>
<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="20"/><xf numFmtId="22"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>
</styleSheet>`
	minimalSST = `<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">
<si><t>shared</t></si><si><r><rPr><b/></rPr><t>rich </t></r><r><t>text</t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si><si><t xml:space="preserve"> blåbær &amp; ost </t></si>
</sst>`
)

// sheetXML wraps sheetData content in a worksheet element.
func sheetXML(data string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1"/><sheetData>` +
		data + `</sheetData></worksheet>`
}

// minimalParts returns a one-sheet workbook whose sheet holds data.
func minimalParts(data string) map[string]string {
	return map[string]string{
		"[Content_Types].xml":        contentTypes,
		"_rels/.rels":                packageRels,
		"xl/workbook.xml":            minimalWorkbook,
		"xl/_rels/workbook.xml.rels": minimalWorkbookRels,
		"xl/styles.xml":              minimalStyles,
		"xl/sharedStrings.xml":       minimalSST,
		"xl/worksheets/sheet1.xml":   sheetXML(data),
	}
}

// zipBytes packs parts into a zip archive, uncompressed so that fuzzing
// mutates the XML rather than the deflate stream.
func zipBytes(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	names := make([]string, 0, len(parts))
	for name := range parts {
		names = append(names, name)
	}
	sort.Strings(names)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range names {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
		if err != nil {
			t.Fatalf("zip %s: %v", name, err)
		}
		if _, err := w.Write([]byte(parts[name])); err != nil {
			t.Fatalf("zip %s: %v", name, err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatalf("zip close: %v", err)
	}
	return buf.Bytes()
}

// writeTemp writes data to a temp file and returns its path.
func writeTemp(t testing.TB, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "book.xlsx")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatalf("write %s: %v", path, err)
	}
	return path
}

// numberedRow is a row with its sheet row number.
type numberedRow struct {
	Num   int
	Cells []string
}

// readAll streams a sheet into memory, for tests.
func readAll(t testing.TB, path, sheet string) ([]numberedRow, error) {
	t.Helper()
	return readAllWith(t, path, sheet, nil)
}

// readAllWith is readAll with the sheet's stream wrapped, e.g. by
// iotest.OneByteReader, which defeats the scanner's fast paths.
func readAllWith(t testing.TB, path, sheet string, wrap func(io.Reader) io.Reader) ([]numberedRow, error) {
	t.Helper()
	f, err := Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows, err := f.rows(sheet, wrap)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var got []numberedRow
	for rows.Next() {
		got = append(got, numberedRow{rows.RowNumber(), append([]string(nil), rows.Row()...)})
	}
	return got, rows.Err()
}
