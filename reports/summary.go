package reports

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// renderSummary writes summary.md: the headline numbers and the three
// biggest changes against the previous period.
func renderSummary(w io.Writer, m *Model) error {
	tx, nf, h := textsFor(m.Lang), numbersFor(m.Lang), m.Headline
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", m.Title)
	fmt.Fprintf(&b, "%s: %s – %s%s\n\n", tx.Period, nf.Date(m.Lang, m.From), nf.Date(m.Lang, m.To.AddDate(0, 0, -1)), filterText(m, tx))
	fmt.Fprintf(&b, "| | %s | %s | %s |\n|---|---:|---:|---:|\n", tx.Current, tx.Previous, tx.Change)
	c, p := h.Current, h.Previous
	fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", tx.Dials, nf.Int(c.Dials), nf.Int(p.Dials), nf.Change(p.AvgDials, c.AvgDials))
	fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", tx.Reached, nf.Int(c.Reached), nf.Int(p.Reached), nf.Change(p.AvgReached, c.AvgReached))
	fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", tx.Meetings, nf.Int(c.Meetings), nf.Int(p.Meetings), nf.Change(p.AvgMt, c.AvgMt))
	fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", tx.ConnectRate, nf.Rate(c.Connect), nf.Rate(p.Connect), ppDiff(nf, c.Connect, p.Connect))
	fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", tx.MeetingRate, nf.Rate(c.Meeting), nf.Rate(p.Meeting), ppDiff(nf, c.Meeting, p.Meeting))
	if m.NotNow.Valid {
		fmt.Fprintf(&b, "\n"+tx.NotNowText+"\n", nf.Rate(m.NotNow))
	}
	fmt.Fprintf(&b, "\n## %s\n\n", tx.SummaryChanges)
	lines := changeLines(m, tx, nf, 3)
	for _, l := range lines {
		fmt.Fprintf(&b, "- %s\n", l)
	}
	_, err := io.WriteString(w, b.String())
	if err != nil {
		return fmt.Errorf("write summary: %w", err)
	}
	return nil
}

// filterText is ", Sælger: X, Team: Y" for the filters that are set.
func filterText(m *Model, tx texts) string {
	var s string
	if m.Rep != "" {
		s += ", " + tx.Rep + ": " + m.Rep
	}
	if m.Team != "" {
		s += ", " + tx.Team + ": " + m.Team
	}
	return s
}

func ppDiff(nf numberFormat, cur, prev Rate) string {
	if !cur.Valid || !prev.Valid {
		return "–"
	}
	return nf.PP(cur.P - prev.P)
}

// changeLines describes the n biggest changes, or says there is nothing
// to compare with.
func changeLines(m *Model, tx texts, nf numberFormat, n int) []string {
	if len(m.Changes) == 0 {
		return []string{tx.NoChanges}
	}
	out := make([]string, 0, n)
	for _, c := range m.Changes[:min(n, len(m.Changes))] {
		label := tx.changeLabel(c.Key)
		if c.Rate {
			out = append(out, fmt.Sprintf("%s: %s → %s (%s)", label, nf.Pct(c.Prev, 0), nf.Pct(c.Cur, 0), nf.PP(c.Cur-c.Prev)))
			continue
		}
		out = append(out, fmt.Sprintf("%s: %s → %s (%s)", label, nf.Int(int64(c.Prev)), nf.Int(int64(c.Cur)), nf.Change(c.Prev, c.Cur)))
	}
	return out
}

// bestHoursText names the three weekday-hours with the highest connect
// rate among those with at least SmallSample dials.
func bestHoursText(m *Model, tx texts, nf numberFormat) string {
	cells := slices.DeleteFunc(slices.Clone(m.Heatmap), func(c HourCell) bool {
		return !c.Connect.Valid || c.Connect.Small || c.Weekday < 1 || c.Weekday > 7
	})
	if len(cells) == 0 {
		return tx.NoRankHours
	}
	slices.SortStableFunc(cells, func(a, b HourCell) int {
		if a.Connect.P != b.Connect.P {
			if a.Connect.P > b.Connect.P {
				return -1
			}
			return 1
		}
		return (a.Weekday*24 + a.Hour) - (b.Weekday*24 + b.Hour)
	})
	var parts []string
	for _, c := range cells[:min(3, len(cells))] {
		parts = append(parts, fmt.Sprintf("%s %02d–%02d (%s)", tx.weekdayInSentence(c.Weekday), c.Hour, c.Hour+1, nf.Rate(c.Connect)))
	}
	return fmt.Sprintf(tx.BestHours, strings.Join(parts, ", "))
}
