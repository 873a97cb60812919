package reports

import (
	"slices"
	"time"
)

// reasonTrendSeries turns the reason trend into months and stacked shares:
// the top reasons of the period (by order in m.Reasons) and "other".
func reasonTrendSeries(m *Model, tx texts, top int) (months []time.Time, shares [][]float64, names []string) {
	order := reasonOrder(m)
	keep := order[:min(top, len(order))]
	for _, r := range m.ReasonTrend {
		if len(months) == 0 || !months[len(months)-1].Equal(r.Month) {
			months = append(months, r.Month)
		}
	}
	slices.SortFunc(months, func(a, b time.Time) int { return a.Compare(b) })
	months = slices.CompactFunc(months, func(a, b time.Time) bool { return a.Equal(b) })
	series := len(keep)
	if len(order) > len(keep) {
		series++
	}
	shares = make([][]float64, series)
	for i := range shares {
		shares[i] = make([]float64, len(months))
	}
	for _, r := range m.ReasonTrend {
		mi, _ := slices.BinarySearchFunc(months, r.Month, func(a, b time.Time) int { return a.Compare(b) })
		si := slices.Index(keep, r.Reason)
		if si < 0 {
			si = series - 1
		}
		shares[si][mi] += r.Share.P
	}
	for _, k := range keep {
		names = append(names, tx.reasonLabel(k))
	}
	if series > len(keep) {
		names = append(names, tx.Other)
	}
	return months, shares, names
}
