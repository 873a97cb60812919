package reports

import "math"

// headline reads the current, previous and trailing-three-months rows.
func (b *builder) headline() error {
	t, err := b.period("headline")
	if err != nil {
		return err
	}
	for i := range t.Len() {
		p := PeriodFunnel{Period: t.Str(i, "period"), Start: t.Time(i, "period_start"), End: t.Time(i, "period_end")}
		dials, _ := t.Float(i, "dials")
		reached, _ := t.Float(i, "reached")
		meetings, _ := t.Float(i, "meetings")
		p.AvgDials, p.AvgReached, p.AvgMt = dials, reached, meetings
		scale := 1.0
		if p.Period == "trailing3" {
			scale = 3 // the query averages three months; rates pool them
		}
		p.Funnel = newFunnel(roundInt(dials*scale), roundInt(reached*scale), roundInt(meetings*scale))
		switch p.Period {
		case "current":
			b.m.Headline.Current = p
		case "previous":
			b.m.Headline.Previous = p
		case "trailing3":
			b.m.Headline.Trailing3 = p
		}
	}
	return t.err
}

func roundInt(f float64) int64 { return int64(math.Round(f)) }

// trend reads the monthly funnel over the trend window.
func (b *builder) trend() error {
	t, err := b.window("monthly_trend")
	if err != nil {
		return err
	}
	for i := range t.Len() {
		b.m.Trend = append(b.m.Trend, MonthFunnel{Month: t.Time(i, "month"), Funnel: funnelAt(t, i)})
	}
	return t.err
}

// heatmap reads the hour × weekday funnel over the trend window.
func (b *builder) heatmap() error {
	t, err := b.window("when_hour_weekday")
	if err != nil {
		return err
	}
	for i := range t.Len() {
		b.m.Heatmap = append(b.m.Heatmap, HourCell{
			Weekday: int(t.Int(i, "weekday")), Hour: int(t.Int(i, "hour")), Funnel: funnelAt(t, i),
		})
	}
	return t.err
}

// weeks reads the funnel per ISO week over the trend window.
func (b *builder) weeks() error {
	t, err := b.window("success_by_week")
	if err != nil {
		return err
	}
	for i := range t.Len() {
		b.m.Weeks = append(b.m.Weeks, WeekFunnel{Week: int(t.Int(i, "week")), Funnel: funnelAt(t, i)})
	}
	return t.err
}

// seasonality reads meeting rates per month of year, weekday and attempt.
func (b *builder) seasonality() error {
	for _, q := range []struct {
		name, key string
		dst       *[]Success
	}{
		{"success_by_month_of_year", "month", &b.m.MonthsOfYear},
		{"success_by_weekday", "weekday", &b.m.Weekdays},
		{"success_by_attempt", "attempt", &b.m.Attempts},
	} {
		t, err := b.window(q.name)
		if err != nil {
			return err
		}
		for i := range t.Len() {
			calls := t.Int(i, "calls")
			*q.dst = append(*q.dst, Success{Key: int(t.Int(i, q.key)), Calls: calls, Rate: NewRate(t.Int(i, "meetings"), calls)})
		}
		if t.err != nil {
			return t.err
		}
	}
	return nil
}

// touches reads on which call companies were first reached and first met.
func (b *builder) touches() error {
	t, err := b.window("touches_to_outcome")
	if err != nil {
		return err
	}
	for i := range t.Len() {
		b.m.Touches = append(b.m.Touches, Touch{
			Touches:          int(t.Int(i, "touches")),
			CompaniesReached: t.Int(i, "companies_reached"),
			Meeting:          t.Int(i, "companies_meeting"),
		})
	}
	return t.err
}
