package reports

import (
	"cmp"
	"slices"
)

// reps reads each rep's activity and ranks reps by meeting rate, leaving
// out those with fewer than SmallSample conversations.
func (b *builder) reps() error {
	t, err := b.period("rep_activity")
	if err != nil {
		return err
	}
	for i := range t.Len() {
		r := RepRow{
			Rep: t.Str(i, "rep"), Team: t.Str(i, "team"),
			WorkingDays: t.Int(i, "working_days"), DaysWithoutCalls: t.Int(i, "days_without_calls"),
			Calls: t.Int(i, "calls"), Reached: t.Int(i, "reached"),
			Meetings: t.Int(i, "meetings"), Nos: t.Int(i, "nos"),
		}
		r.CallsPerDay, _ = t.Float(i, "calls_per_day")
		r.NosPerMeeting, r.HasNosPerMeeting = t.Float(i, "nos_per_meeting")
		r.Meeting = NewRate(r.Meetings, r.Reached)
		b.m.Reps = append(b.m.Reps, r)
	}
	rankReps(b.m.Reps)
	return t.err
}

// rankReps sets Rank by meeting rate (ties by rep name) for reps with a
// large enough sample; the others keep Rank 0.
func rankReps(reps []RepRow) {
	idx := make([]int, 0, len(reps))
	for i, r := range reps {
		if r.Meeting.Valid && !r.Meeting.Small {
			idx = append(idx, i)
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		if reps[a].Meeting.P != reps[b].Meeting.P {
			if reps[a].Meeting.P > reps[b].Meeting.P {
				return -1
			}
			return 1
		}
		return cmp.Compare(reps[a].Rep, reps[b].Rep)
	})
	for rank, i := range idx {
		reps[i].Rank = rank + 1
	}
}

// quality reads the data-quality counts in the query's order.
func (b *builder) quality() error {
	t, err := b.period("data_quality")
	if err != nil {
		return err
	}
	for i := range t.Len() {
		b.m.Quality = append(b.m.Quality, Metric{Name: t.Str(i, "metric"), Value: t.Int(i, "value")})
	}
	return t.err
}
