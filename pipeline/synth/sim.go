package synth

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"time"
)

// Independent random streams, so that changing one part of the options
// (say, the number of companies) does not reshuffle the reps' habits.
const (
	streamReps uint64 = iota + 1
	streamCompanies
	streamCalls
)

// call is one row of the export and what the generator meant by it.
type call struct {
	day, minute int // day of the year (0-based) and minute of the day
	rep         int
	co          *company
	contact     string
	inbound     bool
	seconds     int
	disposition string
	note        string
	truth       truth
}

// truth is the labels the note was written to carry.
type truth struct {
	outcome, reason, ball, lang string
	callback                    time.Time
}

// sim runs one synthetic year.
type sim struct {
	days  []day
	reps  []rep
	cos   []*company
	owned [][]*company // per rep, the companies they work
	rng   *rand.Rand
	scale float64 // planned calls per unit of rep rate and day volume
	last  int     // last day generated
	calls []call
}

func newSim(o Options) *sim {
	days := newDays(o.Year)
	reps := newReps(rand.New(rand.NewPCG(o.Seed, streamReps)), o.Reps, days)
	cos := newCompanies(rand.New(rand.NewPCG(o.Seed, streamCompanies)), o.Companies, reps, days)
	s := &sim{days: days, reps: reps, cos: cos, owned: make([][]*company, len(reps)),
		rng: rand.New(rand.NewPCG(o.Seed, streamCalls)), last: o.lastDay(),
		calls: make([]call, 0, o.Calls+o.Calls/8)} // the target plus inbound calls and chance
	for _, c := range cos {
		s.owned[c.owner] = append(s.owned[c.owner], c)
	}
	planned := 0.0
	for _, r := range reps {
		for d, p := range r.present {
			if p {
				planned += r.rate * days[d].volume
			}
		}
	}
	if planned > 0 {
		s.scale = float64(o.Calls) / planned
	}
	return s
}

// run simulates the year up to its last day. Within a day the calls are
// ordered by time, then by rep.
func (s *sim) run() {
	for d := 0; d <= s.last && d < len(s.days); d++ {
		if !s.days[d].work {
			continue
		}
		start := len(s.calls)
		for r := range s.reps {
			s.repDay(r, d)
		}
		s.sortDay(s.calls[start:])
	}
}

// sortDay orders one day's calls by time, then rep, keeping the order of
// calls in the same minute. It sorts indices: calls are large to move.
func (s *sim) sortDay(calls []call) {
	idx := make([]int, len(calls))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		return cmp.Or(cmp.Compare(calls[a].minute, calls[b].minute), cmp.Compare(calls[a].rep, calls[b].rep))
	})
	sorted := make([]call, len(calls))
	for i, j := range idx {
		sorted[i] = calls[j]
	}
	copy(calls, sorted)
}

// repDay makes rep r's calls on day d: first the prospects who call in,
// then as many due companies as the rep has time for.
func (s *sim) repDay(r, d int) {
	rp := &s.reps[r]
	if !rp.present[d] {
		return
	}
	var in, due []*company
	for _, c := range s.owned[r] {
		switch {
		case c.inbound != none && c.inbound <= d:
			in = append(in, c)
		case c.due <= d:
			due = append(due, c)
		}
	}
	slices.SortFunc(due, func(a, b *company) int {
		return cmp.Or(cmp.Compare(a.class, b.class), cmp.Compare(a.due, b.due), cmp.Compare(a.id, b.id))
	})
	mean := rp.rate * s.scale * s.days[d].volume
	n := int(math.Round(mean + 0.8*math.Sqrt(mean)*s.rng.NormFloat64()))
	n = max(0, n)
	if n > len(due) {
		due = append(due, s.spare(r, d, n-len(due))...)
	}
	n = min(n, len(due))
	for i, m := range s.minutes(n, d) {
		s.outbound(r, d, m, due[i])
	}
	for _, c := range in {
		s.inboundCall(r, d, s.minutes(1, d)[0], c)
	}
}

// Least days between calls to a company a rep calls early because they
// have time to spare.
const (
	spareRecycle = 30
	spareActive  = 2
)

// spare picks up to n companies a rep with time on their hands calls before
// they are due: sequences not yet through, then parked ones, longest parked
// first. Agreed callbacks and not-now prospects wait for their time.
func (s *sim) spare(r, d, n int) []*company {
	var cs []*company
	for _, c := range s.owned[r] {
		gap := d - c.last
		switch {
		case c.due <= d || c.due == never || c.inbound != none:
		case c.class == cActive && gap >= spareActive, c.class == cRecycle && gap >= spareRecycle:
			cs = append(cs, c)
		}
	}
	slices.SortFunc(cs, func(a, b *company) int {
		return cmp.Or(cmp.Compare(a.class, b.class), cmp.Compare(a.due, b.due), cmp.Compare(a.id, b.id))
	})
	return cs[:min(n, len(cs))]
}

// minutes draws n sorted times of day for calls on day d, following the
// hourly rhythm: busy mornings, a lunch dip, an early Friday.
func (s *sim) minutes(n, d int) []int {
	dd := s.days[d]
	var w [9]float64
	for h := range w {
		w[h] = hourVolume[h]
		if dd.date.Weekday() == time.Friday && h+firstHour >= 13 {
			w[h] *= 0.6
		}
		if dd.half && h+firstHour >= 12 {
			w[h] = 0
		}
	}
	cum := make([]float64, len(w))
	sum := 0.0
	for h, x := range w {
		sum += x
		cum[h] = sum
	}
	ms := make([]int, n)
	for i := range ms {
		h := pick(s.rng, cum)
		span := 60
		if h+firstHour == lastHour {
			span = 30
		}
		ms[i] = (h+firstHour)*60 + s.rng.IntN(span)
	}
	slices.Sort(ms)
	return ms
}
