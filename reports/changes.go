package reports

import (
	"cmp"
	"math"
	"slices"
)

// changes compares the period with the previous one: counts, rates and
// each reason's share of the no's, ranked by |z|.
func (b *builder) changes() error {
	b.m.Changes = compare(b.m.Headline, b.m.Reasons, b.prevReasons)
	return nil
}

// compare lists every change from previous to current, largest |z| first.
func compare(h Headline, cur, prev []Reason) []Change {
	c, p := h.Current.Funnel, h.Previous.Funnel
	if p.Dials == 0 || c.Dials == 0 {
		return nil
	}
	out := []Change{
		countChange("dials", p.Dials, c.Dials),
		countChange("reached", p.Reached, c.Reached),
		countChange("meetings", p.Meetings, c.Meetings),
		rateChange("connect_rate", p.Connect, c.Connect),
		rateChange("meeting_rate", p.Meeting, c.Meeting),
	}
	out = append(out, reasonChanges(cur, prev)...)
	out = slices.DeleteFunc(out, func(ch Change) bool { return math.IsNaN(ch.Score) })
	slices.SortStableFunc(out, func(a, b Change) int {
		if d := cmp.Compare(math.Abs(b.Score), math.Abs(a.Score)); d != 0 {
			return d
		}
		return cmp.Compare(a.Key, b.Key)
	})
	return out
}

// countChange scores a change in a count as a Poisson z: (c-p)/sqrt(c+p).
func countChange(key string, prev, cur int64) Change {
	ch := Change{Key: key, Prev: float64(prev), Cur: float64(cur), Score: math.NaN()}
	if prev+cur > 0 {
		ch.Score = float64(cur-prev) / math.Sqrt(float64(cur+prev))
	}
	return ch
}

// rateChange scores a change in a rate with the pooled two-proportion z.
func rateChange(key string, prev, cur Rate) Change {
	ch := Change{Key: key, Rate: true, Prev: prev.P, Cur: cur.P, Score: math.NaN()}
	if !prev.Valid || !cur.Valid {
		return ch
	}
	pool := float64(prev.Num+cur.Num) / float64(prev.Den+cur.Den)
	se := math.Sqrt(pool * (1 - pool) * (1/float64(prev.Den) + 1/float64(cur.Den)))
	switch {
	case se > 0:
		ch.Score = (cur.P - prev.P) / se
	case cur.P == prev.P:
		ch.Score = 0
	}
	return ch
}

// reasonChanges compares each reason's share of the no's.
func reasonChanges(cur, prev []Reason) []Change {
	var curTotal, prevTotal int64
	byReason := map[string][2]int64{}
	for _, r := range cur {
		v := byReason[r.Reason]
		v[1] = r.Share.Num
		byReason[r.Reason] = v
		curTotal = r.Share.Den
	}
	for _, r := range prev {
		v := byReason[r.Reason]
		v[0] = r.Share.Num
		byReason[r.Reason] = v
		prevTotal = r.Share.Den
	}
	if curTotal == 0 || prevTotal == 0 {
		return nil
	}
	var out []Change
	for _, reason := range sortedKeys(byReason) {
		v := byReason[reason]
		out = append(out, rateChange("reason:"+reason, NewRate(v[0], prevTotal), NewRate(v[1], curTotal)))
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
