package reports

import (
	"fmt"
	"io"
	"time"

	"github.com/xuri/excelize/v2"
)

// colKind is how an XLSX column is typed and formatted.
type colKind int

const (
	colText colKind = iota
	colInt
	colFloat
	colPct
	colDate
	colDateTime
)

// sheetCol is one column of a sheet.
type sheetCol struct {
	head  string
	kind  colKind
	width float64
}

// sheet is one table of the workbook.
type sheet struct {
	name string
	cols []sheetCol
	rows [][]any
}

// xlsxStyles are the cell styles, created once per workbook.
type xlsxStyles struct {
	head, text, int, float, pct, date, dateTime int
}

// renderXLSX writes every table of m as a sheet with a bold frozen header
// and an autofilter. Strings are always written as text cells, so a note
// starting with "=" never becomes a formula.
func renderXLSX(w io.Writer, m *Model) error {
	f := excelize.NewFile()
	defer f.Close() //nolint:errcheck // in-memory file: nothing to flush or report
	if err := writeWorkbook(f, m); err != nil {
		return fmt.Errorf("render xlsx: %w", err)
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("write xlsx: %w", err)
	}
	return nil
}

func writeWorkbook(f *excelize.File, m *Model) error {
	stamp := m.AsOf.UTC().Format(time.RFC3339)
	if err := f.SetDocProps(&excelize.DocProperties{
		Title: m.Title, Creator: "whyno", LastModifiedBy: "whyno", Language: m.Lang,
		Created: stamp, Modified: stamp,
	}); err != nil {
		return err
	}
	st, err := newXLSXStyles(f)
	if err != nil {
		return err
	}
	for i, s := range workbookSheets(m) {
		if i == 0 {
			err = f.SetSheetName("Sheet1", s.name)
		} else {
			_, err = f.NewSheet(s.name)
		}
		if err == nil && i == 0 {
			err = streamSheet(f, st, s) // the callback queue: the one that grows
		} else if err == nil {
			err = writeSheet(f, st, s)
		}
		if err != nil {
			return fmt.Errorf("sheet %q: %w", s.name, err)
		}
	}
	// The first sheet (the callback queue) is active already: it is the
	// renamed default sheet. SetActiveSheet would re-read every sheet,
	// the streamed one included, and cost more than writing them.
	return nil
}

func newXLSXStyles(f *excelize.File) (xlsxStyles, error) {
	var st xlsxStyles
	dec1, pct, date, dt := "#,##0.0", "0.0%", "yyyy-mm-dd", "yyyy-mm-dd hh:mm"
	specs := []struct {
		dst   *int
		style excelize.Style
	}{
		{&st.head, excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDE6EE"}}}},
		{&st.text, excelize.Style{NumFmt: 49}}, // "@": text, also when a user edits the cell
		{&st.int, excelize.Style{NumFmt: 3}},   // "#,##0"
		{&st.float, excelize.Style{CustomNumFmt: &dec1}},
		{&st.pct, excelize.Style{CustomNumFmt: &pct}},
		{&st.date, excelize.Style{CustomNumFmt: &date}},
		{&st.dateTime, excelize.Style{CustomNumFmt: &dt}},
	}
	for _, s := range specs {
		id, err := f.NewStyle(&s.style)
		if err != nil {
			return st, fmt.Errorf("new style: %w", err)
		}
		*s.dst = id
	}
	return st, nil
}

// writeSheet writes the header, the rows and the column formats.
func writeSheet(f *excelize.File, st xlsxStyles, s sheet) error {
	head := make([]any, len(s.cols))
	for i, c := range s.cols {
		head[i] = c.head
	}
	if err := f.SetSheetRow(s.name, "A1", &head); err != nil {
		return err
	}
	for r, row := range s.rows {
		cell, _ := excelize.CoordinatesToCellName(1, r+2)
		vals := make([]any, len(row))
		for i, v := range row {
			vals[i] = xlsxValue(v)
		}
		if err := f.SetSheetRow(s.name, cell, &vals); err != nil {
			return err
		}
	}
	return formatSheet(f, st, s)
}

// xlsxValue converts a model value for a cell: a zero time is empty.
func xlsxValue(v any) any {
	if t, ok := v.(time.Time); ok && t.IsZero() {
		return nil
	}
	return v
}

// formatSheet styles the header and the columns, freezes the header row,
// adds an autofilter and sets the widths.
func formatSheet(f *excelize.File, st xlsxStyles, s sheet) error {
	last, _ := excelize.CoordinatesToCellName(len(s.cols), len(s.rows)+1)
	lastHead, _ := excelize.CoordinatesToCellName(len(s.cols), 1)
	if err := f.SetCellStyle(s.name, "A1", lastHead, st.head); err != nil {
		return err
	}
	styles := columnStyles(st, s.cols)
	for i, c := range s.cols {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(s.name, col, col, c.width); err != nil {
			return err
		}
		if len(s.rows) == 0 {
			continue
		}
		if err := f.SetCellStyle(s.name, col+"2", col+fmt.Sprint(len(s.rows)+1), styles[i]); err != nil {
			return err
		}
	}
	// Set the used range explicitly: readers that trust <dimension> would
	// otherwise see a single row.
	if err := f.SetSheetDimension(s.name, "A1:"+last); err != nil {
		return err
	}
	if err := f.SetPanes(s.name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	return f.AutoFilter(s.name, "A1:"+last, nil)
}

// streamSheet writes a sheet with the StreamWriter, several times faster
// than cell by cell for the callback queue of a big warehouse. Only one
// sheet may stream: excelize writes streamed sheets in map order, which
// would make the file differ between runs. The used range, autofilter and
// frozen header are set on the worksheet before the stream copies its head.
func streamSheet(f *excelize.File, st xlsxStyles, s sheet) error {
	last, _ := excelize.CoordinatesToCellName(len(s.cols), len(s.rows)+1)
	if err := f.SetSheetDimension(s.name, "A1:"+last); err != nil {
		return err
	}
	if err := f.AutoFilter(s.name, "A1:"+last, nil); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(s.name)
	if err != nil {
		return err
	}
	for i, c := range s.cols {
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	styles := columnStyles(st, s.cols)
	row := make([]any, len(s.cols))
	for i, c := range s.cols {
		row[i] = excelize.Cell{StyleID: st.head, Value: c.head}
	}
	if err := sw.SetRow("A1", row); err != nil {
		return err
	}
	for r, vals := range s.rows {
		row := make([]any, len(vals))
		for i, v := range vals {
			row[i] = excelize.Cell{StyleID: styles[i], Value: xlsxValue(v)}
		}
		cell, _ := excelize.CoordinatesToCellName(1, r+2)
		if err := sw.SetRow(cell, row); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// columnStyles is the style of each column's data cells.
func columnStyles(st xlsxStyles, cols []sheetCol) []int {
	ids := map[colKind]int{colText: st.text, colInt: st.int, colFloat: st.float, colPct: st.pct, colDate: st.date, colDateTime: st.dateTime}
	out := make([]int, len(cols))
	for i, c := range cols {
		out[i] = ids[c.kind]
	}
	return out
}
