package reports

// workbookSheets lists the workbook's tables in report order; the
// callback queue comes first, as the reps work from it.
func workbookSheets(m *Model) []sheet {
	tx := textsFor(m.Lang)
	return []sheet{
		callbackSheet(m, tx), headlineSheet(m, tx), reasonSheet(m, tx), reasonTrendSheet(m, tx),
		evidenceSheet(m, tx), hourSheet(m, tx), weekSheet(m, tx), successSheet(tx.SheetMonths, tx.MonthOfYear, m.MonthsOfYear, tx),
		successSheet(tx.SheetWeekdays, tx.Weekday, m.Weekdays, tx), successSheet(tx.SheetAttempts, tx.Attempt, m.Attempts, tx),
		touchSheet(m, tx), followUpSheet(m, tx), ballSheet(tx.SheetBall, tx.Rep, m.Ball, tx), ballSheet(tx.SheetBallDir, tx.Direction, m.BallDirection, tx),
		theirsSheet(m, tx), repSheet(m, tx), repReasonSheet(m, tx), qualitySheet(m, tx),
	}
}

// rateCols are the columns of a rate: value, interval and the small flag.
func rateCols(name string, tx texts) []sheetCol {
	return []sheetCol{{name, colPct, 12}, {name + " " + tx.Low, colPct, 10}, {name + " " + tx.High, colPct, 10}, {name + " n<30", colText, 9}}
}

func rateVals(r Rate) []any {
	if !r.Valid {
		return []any{nil, nil, nil, ""}
	}
	small := ""
	if r.Small {
		small = "*"
	}
	return []any{r.P, r.Lo, r.Hi, small}
}

func callbackSheet(m *Model, tx texts) sheet {
	s := sheet{name: tx.SheetCallbacks, cols: []sheetCol{
		{tx.Rep, colText, 18}, {tx.Company, colText, 30}, {tx.Contact, colText, 20}, {tx.Phone, colText, 15},
		{tx.LastCalled, colDateTime, 17}, {tx.CallbackDate, colDate, 12}, {tx.Status, colText, 11},
		{tx.Days, colInt, 7}, {tx.Evidence, colText, 30}, {tx.Note, colText, 60},
	}}
	for _, c := range m.Callbacks {
		status := tx.Due
		if c.Overdue {
			status = tx.Overdue
		}
		s.rows = append(s.rows, []any{c.Rep, c.Company, c.Contact, c.Phone, c.LastCalled, c.Date, status, c.Days, c.Evidence, c.Note})
	}
	return s
}

func funnelCols(tx texts) []sheetCol {
	cols := []sheetCol{{tx.Dials, colInt, 10}, {tx.Reached, colInt, 10}, {tx.Meetings, colInt, 9}}
	cols = append(cols, rateCols(tx.ConnectRate, tx)...)
	return append(cols, rateCols(tx.MeetingRate, tx)...)
}

func funnelVals(f Funnel) []any {
	v := []any{f.Dials, f.Reached, f.Meetings}
	v = append(v, rateVals(f.Connect)...)
	return append(v, rateVals(f.Meeting)...)
}

func headlineSheet(m *Model, tx texts) sheet {
	s := sheet{name: tx.SheetHeadline, cols: append([]sheetCol{{tx.Period, colText, 18}, {tx.From, colDate, 12}, {tx.To, colDate, 12}}, funnelCols(tx)...)}
	h := m.Headline
	for _, p := range []struct {
		label string
		pf    PeriodFunnel
	}{{tx.Current, h.Current}, {tx.Previous, h.Previous}, {tx.Trailing3, h.Trailing3}} {
		f := p.pf.Funnel
		row := []any{p.label, p.pf.Start, p.pf.End.AddDate(0, 0, -1)}
		row = append(row, funnelVals(f)...)
		row[3], row[4], row[5] = p.pf.AvgDials, p.pf.AvgReached, p.pf.AvgMt // trailing3 shows monthly averages
		s.rows = append(s.rows, row)
	}
	return s
}

