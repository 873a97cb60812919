package reports

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"codeberg.org/go-fonts/liberation/liberationsansbold"
	"codeberg.org/go-fonts/liberation/liberationsansitalic"
	"codeberg.org/go-fonts/liberation/liberationsansregular"
	"codeberg.org/go-pdf/fpdf"
)

// Page geometry in millimetres (A4 portrait).
const (
	pdfMargin    = 18.0
	pdfLine      = 5.0   // body text line height
	pdfImgWidth  = 160.0 // charts are 16 cm wide
	pdfFont      = "sans"
	pdfBodySize  = 10.0
	pdfSmallSize = 8.0
)

// pdfDoc renders one report into an fpdf document.
type pdfDoc struct {
	f      *fpdf.Fpdf
	m      *Model
	tx     texts
	nf     numberFormat
	charts map[string][]byte
}

// renderPDF writes the report as PDF. compress is false in tests, so the
// text stays readable in the content streams.
func renderPDF(w io.Writer, m *Model, charts []chart, compress bool) error {
	d := newPDFDoc(m, charts, compress)
	for _, section := range []func(){
		d.cover, d.headline, d.reasons, d.when, d.notNow, d.ball, d.reps, d.quality, d.definitions,
	} {
		section()
		if d.f.Err() {
			return fmt.Errorf("render pdf: %w", d.f.Error())
		}
	}
	if err := d.f.Output(w); err != nil {
		return fmt.Errorf("render pdf: %w", err)
	}
	return nil
}

func newPDFDoc(m *Model, charts []chart, compress bool) *pdfDoc {
	f := fpdf.New("P", "mm", "A4", "")
	f.AddUTF8FontFromBytes(pdfFont, "", liberationsansregular.TTF)
	f.AddUTF8FontFromBytes(pdfFont, "B", liberationsansbold.TTF)
	f.AddUTF8FontFromBytes(pdfFont, "I", liberationsansitalic.TTF)
	f.SetCompression(compress)
	f.SetCatalogSort(true)
	f.SetCreationDate(m.AsOf)
	f.SetModificationDate(m.AsOf)
	f.SetTitle(m.Title, true)
	f.SetCreator("whyno", true)
	f.SetLang(m.Lang)
	f.SetMargins(pdfMargin, pdfMargin, pdfMargin)
	f.SetAutoPageBreak(true, pdfMargin)
	f.AliasNbPages("{nb}")
	d := &pdfDoc{f: f, m: m, tx: textsFor(m.Lang), nf: numbersFor(m.Lang), charts: map[string][]byte{}}
	for _, c := range charts {
		d.charts[c.name] = c.png
	}
	f.SetFooterFunc(d.footer)
	return d
}

// footer prints the title left and "Side n af N" right.
func (d *pdfDoc) footer() {
	f := d.f
	f.SetY(-12)
	f.SetFont(pdfFont, "", pdfSmallSize)
	f.SetTextColor(0x55, 0x55, 0x55)
	f.CellFormat(0, 5, d.m.Title+" · "+d.periodText(), "", 0, "L", false, 0, "")
	f.SetX(pdfMargin)
	f.CellFormat(0, 5, fmt.Sprintf("%s %d %s {nb}", d.tx.Page, f.PageNo(), d.tx.Of), "", 0, "R", false, 0, "")
	f.SetTextColor(0, 0, 0)
}

// periodText is "1. marts 2026 – 31. marts 2026".
func (d *pdfDoc) periodText() string {
	return d.nf.Date(d.m.Lang, d.m.From) + " – " + d.nf.Date(d.m.Lang, d.m.To.AddDate(0, 0, -1))
}

// space is the height left on the page above the bottom margin.
func (d *pdfDoc) space() float64 {
	_, h := d.f.GetPageSize()
	return h - pdfMargin - d.f.GetY()
}

// need starts a new page unless h millimetres are left.
func (d *pdfDoc) need(h float64) {
	if d.space() < h {
		d.f.AddPage()
	}
}

// heading starts a section: a new page when little room is left, a
// bookmark for the PDF outline and the title in bold.
func (d *pdfDoc) heading(title string, level int) {
	f := d.f
	size := 15.0
	if level > 0 {
		size = 11.5
	}
	d.need(60 - float64(level)*25) // keep a heading with what follows
	if level == 0 && f.GetY() > pdfMargin+1 {
		f.Ln(4)
	}
	f.Bookmark(title, level, -1)
	f.SetFont(pdfFont, "B", size)
	f.MultiCell(0, size*0.5, title, "", "L", false)
	f.Ln(1.5)
	f.SetFont(pdfFont, "", pdfBodySize)
}

// para writes a paragraph of body text.
func (d *pdfDoc) para(text string) {
	d.f.SetFont(pdfFont, "", pdfBodySize)
	d.f.MultiCell(0, pdfLine, text, "", "L", false)
	d.f.Ln(2)
}

// note writes a small grey line, for flags and footnotes.
func (d *pdfDoc) note(text string) {
	d.f.SetFont(pdfFont, "I", pdfSmallSize)
	d.f.SetTextColor(0x55, 0x55, 0x55)
	d.f.MultiCell(0, 4, text, "", "L", false)
	d.f.SetTextColor(0, 0, 0)
	d.f.SetFont(pdfFont, "", pdfBodySize)
	d.f.Ln(1)
}

// image places a chart at full text width, on a new page if it does not fit.
func (d *pdfDoc) image(name string) {
	png, ok := d.charts[name]
	if !ok {
		return
	}
	opts := fpdf.ImageOptions{ImageType: "PNG"}
	info := d.f.RegisterImageOptionsReader(name, opts, bytes.NewReader(png))
	if info == nil {
		return // the error is kept in f and returned by renderPDF
	}
	h := pdfImgWidth * info.Height() / info.Width()
	d.need(h + 2)
	x := (210 - pdfImgWidth) / 2
	d.f.ImageOptions(name, x, d.f.GetY(), pdfImgWidth, h, false, opts, 0, "")
	d.f.SetY(d.f.GetY() + h + 3)
}

// bullets writes a list.
func (d *pdfDoc) bullets(items []string) {
	for _, it := range items {
		d.f.SetX(pdfMargin + 2)
		d.f.CellFormat(4, pdfLine, "•", "", 0, "L", false, 0, "")
		d.f.MultiCell(0, pdfLine, it, "", "L", false)
	}
	d.f.Ln(2)
}

// fit shortens s with an ellipsis until it fits width w at the current
// font; it searches the cut point by bisection, as notes can be long.
func (d *pdfDoc) fit(s string, w float64) string {
	s = strings.Join(strings.Fields(s), " ")
	if d.f.GetStringWidth(s) <= w {
		return s
	}
	r := []rune(s)
	lo, hi := 0, len(r) // r[:lo]+"…" fits; r[:hi]+"…" does not
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if d.f.GetStringWidth(string(r[:mid])+"…") <= w {
			lo = mid
		} else {
			hi = mid
		}
	}
	return strings.TrimSpace(string(r[:lo])) + "…"
}
