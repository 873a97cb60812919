package reports

import (
	"errors"
	"fmt"
	"image/color"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Chart file names, in the order the report shows them.
const (
	ChartHeadline    = "headline_trend.png"
	ChartReasons     = "reasons.png"
	ChartReasonTrend = "reasons_trend.png"
	ChartHeatmap     = "heatmap.png"
	ChartSeasonality = "seasonality.png"
	ChartAttempts    = "attempts.png"
	ChartBall        = "ball.png"
)

// chart is one rendered chart.
type chart struct {
	name string
	png  []byte
}

// figure is a chart before rendering: the plot, its height and the
// entries of the legend strip beside it.
type figure struct {
	p      *plot.Plot
	height vg.Length
	legend []legendEntry
}

// renderCharts renders every chart of m as PNG, in report order, two at a
// time (the machine this runs on has two cores).
func renderCharts(m *Model) ([]chart, error) {
	tx, nf := textsFor(m.Lang), numbersFor(m.Lang)
	makers := []struct {
		name string
		fn   func(*Model, texts, numberFormat) (*figure, error)
	}{
		{ChartHeadline, chartHeadline},
		{ChartReasons, chartReasons},
		{ChartReasonTrend, chartReasonTrend},
		{ChartHeatmap, chartHeatmap},
		{ChartSeasonality, chartSeasonality},
		{ChartAttempts, chartAttempts},
		{ChartBall, chartBall},
	}
	out := make([]chart, len(makers))
	errs := make([]error, len(makers))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for i, mk := range makers {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			fig, err := mk.fn(m, tx, nf)
			if err == nil {
				out[i].png, err = renderPNG(fig.p, i, fig.height, fig.legend)
			}
			out[i].name = mk.name
			if err != nil {
				errs[i] = fmt.Errorf("render %s: %w", mk.name, err)
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}

// monthLabels are short month names ("jan", "Jan") with the year under
// the first month and every January, so twelve labels fit side by side.
func monthLabels(tx texts, lang string, months []time.Time) []string {
	out := make([]string, len(months))
	for i, mo := range months {
		short := string([]rune(tx.Months[mo.Month()-1])[:3])
		if lang == "da" {
			short = strings.ToLower(short) // Danish month names are not capitalised
		}
		year := " " // every label has two lines, so all align the same
		if i == 0 || mo.Month() == time.January {
			year = strconv.Itoa(mo.Year())
		}
		short += "\n" + year
		out[i] = short
	}
	return out
}

// emptyChart is a titled chart that says there is no data, so a report on
// an empty period still has every file.
func emptyChart(title string, lang string) (*figure, error) {
	p := newPlot(title, "", "")
	p.HideAxes()
	msg := "Ingen data i perioden"
	if lang == "en" {
		msg = "No data in the period"
	}
	p.Add(&centredText{msg: msg})
	return &figure{p: p, height: chartHeight}, nil
}

// centredText draws one message in the middle of the data area.
type centredText struct{ msg string }

// Plot implements plot.Plotter.
func (t *centredText) Plot(c draw.Canvas, _ *plot.Plot) {
	sty := textStyle(11, greyText)
	sty.XAlign, sty.YAlign = text.XCenter, text.YCenter
	c.FillText(sty, c.Center(), t.msg)
}

// chartHeadline shows connect and meeting rate per month of the window.
func chartHeadline(m *Model, tx texts, nf numberFormat) (*figure, error) {
	if len(m.Trend) == 0 {
		return emptyChart(tx.TrendTitle, m.Lang)
	}
	p := newPlot(tx.TrendTitle, tx.Month, tx.RateAxis)
	months := make([]time.Time, len(m.Trend))
	xs := make([]float64, len(m.Trend))
	conn, meet := make([]Rate, len(m.Trend)), make([]Rate, len(m.Trend))
	for i, t := range m.Trend {
		months[i] = t.Month
		xs[i], conn[i], meet[i] = float64(i), t.Connect, t.Meeting
	}
	p.Add(grid(false), &rateLine{xs: xs, rates: conn, color: paletteColor(0)}, &rateLine{xs: xs, rates: meet, color: paletteColor(1)})
	p.X.Tick.Marker = nominalTicks{labels: monthLabels(tx, m.Lang, months)}
	p.Y.Tick.Marker = percentTicks{nf}
	p.Y.Min = 0
	return &figure{p: p, height: chartHeight, legend: rateLegend(tx, conn, meet)}, nil
}

// chartReasons shows each reason's share of the no's with 95 % whiskers.
func chartReasons(m *Model, tx texts, nf numberFormat) (*figure, error) {
	if len(m.Reasons) == 0 {
		return emptyChart(tx.ReasonsTitle, m.Lang)
	}
	p := newPlot(tx.ReasonsTitle, tx.ShareOfNos+" ("+tx.Interval+")", "")
	rates := make([]Rate, len(m.Reasons))
	names, labels := make([]string, len(m.Reasons)), make([]string, len(m.Reasons))
	for i, r := range m.Reasons {
		rates[i], names[i] = r.Share, tx.reasonLabel(r.Reason)
		labels[i] = nf.Pct(r.Share.P, 0) + "  (n = " + nf.Int(r.Share.Num) + ")"
	}
	p.Add(grid(true), &hbars{rates: rates, labels: labels, color: paletteColor(0)})
	p.Y.Tick.Marker = nominalTicks{labels: names, reversed: true}
	p.Y.Tick.Length = 0
	p.X.Tick.Marker = percentTicks{nf}
	return &figure{p: p, height: chartHeight, legend: nil}, nil
}

// chartReasonTrend shows the monthly reason mix as 100 % stacked bars:
// the six most frequent reasons and the rest together.
func chartReasonTrend(m *Model, tx texts, nf numberFormat) (*figure, error) {
	months, shares, names := reasonTrendSeries(m, tx, 6)
	if len(months) == 0 {
		return emptyChart(tx.ReasonTrendTitle, m.Lang)
	}
	p := newPlot(tx.ReasonTrendTitle, tx.Month, tx.Share)
	colors := make([]color.Color, len(names))
	legend := make([]legendEntry, len(names))
	for i := range names {
		colors[i] = paletteColor(i)
		legend[len(names)-1-i] = legendEntry{names[i], colors[i]} // top of the stack first
	}
	p.Add(&stacked{shares: shares, colors: colors})
	p.X.Tick.Marker = nominalTicks{labels: monthLabels(tx, m.Lang, months)}
	p.Y.Tick.Marker = percentTicks{nf}
	return &figure{p: p, height: chartHeight, legend: legend}, nil
}

// chartAttempts shows on which call companies were first reached and
// first booked a meeting.
func chartAttempts(m *Model, tx texts, nf numberFormat) (*figure, error) {
	touches := bucketTouches(m.Touches, 10)
	if len(touches) == 0 {
		return emptyChart(tx.AttemptsTitle, m.Lang)
	}
	p := newPlot(tx.AttemptsTitle, tx.Touches, tx.Companies)
	reached, meeting := make([]float64, len(touches)), make([]float64, len(touches))
	labels := make([]string, len(touches))
	for i, t := range touches {
		reached[i], meeting[i] = float64(t.CompaniesReached), float64(t.Meeting)
		labels[i] = strconv.Itoa(t.Touches)
		if i == len(touches)-1 && len(m.Touches) > len(touches) {
			labels[i] += "+"
		}
	}
	p.Add(grid(false), &bars{values: [][]float64{reached, meeting}, colors: []color.Color{paletteColor(0), paletteColor(1)}})
	p.X.Tick.Marker = nominalTicks{labels: labels}
	p.Y.Tick.Marker = countTicks{nf}
	return &figure{p: p, height: chartHeight, legend: []legendEntry{{tx.CompaniesReached, paletteColor(0)}, {tx.CompaniesMeeting, paletteColor(1)}}}, nil
}

// bucketTouches keeps the first last-1 touch numbers and sums the rest
// into the last bucket.
func bucketTouches(ts []Touch, last int) []Touch {
	var out []Touch
	for _, t := range ts {
		if t.Touches < last || len(out) == 0 || out[len(out)-1].Touches < last {
			out = append(out, t)
			continue
		}
		out[len(out)-1].CompaniesReached += t.CompaniesReached
		out[len(out)-1].Meeting += t.Meeting
	}
	return out
}

// chartBall shows ours/theirs/none per rep as 100 % stacked bars.
func chartBall(m *Model, tx texts, nf numberFormat) (*figure, error) {
	if len(m.Ball) == 0 {
		return emptyChart(tx.BallTitle, m.Lang)
	}
	n := len(m.Ball)
	shares := [][]float64{make([]float64, n), make([]float64, n), make([]float64, n)}
	names := make([]string, n)
	for i, b := range m.Ball {
		shares[0][i], shares[1][i], shares[2][i] = b.Ours.P, b.Theirs.P, b.None.P
		names[i] = b.Rep
		if b.Rep == "" {
			names[i] = tx.Total
		}
		if b.Ours.Small {
			names[i] += " *"
		}
	}
	p := newPlot(tx.BallTitle, tx.Share+" ("+tx.Reached+")", "")
	colors := []color.Color{paletteColor(0), paletteColor(3), greySmall}
	p.Add(&stacked{shares: shares, colors: colors, horizontal: true})
	p.Y.Tick.Marker = nominalTicks{labels: names, reversed: true}
	p.Y.Tick.Length = 0
	p.X.Tick.Marker = percentTicks{nf}
	height := max(chartHeight, vg.Length(n)*4.5*vg.Millimeter+3*vg.Centimeter)
	legend := []legendEntry{{tx.Ours, colors[0]}, {tx.Theirs, colors[1]}, {tx.None, colors[2]}}
	if hasSmallBall(m.Ball) {
		legend = append(legend, legendEntry{"* n < 30", color.White})
	}
	return &figure{p: p, height: height, legend: legend}, nil
}

func hasSmallBall(bs []Ball) bool {
	for _, b := range bs {
		if b.Ours.Small {
			return true
		}
	}
	return false
}

// rateLegend names the connect and meeting rate lines, and explains the
// hollow points when any rate is from a small sample.
func rateLegend(tx texts, conn, meet []Rate) []legendEntry {
	out := []legendEntry{{tx.ConnectRate, paletteColor(0)}, {tx.MeetingRate, paletteColor(1)}}
	for _, r := range append(slices.Clone(conn), meet...) {
		if r.Valid && r.Small {
			return append(out, legendEntry{tx.HollowSmall, color.White})
		}
	}
	return out
}