func reasonSheet(m *Model, tx texts) sheet {
	s := sheet{name: tx.SheetReasons, cols: append([]sheetCol{{tx.Reason, colText, 24}, {tx.Key, colText, 20}, {tx.Nos, colInt, 8}}, rateCols(tx.Share, tx)...)}
	for _, r := range m.Reasons {
		s.rows = append(s.rows, append([]any{tx.reasonLabel(r.Reason), r.Reason, r.Share.Num}, rateVals(r.Share)...))
	}
	return s
}

func reasonTrendSheet(m *Model, tx texts) sheet {
	s := sheet{name: tx.SheetReasonTrend, cols: append([]sheetCol{{tx.Month, colDate, 12}, {tx.Reason, colText, 24}, {tx.Nos, colInt, 8}, {tx.NosMonth, colInt, 10}}, rateCols(tx.Share, tx)...)}
	for _, r := range m.ReasonTrend {
		s.rows = append(s.rows, append([]any{r.Month, tx.reasonLabel(r.Reason), r.Share.Num, r.Share.Den}, rateVals(r.Share)...))
	}
	return s
}

func evidenceSheet(m *Model, tx texts) sheet {
	s := sheet{name: tx.SheetEvidence, cols: []sheetCol{{tx.Reason, colText, 24}, {tx.Phrase, colText, 50}, {tx.Calls, colInt, 8}}}
	for _, e := range m.Evidence {
		s.rows = append(s.rows, []any{tx.reasonLabel(e.Reason), e.Phrase, e.Calls})
	}
	return s
}

func hourSheet(m *Model, tx texts) sheet {
	s := sheet{name: tx.SheetHours, cols: append([]sheetCol{{tx.Weekday, colText, 10}, {tx.Hour, colInt, 6}}, funnelCols(tx)...)}
	for _, c := range m.Heatmap {
		day := ""
		if c.Weekday >= 1 && c.Weekday <= 7 {
			day = tx.Weekdays[c.Weekday-1]
		}
		s.rows = append(s.rows, append([]any{day, c.Hour}, funnelVals(c.Funnel)...))
	}
	return s
}

func weekSheet(m *Model, tx texts) sheet {
	s := sheet{name: tx.SheetWeeks, cols: append([]sheetCol{{tx.Week, colInt, 6}}, funnelCols(tx)...)}
	for _, w := range m.Weeks {
		s.rows = append(s.rows, append([]any{w.Week}, funnelVals(w.Funnel)...))
	}
	return s
}

func successSheet(name, key string, rows []Success, tx texts) sheet {
	s := sheet{name: name, cols: append([]sheetCol{{key, colInt, 10}, {tx.Dials, colInt, 10}, {tx.Meetings, colInt, 9}}, rateCols(tx.MeetingsPerDial, tx)...)}
	for _, r := range rows {
		s.rows = append(s.rows, append([]any{r.Key, r.Calls, r.Rate.Num}, rateVals(r.Rate)...))
	}
	return s
}

func touchSheet(m *Model, tx texts) sheet {
	s := sheet{name: tx.SheetTouches, cols: []sheetCol{{tx.Touches, colInt, 10}, {tx.CompaniesReached, colInt, 18}, {tx.CompaniesMeeting, colInt, 16}}}
	for _, t := range m.Touches {
		s.rows = append(s.rows, []any{t.Touches, t.CompaniesReached, t.Meeting})
	}
	return s
}

