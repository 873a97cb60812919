package reports

// pdfTable is a table for the PDF: column widths in mm (summing to the
// text width or less), an alignment per column ("L" or "R") and rows of
// already formatted cells.
type pdfTable struct {
	head   []string
	widths []float64
	align  []string
	rows   [][]string
	bold   func(row int) bool // rows printed in bold (totals); may be nil
}

const (
	pdfRowH    = 5.5
	pdfTableFS = 8.5
	// pdfTableHeadFS is a little smaller than the cells, so headings like
	// "Samtaler" fit narrow number columns without breaking the word.
	pdfTableHeadFS = 7.5
)

// table draws t, breaking across pages and repeating the header on each.
func (d *pdfDoc) table(t pdfTable) {
	d.need(pdfRowH * 3)
	d.tableHead(t)
	for i, row := range t.rows {
		if d.space() < pdfRowH {
			d.f.AddPage()
			d.tableHead(t)
		}
		style := ""
		if t.bold != nil && t.bold(i) {
			style = "B"
		}
		d.f.SetFont(pdfFont, style, pdfTableFS)
		fill := i%2 == 1
		d.f.SetFillColor(0xF4, 0xF6, 0xF8)
		for c, cell := range row {
			d.f.CellFormat(t.widths[c], pdfRowH, d.fit(cell, t.widths[c]-2), "", 0, t.align[c], fill, 0, "")
		}
		d.f.Ln(-1)
	}
	d.f.SetFont(pdfFont, "", pdfBodySize)
	d.f.Ln(3)
}

// tableHead draws the header row, wrapping long headers onto a second
// line rather than cutting them.
func (d *pdfDoc) tableHead(t pdfTable) {
	f := d.f
	f.SetFont(pdfFont, "B", pdfTableHeadFS)
	f.SetFillColor(0xDD, 0xE6, 0xEE)
	const lineH = 3.6
	lines := 1
	split := make([][]string, len(t.head))
	for c, h := range t.head {
		split[c] = f.SplitText(h, t.widths[c]-2)
		lines = max(lines, len(split[c]))
	}
	lines = min(lines, 3)
	h := float64(lines)*lineH + 1.5
	x0, y0 := f.GetX(), f.GetY()
	x := x0
	for c := range t.head {
		f.Rect(x, y0, t.widths[c], h, "F")
		for i, line := range split[c][:min(len(split[c]), lines)] {
			f.SetXY(x, y0+0.75+float64(lines-min(len(split[c]), lines)+i)*lineH)
			f.CellFormat(t.widths[c], lineH, line, "", 0, t.align[c], false, 0, "")
		}
		x += t.widths[c]
	}
	f.Line(x0, y0+h, x, y0+h)
	f.SetXY(x0, y0+h)
}
