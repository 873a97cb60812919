package reports

import (
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// hbars draws horizontal bars of rates with their 95 % whiskers and a
// label right of each, the first bar on top. Small samples are grey.
type hbars struct {
	rates  []Rate
	labels []string
	color  color.Color
}

// Plot implements plot.Plotter.
func (h *hbars) Plot(c draw.Canvas, plt *plot.Plot) {
	trX, trY := plt.Transforms(&c)
	n := len(h.rates)
	half := 0.32 // half the bar thickness in category units
	whisker := draw.LineStyle{Color: color.Black, Width: vg.Points(0.8)}
	sty := textStyle(8, color.Black)
	sty.YAlign = text.YCenter
	for i, r := range h.rates {
		y := float64(n - 1 - i)
		fill := h.color
		if r.Small {
			fill = greySmall
		}
		c.FillPolygon(fill, rectPts(trX(0), trY(y-half), trX(r.P), trY(y+half)))
		lo, hi, yc := trX(r.Lo), trX(r.Hi), trY(y)
		capLen := (trY(y+half) - trY(y-half)) / 4
		c.StrokeLine2(whisker, lo, yc, hi, yc)
		c.StrokeLine2(whisker, lo, yc-capLen, lo, yc+capLen)
		c.StrokeLine2(whisker, hi, yc-capLen, hi, yc+capLen)
		c.FillText(sty, vg.Point{X: max(hi, trX(r.P)) + 1.5*vg.Millimeter, Y: yc}, h.labels[i])
	}
}

// DataRange implements plot.DataRanger; the right margin leaves room for
// the labels.
func (h *hbars) DataRange() (xmin, xmax, ymin, ymax float64) {
	for _, r := range h.rates {
		xmax = max(xmax, r.Hi, r.P)
	}
	if xmax == 0 {
		xmax = 1
	}
	return 0, xmax * 1.3, -0.6, float64(len(h.rates)) - 0.4
}

// stacked draws 100 % stacked bars: shares[series][category], vertical
// (categories along x) or horizontal (categories down y, first on top).
type stacked struct {
	shares     [][]float64
	colors     []color.Color
	horizontal bool
}

// Plot implements plot.Plotter.
func (s *stacked) Plot(c draw.Canvas, plt *plot.Plot) {
	trX, trY := plt.Transforms(&c)
	if len(s.shares) == 0 {
		return
	}
	n := len(s.shares[0])
	half := 0.35
	for cat := range n {
		base := 0.0
		for ser := range s.shares {
			v := s.shares[ser][cat]
			if s.horizontal {
				y := float64(n - 1 - cat)
				c.FillPolygon(s.colors[ser], rectPts(trX(base), trY(y-half), trX(base+v), trY(y+half)))
			} else {
				x := float64(cat)
				c.FillPolygon(s.colors[ser], rectPts(trX(x-half), trY(base), trX(x+half), trY(base+v)))
			}
			base += v
		}
	}
}

// DataRange implements plot.DataRanger.
func (s *stacked) DataRange() (xmin, xmax, ymin, ymax float64) {
	n := 0.0
	if len(s.shares) > 0 {
		n = float64(len(s.shares[0]))
	}
	if s.horizontal {
		return 0, 1, -0.6, n - 0.4
	}
	return -0.6, n - 0.4, 0, 1
}

// rateLine draws a rate series as a line with points and 95 % whiskers;
// points from small samples are hollow and grey and have no whisker.
type rateLine struct {
	xs         []float64
	rates      []Rate
	color      color.Color
	noWhiskers bool // for dense series, where whiskers would hide the line
}

// Plot implements plot.Plotter.
func (l *rateLine) Plot(c draw.Canvas, plt *plot.Plot) {
	trX, trY := plt.Transforms(&c)
	line := draw.LineStyle{Color: l.color, Width: vg.Points(1.5)}
	whisker := draw.LineStyle{Color: l.color, Width: vg.Points(0.7)}
	var pts []vg.Point
	for i, r := range l.rates {
		if !r.Valid {
			c.StrokeLines(line, c.ClipLinesXY(pts)...)
			pts = nil
			continue
		}
		pts = append(pts, vg.Point{X: trX(l.xs[i]), Y: trY(r.P)})
	}
	c.StrokeLines(line, c.ClipLinesXY(pts)...)
	for i, r := range l.rates {
		if !r.Valid {
			continue
		}
		pt := vg.Point{X: trX(l.xs[i]), Y: trY(r.P)}
		if r.Small {
			c.DrawGlyph(draw.GlyphStyle{Color: greyText, Radius: vg.Points(2.2), Shape: draw.RingGlyph{}}, pt)
			continue
		}
		if !l.noWhiskers {
			c.StrokeLine2(whisker, pt.X, trY(r.Lo), pt.X, trY(r.Hi))
		}
		c.DrawGlyph(draw.GlyphStyle{Color: l.color, Radius: vg.Points(2.2), Shape: draw.CircleGlyph{}}, pt)
	}
}

// DataRange implements plot.DataRanger.
func (l *rateLine) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, xmax = -0.5, 0.5
	if len(l.xs) > 0 {
		xmin, xmax = l.xs[0]-0.5, l.xs[len(l.xs)-1]+0.5
	}
	for _, r := range l.rates {
		if r.Valid && !r.Small && !l.noWhiskers {
			ymax = max(ymax, r.Hi)
		} else if r.Valid {
			ymax = max(ymax, r.P)
		}
	}
	return xmin, xmax, 0, max(ymax*1.1, 0.01)
}

// bars draws grouped vertical bars: values[series][category].
type bars struct {
	values [][]float64
	colors []color.Color
}

// Plot implements plot.Plotter.
func (b *bars) Plot(c draw.Canvas, plt *plot.Plot) {
	trX, trY := plt.Transforms(&c)
	k := float64(len(b.values))
	width := 0.8 / k
	for ser, vs := range b.values {
		for cat, v := range vs {
			x0 := float64(cat) - 0.4 + float64(ser)*width
			c.FillPolygon(b.colors[ser], rectPts(trX(x0), trY(0), trX(x0+width*0.92), trY(v)))
		}
	}
}

// DataRange implements plot.DataRanger.
func (b *bars) DataRange() (xmin, xmax, ymin, ymax float64) {
	n := 0
	for _, vs := range b.values {
		n = max(n, len(vs))
		for _, v := range vs {
			ymax = max(ymax, v)
		}
	}
	return -0.6, float64(n) - 0.4, 0, max(ymax*1.08, 1)
}