func followUpSheet(m *Model, tx texts) sheet {
	fu := m.FollowUp
	s := sheet{name: tx.SheetFollowUp, cols: []sheetCol{{tx.Metric, colText, 40}, {tx.Value, colFloat, 12}}}
	median := any(nil)
	if fu.HasMedian {
		median = fu.MedianDays
	}
	for _, r := range [][]any{
		{tx.FUTimingNos, fu.TimingNos}, {tx.FUWithDate, fu.WithCallbackDate},
		{tx.FUCalledByDate, fu.CalledByDate.Num}, {tx.FUCalledLater, fu.CalledLater},
		{tx.FULaterMeeting, fu.LaterMeeting.Num}, {tx.FUMedianDays, median},
	} {
		s.rows = append(s.rows, r)
	}
	return s
}

func ballSheet(name, key string, rows []Ball, tx texts) sheet {
	cols := []sheetCol{{key, colText, 18}, {tx.Reached, colInt, 10}}
	for _, n := range []string{tx.Ours, tx.Theirs, tx.None} {
		cols = append(cols, rateCols(n, tx)...)
	}
	s := sheet{name: name, cols: cols}
	for _, b := range rows {
		label := b.Rep
		if label == "" {
			label = tx.Total
		}
		row := []any{label, b.Calls}
		for _, r := range []Rate{b.Ours, b.Theirs, b.None} {
			row = append(row, rateVals(r)...)
		}
		s.rows = append(s.rows, row)
	}
	return s
}

func theirsSheet(m *Model, tx texts) sheet {
	s := sheet{name: tx.SheetTheirs, cols: []sheetCol{{tx.Rep, colText, 18}, {tx.Company, colText, 30}, {tx.CalledAt, colDateTime, 17}, {tx.Direction, colText, 10}, {tx.Note, colText, 60}}}
	for _, c := range m.TheirsOpen {
		s.rows = append(s.rows, []any{c.Rep, c.Company, c.CalledAt, c.Direction, c.Note})
	}
	return s
}

func repSheet(m *Model, tx texts) sheet {
	cols := []sheetCol{{tx.Rep, colText, 18}, {tx.Team, colText, 14}, {tx.WorkingDays, colInt, 12}, {tx.DaysWithoutCalls, colInt, 14},
		{tx.Dials, colInt, 9}, {tx.CallsPerDay, colFloat, 10}, {tx.Reached, colInt, 10}, {tx.Meetings, colInt, 9}, {tx.Nos, colInt, 8},
		{tx.NosPerMeeting, colFloat, 12}}
	cols = append(cols, rateCols(tx.MeetingRate, tx)...)
	s := sheet{name: tx.SheetReps, cols: append(cols, sheetCol{tx.Rank, colInt, 7})}
	for _, r := range m.Reps {
		npm, rank := any(nil), any(nil)
		if r.HasNosPerMeeting {
			npm = r.NosPerMeeting
		}
		if r.Rank > 0 {
			rank = r.Rank
		}
		row := []any{r.Rep, r.Team, r.WorkingDays, r.DaysWithoutCalls, r.Calls, r.CallsPerDay, r.Reached, r.Meetings, r.Nos, npm}
		s.rows = append(s.rows, append(append(row, rateVals(r.Meeting)...), rank))
	}
	return s
}

func repReasonSheet(m *Model, tx texts) sheet {
	s := sheet{name: tx.SheetRepReasons, cols: append([]sheetCol{{tx.Rep, colText, 18}, {tx.Reason, colText, 24}, {tx.Nos, colInt, 8}, {tx.RepNos, colInt, 10}}, rateCols(tx.Share, tx)...)}
	for _, r := range m.RepReasons {
		s.rows = append(s.rows, append([]any{r.Rep, tx.reasonLabel(r.Reason), r.Share.Num, r.Share.Den}, rateVals(r.Share)...))
	}
	return s
}

func qualitySheet(m *Model, tx texts) sheet {
	s := sheet{name: tx.SheetQuality, cols: []sheetCol{{tx.Metric, colText, 36}, {tx.Key, colText, 20}, {tx.Value, colInt, 12}}}
	for _, q := range m.Quality {
		s.rows = append(s.rows, []any{tx.qualityLabel(q.Name), q.Name, q.Value})
	}
	return s
}
