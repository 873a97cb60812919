package reports

import (
	"fmt"
	"slices"
)

// notNow prints what became of the not-now answers and the callback queue.
func (d *pdfDoc) notNow() {
	tx, nf, fu := d.tx, d.nf, d.m.FollowUp
	d.heading(tx.SecNotNow, 0)
	d.para(fmt.Sprintf(tx.NotNowFollowText, nf.Int(fu.TimingNos), nf.Int(fu.WithCallbackDate),
		d.countRate(fu.CalledByDate), d.countRate(fu.LaterMeeting)))
	if fu.HasMedian {
		d.para(fmt.Sprintf(tx.MedianText, nf.Float(fu.MedianDays, 0)))
	}
	d.heading(tx.CallbackHead, 1)
	if len(d.m.Callbacks) == 0 {
		d.para(tx.NoCallbacks)
		return
	}
	d.callbackSummary()
	rows := make([][]string, 0, min(len(d.m.Callbacks), pdfMaxCallbacks))
	for _, c := range d.m.Callbacks[:min(len(d.m.Callbacks), pdfMaxCallbacks)] {
		status := tx.Due
		if c.Overdue {
			status = tx.Overdue
		}
		rows = append(rows, []string{c.Rep, c.Company, isoDate(c.Date), status, nf.Int(int64(c.Days)), c.Evidence})
	}
	d.table(pdfTable{
		head:   []string{tx.Rep, tx.Company, tx.CallbackDate, tx.Status, tx.Days, tx.Evidence},
		widths: []float64{28, 44, 22, 20, 12, 48}, align: []string{"L", "L", "L", "L", "R", "L"}, rows: rows,
	})
	if len(d.m.Callbacks) > pdfMaxCallbacks {
		d.note(fmt.Sprintf(tx.MoreInXLSX, nf.Int(int64(len(d.m.Callbacks)))))
	}
}

// callbackSummary counts overdue and due callbacks per rep.
func (d *pdfDoc) callbackSummary() {
	tx, nf := d.tx, d.nf
	type count struct{ overdue, due int64 }
	per := map[string]*count{}
	var reps []string
	for _, c := range d.m.Callbacks {
		if per[c.Rep] == nil {
			per[c.Rep] = &count{}
			reps = append(reps, c.Rep)
		}
		if c.Overdue {
			per[c.Rep].overdue++
		} else {
			per[c.Rep].due++
		}
	}
	slices.Sort(reps)
	var tot count
	rows := make([][]string, 0, len(reps)+1)
	for _, r := range reps {
		c := per[r]
		tot.overdue, tot.due = tot.overdue+c.overdue, tot.due+c.due
		rows = append(rows, []string{r, nf.Int(c.overdue), nf.Int(c.due)})
	}
	rows = append(rows, []string{tx.Total, nf.Int(tot.overdue), nf.Int(tot.due)})
	d.table(pdfTable{
		head: []string{tx.Rep, upperFirst(tx.Overdue), upperFirst(tx.Due)}, widths: []float64{60, 30, 30},
		align: []string{"L", "R", "R"}, rows: rows, bold: func(i int) bool { return i == len(rows)-1 },
	})
}

// ball prints who holds the next step, per rep and direction, and the
// "theirs" balls never followed up.
func (d *pdfDoc) ball() {
	tx, nf := d.tx, d.nf
	d.need(pdfChartBlock) // keep the heading and its text with the chart
	d.heading(tx.SecBall, 0)
	d.para(tx.BallText)
	d.image(ChartBall)
	if len(d.m.BallDirection) > 0 {
		var rows [][]string
		for _, b := range d.m.BallDirection {
			rows = append(rows, []string{b.Rep, nf.Int(b.Calls), d.flag(b.Ours), d.flag(b.Theirs), d.flag(b.None)})
		}
		d.table(pdfTable{
			head:   []string{tx.Direction, tx.Reached, tx.Ours, tx.Theirs, tx.None},
			widths: []float64{40, 30, 30, 30, 30}, align: []string{"L", "R", "R", "R", "R"}, rows: rows,
		})
	}
	d.heading(tx.TheirsOpenHead, 1)
	if len(d.m.TheirsOpen) == 0 {
		d.para(tx.NoTheirsOpen)
		return
	}
	var rows [][]string
	for _, c := range d.m.TheirsOpen[:min(len(d.m.TheirsOpen), pdfMaxTheirs)] {
		rows = append(rows, []string{c.Rep, c.Company, isoDate(c.CalledAt), c.Direction, c.Note})
	}
	d.table(pdfTable{
		head:   []string{tx.Rep, tx.Company, tx.CalledAt, tx.Direction, tx.Note},
		widths: []float64{28, 40, 22, 18, 66}, align: []string{"L", "L", "L", "L", "L"}, rows: rows,
	})
	if len(d.m.TheirsOpen) > pdfMaxTheirs {
		d.note(fmt.Sprintf(tx.MoreInXLSX, nf.Int(int64(len(d.m.TheirsOpen)))))
	}
}

