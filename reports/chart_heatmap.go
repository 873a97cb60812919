package reports

import (
	"image/color"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// heatRamp runs from near white through the palette's blue to a dark blue.
var heatRamp = [...]color.NRGBA{{0xF1, 0xF7, 0xFC, 0xFF}, {0x00, 0x72, 0xB2, 0xFF}, {0x00, 0x3A, 0x5C, 0xFF}}

// rampColor maps t in [0,1] onto heatRamp.
func rampColor(t float64) color.NRGBA {
	t = min(max(t, 0), 1) * float64(len(heatRamp)-1)
	i := min(int(t), len(heatRamp)-2)
	f := t - float64(i)
	a, b := heatRamp[i], heatRamp[i+1]
	mix := func(x, y uint8) uint8 { return uint8(float64(x) + (float64(y)-float64(x))*f + 0.5) }
	return color.NRGBA{mix(a.R, b.R), mix(a.G, b.G), mix(a.B, b.B), 0xFF}
}

// heatGrid is the hour × weekday grid: rows are weekdays (Monday on top),
// columns the hours from the first to the last with calls.
type heatGrid struct {
	weekdays, hours []int
	cells           map[[2]int]Rate // [weekday, hour] → connect rate
	lo, hi          float64         // colour scale over cells with n ≥ 30
	showPct         bool
	nf              numberFormat
}

func newHeatGrid(cells []HourCell, nf numberFormat) *heatGrid {
	g := &heatGrid{cells: map[[2]int]Rate{}, lo: 1, nf: nf}
	minH, maxH, days := 24, -1, [8]bool{}
	for _, c := range cells {
		g.cells[[2]int{c.Weekday, c.Hour}] = c.Connect
		minH, maxH = min(minH, c.Hour), max(maxH, c.Hour)
		if c.Weekday >= 1 && c.Weekday <= 7 {
			days[c.Weekday] = true
		}
		if c.Connect.Valid && !c.Connect.Small {
			g.lo, g.hi = min(g.lo, c.Connect.P), max(g.hi, c.Connect.P)
		}
	}
	for d := 1; d <= 7; d++ {
		if days[d] || d <= 5 { // always show Monday to Friday
			g.weekdays = append(g.weekdays, d)
		}
	}
	for h := minH; h <= maxH; h++ {
		g.hours = append(g.hours, h)
	}
	g.showPct = len(g.hours) <= 14 // wider grids only fit the number
	if g.hi <= g.lo {
		g.lo, g.hi = 0, max(g.hi, 0.01)
	}
	return g
}

// Plot implements plot.Plotter.
func (g *heatGrid) Plot(c draw.Canvas, plt *plot.Plot) {
	trX, trY := plt.Transforms(&c)
	sty := textStyle(7, color.Black)
	sty.XAlign, sty.YAlign = text.XCenter, text.YCenter
	n := len(g.weekdays)
	for row, d := range g.weekdays {
		y := float64(n - 1 - row)
		for col, h := range g.hours {
			x := float64(col)
			r, ok := g.cells[[2]int{d, h}]
			fill, label := color.Color(greySmall), ""
			if ok && r.Valid && !r.Small {
				t := (r.P - g.lo) / (g.hi - g.lo)
				fill, label = rampColor(t), g.cellLabel(r.P)
				sty.Color = color.Black
				if t > 0.45 {
					sty.Color = color.White
				}
			}
			c.FillPolygon(fill, rectPts(trX(x-0.48), trY(y-0.46), trX(x+0.48), trY(y+0.46)))
			if label != "" {
				c.FillText(sty, vg.Point{X: trX(x), Y: trY(y)}, label)
			}
		}
	}
}

func (g *heatGrid) cellLabel(p float64) string {
	if g.showPct {
		return g.nf.Pct(p, 0)
	}
	return g.nf.Float(p*100, 0)
}

// DataRange implements plot.DataRanger.
func (g *heatGrid) DataRange() (xmin, xmax, ymin, ymax float64) {
	return -0.5, float64(len(g.hours)) - 0.5, -0.5, float64(len(g.weekdays)) - 0.5
}

// chartHeatmap shows the connect rate per hour and weekday.
func chartHeatmap(m *Model, tx texts, nf numberFormat) (*figure, error) {
	if len(m.Heatmap) == 0 {
		return emptyChart(tx.HeatmapTitle, m.Lang)
	}
	g := newHeatGrid(m.Heatmap, nf)
	xl := tx.Hour
	if !g.showPct {
		xl += " (" + tx.ConnectRate + ", %)"
	}
	p := newPlot(tx.HeatmapTitle, xl, "")
	p.Add(g)
	hours := make([]string, len(g.hours))
	for i, h := range g.hours {
		hours[i] = strconv.Itoa(h)
	}
	days := make([]string, len(g.weekdays))
	for i, d := range g.weekdays {
		days[i] = tx.WeekdaysShort[d-1]
	}
	p.X.Tick.Marker = nominalTicks{labels: hours}
	p.Y.Tick.Marker = nominalTicks{labels: days, reversed: true}
	p.X.Tick.Length, p.Y.Tick.Length = 0, 0
	p.X.LineStyle.Width, p.Y.LineStyle.Width = 0, 0
	return &figure{p: p, height: chartHeight, legend: heatLegend(g, tx, nf)}, nil
}

// heatLegend lists five steps of the colour scale and the grey cells.
func heatLegend(g *heatGrid, tx texts, nf numberFormat) []legendEntry {
	var out []legendEntry
	for i := 4; i >= 0; i-- {
		t := float64(i) / 4
		out = append(out, legendEntry{nf.Pct(g.lo+t*(g.hi-g.lo), 0), rampColor(t)})
	}
	return append(out, legendEntry{tx.GreyCells, greySmall})
}

// chartSeasonality shows connect and meeting rate per ISO week of year.
func chartSeasonality(m *Model, tx texts, nf numberFormat) (*figure, error) {
	if len(m.Weeks) == 0 {
		return emptyChart(tx.WeekTitle, m.Lang)
	}
	xs := make([]float64, 53)
	conn, meet := make([]Rate, 53), make([]Rate, 53)
	for i := range xs {
		xs[i] = float64(i + 1)
	}
	for _, w := range m.Weeks {
		if w.Week >= 1 && w.Week <= 53 {
			conn[w.Week-1], meet[w.Week-1] = w.Connect, w.Meeting
		}
	}
	p := newPlot(tx.WeekTitle, tx.Week, tx.RateAxis)
	p.Add(grid(false), &rateLine{xs: xs, rates: conn, color: paletteColor(0), noWhiskers: true},
		&rateLine{xs: xs, rates: meet, color: paletteColor(1), noWhiskers: true})
	p.X.Tick.Marker = weekTicks{}
	p.Y.Tick.Marker = percentTicks{nf}
	return &figure{p: p, height: chartHeight, legend: rateLegend(tx, conn, meet)}, nil
}

// weekTicks labels week 1 and every fifth week.
type weekTicks struct{}

// Ticks implements plot.Ticker.
func (weekTicks) Ticks(lo, hi float64) []plot.Tick {
	var out []plot.Tick
	for w := 1; w <= 53; w++ {
		label := ""
		if w == 1 || w%5 == 0 {
			label = strconv.Itoa(w)
		}
		out = append(out, plot.Tick{Value: float64(w), Label: label})
	}
	return out
}
