package reports

import (
	"fmt"
	"strconv"
)

// Row limits of the PDF's long lists; report.xlsx has them all.
const (
	pdfMaxCallbacks = 200
	pdfMaxTheirs    = 100
	pdfMaxEvidence  = 3 // phrases per reason

	// pdfChartBlock is the height of a section heading, two lines of text
	// and a 16 × 9 cm chart, in mm.
	pdfChartBlock = 130
)

// cover prints the title, period, filters and the as-of date.
func (d *pdfDoc) cover() {
	f, tx := d.f, d.tx
	f.AddPage()
	f.SetFont(pdfFont, "B", 22)
	f.MultiCell(0, 10, d.m.Title, "", "L", false)
	f.Ln(1)
	f.SetFont(pdfFont, "", 12)
	f.MultiCell(0, 6, d.periodText(), "", "L", false)
	f.Ln(2)
	rep, team := d.m.Rep, d.m.Team
	if rep == "" {
		rep = tx.AllReps
	}
	if team == "" {
		team = tx.AllTeams
	}
	d.f.SetTextColor(0x33, 0x33, 0x33)
	d.para(fmt.Sprintf("%s: %s · %s: %s · %s: %s", tx.Rep, rep, tx.Team, team, tx.AsOf, d.nf.Date(d.m.Lang, d.m.AsOf)))
	d.f.SetTextColor(0, 0, 0)
	f.Ln(2)
}

// headline prints the KPI table, the trend chart and the biggest changes.
func (d *pdfDoc) headline() {
	tx, nf, h := d.tx, d.nf, d.m.Headline
	d.heading(tx.SecHeadline, 0)
	d.para(tx.HeadlineText)
	cur, prev, t3 := h.Current, h.Previous, h.Trailing3
	rows := [][]string{
		{tx.Dials, nf.Int(cur.Dials), nf.Int(prev.Dials), nf.Change(prev.AvgDials, cur.AvgDials), nf.Float(t3.AvgDials, 0), nf.Change(t3.AvgDials, cur.AvgDials)},
		{tx.Reached, nf.Int(cur.Reached), nf.Int(prev.Reached), nf.Change(prev.AvgReached, cur.AvgReached), nf.Float(t3.AvgReached, 0), nf.Change(t3.AvgReached, cur.AvgReached)},
		{tx.Meetings, nf.Int(cur.Meetings), nf.Int(prev.Meetings), nf.Change(prev.AvgMt, cur.AvgMt), nf.Float(t3.AvgMt, 0), nf.Change(t3.AvgMt, cur.AvgMt)},
		d.rateRow(tx.ConnectRate, cur.Connect, prev.Connect, t3.Connect),
		d.rateRow(tx.MeetingRate, cur.Meeting, prev.Meeting, t3.Meeting),
	}
	d.table(pdfTable{
		head:   []string{"", tx.Current, tx.Previous, tx.Change, tx.Trailing3, tx.Change},
		widths: []float64{34, 28, 30, 26, 30, 26},
		align:  []string{"L", "R", "R", "R", "R", "R"},
		rows:   rows,
	})
	d.note(fmt.Sprintf("%s, %s: %s %s, %s %s", tx.Interval, lowerFirst(tx.Current),
		lowerFirst(tx.ConnectRate), nf.Interval(cur.Connect), lowerFirst(tx.MeetingRate), nf.Interval(cur.Meeting)))
	d.heading(tx.SummaryChanges, 1)
	d.bullets(changeLines(d.m, tx, nf, 3))
	d.image(ChartHeadline)
}

// rateRow is a table row of a rate against previous and trailing3.
func (d *pdfDoc) rateRow(name string, cur, prev, t3 Rate) []string {
	diff := func(a, b Rate) string {
		if !a.Valid || !b.Valid {
			return "–"
		}
		return d.nf.PP(a.P - b.P)
	}
	return []string{name, d.nf.Rate(cur), d.nf.Rate(prev), diff(cur, prev), d.nf.Rate(t3), diff(cur, t3)}
}

// reasons prints the reason chart, the not-now share, the trend and
// what prospects said.
func (d *pdfDoc) reasons() {
	tx, nf := d.tx, d.nf
	d.need(pdfChartBlock)
	d.heading(tx.SecReasons, 0)
	d.para(tx.ReasonsText)
	if d.m.NotNow.Valid {
		d.para(fmt.Sprintf(tx.NotNowText, nf.Rate(d.m.NotNow)+" ("+nf.Interval(d.m.NotNow)+")"))
	}
	d.image(ChartReasons)
	d.image(ChartReasonTrend)
	if len(d.m.Evidence) == 0 {
		return
	}
	d.heading(tx.EvidenceHead, 1)
	var rows [][]string
	perReason := map[string]int{}
	for _, reason := range reasonOrder(d.m) {
		for _, e := range d.m.Evidence {
			if e.Reason != reason || perReason[reason] >= pdfMaxEvidence {
				continue
			}
			perReason[reason]++
			rows = append(rows, []string{tx.reasonLabel(e.Reason), "“" + e.Phrase + "”", nf.Int(e.Calls)})
		}
	}
	d.table(pdfTable{
		head: []string{tx.Reason, tx.Phrase, tx.Calls}, widths: []float64{42, 114, 18},
		align: []string{"L", "L", "R"}, rows: rows,
	})
}

// when prints the heatmap, the best hours, seasonality and attempts.
func (d *pdfDoc) when() {
	tx, nf := d.tx, d.nf
	d.need(pdfChartBlock)
	d.heading(tx.SecWhen, 0)
	d.para(tx.WhenText)
	d.image(ChartHeatmap)
	d.para(bestHoursText(d.m, tx, nf))
	d.image(ChartSeasonality)
	d.image(ChartAttempts)
	var rows [][]string
	for _, a := range d.m.Attempts {
		if a.Key > 10 {
			break
		}
		rows = append(rows, []string{strconv.Itoa(a.Key), nf.Int(a.Calls), nf.Int(a.Rate.Num), d.flag(a.Rate), nf.Interval(a.Rate)})
	}
	if len(rows) > 0 {
		d.heading(tx.MeetingsPerDial+" / "+lowerFirst(tx.Attempt), 1)
		d.table(pdfTable{
			head:   []string{tx.Attempt, tx.Dials, tx.Meetings, tx.MeetingsPerDial, tx.Interval},
			widths: []float64{26, 30, 30, 34, 40}, align: []string{"R", "R", "R", "R", "R"}, rows: rows,
		})
	}
}

// flag writes a rate, marked with an asterisk when its sample is small.
func (d *pdfDoc) flag(r Rate) string {
	s := d.nf.Rate(r)
	if r.Valid && r.Small {
		s += " *"
	}
	return s
}

// countRate writes a rate for a sentence: "5 (20 %)", with the interval
// when the sample is large enough to make one useful.
func (d *pdfDoc) countRate(r Rate) string {
	if !r.Valid {
		return d.nf.Int(r.Num)
	}
	s := d.nf.Int(r.Num) + " (" + d.nf.Rate(r)
	if !r.Small {
		s += ", " + d.tx.Interval + " " + d.nf.Interval(r)
	}
	return s + ")"
}
