package reports

import (
	"bytes"
	"fmt"
	"image/color"

	stdfont "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// Chart sizes: 16 cm wide fits an A4 page with margins; 200 dpi prints
// sharply and keeps a PNG around 100 kB.
const (
	chartWidth  = 16 * vg.Centimeter
	chartHeight = 9 * vg.Centimeter
	chartDPI    = 200
	chartPad    = 2 * vg.Millimeter // white margin around every chart
)

// okabeIto is the Okabe–Ito colour-blind-safe palette, in the order the
// charts use it (blue first; black last).
var okabeIto = [...]color.NRGBA{
	{0x00, 0x72, 0xB2, 0xFF}, // blue
	{0xE6, 0x9F, 0x00, 0xFF}, // orange
	{0x00, 0x9E, 0x73, 0xFF}, // bluish green
	{0xD5, 0x5E, 0x00, 0xFF}, // vermillion
	{0x56, 0xB4, 0xE9, 0xFF}, // sky blue
	{0xCC, 0x79, 0xA7, 0xFF}, // reddish purple
	{0xF0, 0xE4, 0x42, 0xFF}, // yellow
	{0x00, 0x00, 0x00, 0xFF}, // black
}

// paletteColor returns the i-th palette colour, cycling.
func paletteColor(i int) color.Color { return okabeIto[i%len(okabeIto)] }

var (
	greySmall = color.NRGBA{0xDD, 0xDD, 0xDD, 0xFF} // cells and marks with n < 30
	greyText  = color.NRGBA{0x55, 0x55, 0x55, 0xFF}
	gridGrey  = color.NRGBA{0xE5, 0xE5, 0xE5, 0xFF}
)

// sans returns the Liberation Sans font at size points.
func sans(size vg.Length, bold bool) font.Font {
	f := font.Font{Typeface: "Liberation", Variant: "Sans", Size: size}
	if bold {
		f.Weight = stdfont.WeightBold
	}
	return f
}

// textStyle is a plain left-aligned text style.
func textStyle(size vg.Length, c color.Color) text.Style {
	return text.Style{Color: c, Font: sans(size, false), Handler: plot.DefaultTextHandler}
}

// newPlot returns a plot with the report's fonts, title and axis labels.
func newPlot(title, xLabel, yLabel string) *plot.Plot {
	p := plot.New()
	p.Title.Text = title
	p.Title.TextStyle.Font = sans(12, true)
	p.Title.Padding = 4 * vg.Millimeter
	p.X.Label.Text, p.Y.Label.Text = xLabel, yLabel
	for _, ax := range []*plot.Axis{&p.X, &p.Y} {
		ax.Label.TextStyle.Font = sans(9, false)
		ax.Tick.Label.Font = sans(8, false)
		ax.Tick.Label.Color = greyText
		ax.Padding = 0
	}
	p.Legend.TextStyle.Font = sans(8, false)
	return p
}

// grid returns light horizontal (or vertical) grid lines behind the data.
func grid(vertical bool) plot.Plotter {
	g := &gridLines{vertical: vertical}
	return g
}

// gridLines draws lines at the major ticks of one axis.
type gridLines struct{ vertical bool }

// Plot implements plot.Plotter.
func (g *gridLines) Plot(c draw.Canvas, plt *plot.Plot) {
	sty := draw.LineStyle{Color: gridGrey, Width: vg.Points(0.5)}
	trX, trY := plt.Transforms(&c)
	ax := &plt.Y
	if g.vertical {
		ax = &plt.X
	}
	for _, t := range ax.Tick.Marker.Ticks(ax.Min, ax.Max) {
		if t.Label == "" || t.Value < ax.Min || t.Value > ax.Max {
			continue
		}
		if g.vertical {
			x := trX(t.Value)
			c.StrokeLine2(sty, x, c.Min.Y, x, c.Max.Y)
			continue
		}
		y := trY(t.Value)
		c.StrokeLine2(sty, c.Min.X, y, c.Max.X, y)
	}
}

// legendEntry is one colour and its label, drawn in a strip beside a plot.
type legendEntry struct {
	label string
	color color.Color
}

// renderPNG draws p at the chart size with an optional legend strip on the
// right and encodes it as PNG. The output depends only on the inputs.
//
// The k-th chart is k pixels narrower than the first. fpdf orders the
// images of a document by pixel width alone and breaks ties in map order,
// so charts of equal width would make the PDF differ from run to run; a
// pixel of the white margin is invisible.
func renderPNG(p *plot.Plot, k int, height vg.Length, legend []legendEntry) ([]byte, error) {
	width := chartWidth - vg.Length(k)*vg.Inch/chartDPI
	c := vgimg.NewWith(vgimg.UseWH(width, height), vgimg.UseDPI(chartDPI), vgimg.UseBackgroundColor(color.White))
	dc := draw.Crop(draw.New(c), chartPad, -chartPad, chartPad, -chartPad)
	if len(legend) > 0 {
		w := legendWidth(legend)
		p.Draw(draw.Crop(dc, 0, -w, 0, 0))
		drawLegend(draw.Crop(dc, dc.Max.X-dc.Min.X-w, 0, 0, 0), legend)
	} else {
		p.Draw(dc)
	}
	var buf bytes.Buffer
	if _, err := (vgimg.PngCanvas{Canvas: c}).WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("encode chart %q: %w", p.Title.Text, err)
	}
	return buf.Bytes(), nil
}

const legendFont = 8

// legendWidth is the widest label plus the swatch and margins.
func legendWidth(entries []legendEntry) vg.Length {
	sty := textStyle(legendFont, color.Black)
	var w vg.Length
	for _, e := range entries {
		w = max(w, sty.Width(e.label))
	}
	return w + 9*vg.Millimeter
}

// drawLegend draws the entries top-down, vertically centred on c.
func drawLegend(c draw.Canvas, entries []legendEntry) {
	sty := textStyle(legendFont, color.Black)
	sty.YAlign = text.YCenter
	line := sty.Height("Åg") * 1.6
	sw := 3 * vg.Millimeter
	x := c.Min.X + 2*vg.Millimeter
	y := (c.Min.Y+c.Max.Y)/2 + line*vg.Length(len(entries))/2 - line/2
	for _, e := range entries {
		c.FillPolygon(e.color, rectPts(x, y-sw/2, x+sw, y+sw/2))
		c.FillText(sty, vg.Point{X: x + sw + 1.5*vg.Millimeter, Y: y}, e.label)
		y -= line
	}
}

// rectPts is the outline of an axis-aligned rectangle.
func rectPts(x0, y0, x1, y1 vg.Length) []vg.Point {
	return []vg.Point{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: x0, Y: y1}}
}