// reps prints the rep table and each rep's reason mix.
func (d *pdfDoc) reps() {
	tx, nf := d.tx, d.nf
	d.heading(tx.SecReps, 0)
	d.para(tx.RepsText)
	var rows [][]string
	for _, r := range d.m.Reps {
		rank, npm := tx.NotRanked, "–"
		if r.Rank > 0 {
			rank = nf.Int(int64(r.Rank))
		}
		if r.HasNosPerMeeting {
			npm = nf.Float(r.NosPerMeeting, 1)
		}
		rows = append(rows, []string{r.Rep, nf.Float(r.CallsPerDay, 1), nf.Int(r.DaysWithoutCalls), nf.Int(r.Calls),
			nf.Int(r.Reached), nf.Int(r.Meetings), d.flag(r.Meeting), nf.Interval(r.Meeting), npm, rank})
	}
	d.table(pdfTable{
		head: []string{tx.Rep, tx.CallsPerDay, tx.DaysWithoutCalls, tx.Dials, tx.Reached, tx.Meetings,
			tx.MeetingRate, tx.Interval, tx.NosPerMeeting, tx.Rank},
		widths: []float64{28, 15, 15, 14, 17, 13, 21, 20, 16, 12},
		align:  []string{"L", "R", "R", "R", "R", "R", "R", "R", "R", "R"},
		rows:   rows,
	})
	d.note("* " + tx.Small)
	d.repReasons()
}

// repReasons prints a rep × reason matrix of shares for the top reasons.
func (d *pdfDoc) repReasons() {
	tx, nf := d.tx, d.nf
	if len(d.m.RepReasons) == 0 {
		return
	}
	order := reasonOrder(d.m)
	top := order[:min(5, len(order))]
	d.heading(tx.RepReasonsHead, 1)
	head := []string{tx.Rep, tx.Nos}
	widths := []float64{28, 11}
	for _, r := range top {
		head = append(head, tx.reasonLabel(r))
		widths = append(widths, 135/float64(len(top)))
	}
	shares := map[[2]string]Rate{}
	var reps []string
	nos := map[string]int64{}
	for _, rr := range d.m.RepReasons {
		if _, ok := nos[rr.Rep]; !ok {
			reps = append(reps, rr.Rep)
		}
		shares[[2]string{rr.Rep, rr.Reason}], nos[rr.Rep] = rr.Share, rr.Share.Den
	}
	var rows [][]string
	for _, rep := range reps {
		row := []string{rep, nf.Int(nos[rep])}
		for _, r := range top {
			row = append(row, d.flag(shares[[2]string{rep, r}]))
		}
		rows = append(rows, row)
	}
	align := make([]string, len(head))
	for i := range align {
		align[i] = "R"
	}
	align[0] = "L"
	d.table(pdfTable{head: head, widths: widths, align: align, rows: rows})
}

// quality prints the data-quality counts.
func (d *pdfDoc) quality() {
	tx, nf := d.tx, d.nf
	d.heading(tx.SecQuality, 0)
	d.para(tx.QualityText)
	var rows [][]string
	for _, q := range d.m.Quality {
		rows = append(rows, []string{tx.qualityLabel(q.Name), nf.Int(q.Value)})
	}
	d.table(pdfTable{head: []string{tx.Metric, tx.Value}, widths: []float64{90, 30}, align: []string{"L", "R"}, rows: rows})
}

// definitions prints the glossary.
func (d *pdfDoc) definitions() {
	d.heading(d.tx.SecDefinitions, 0)
	for _, def := range d.tx.Definitions {
		d.f.SetFont(pdfFont, "B", pdfBodySize)
		d.f.MultiCell(0, pdfLine, def[0], "", "L", false)
		d.f.SetFont(pdfFont, "", pdfBodySize)
		d.f.MultiCell(0, pdfLine, def[1], "", "L", false)
		d.f.Ln(1.5)
	}
}
