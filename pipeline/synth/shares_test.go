package synth

import (
	"sync"
	"testing"
	"time"
)

// year2026 is the default year, simulated once for the tests that check its
// shape; they only read it.
var year2026 = sync.OnceValues(func() (*sim, error) { return simulate(Options{Seed: 1}) })

func fullYear(t *testing.T) *sim {
	t.Helper()
	if testing.Short() {
		t.Skip("full year skipped in -short mode")
	}
	s, err := year2026()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func within(t *testing.T, what string, got, lo, hi float64) {
	t.Helper()
	if got < lo || got > hi {
		t.Errorf("%s = %.3f, want %.3f to %.3f", what, got, lo, hi)
	}
}

// TestFullYearShares checks that the default year has the shares a sales
// floor has: most calls reach nobody, a no is most often "not now", a few
// percent book meetings.
func TestFullYearShares(t *testing.T) {
	s := fullYear(t)
	st := s.stats()
	within(t, "calls / target", float64(st.Calls)/50000, 0.9, 1.1)
	within(t, "not_reached", st.Share(st.Outcomes[OutcomeNotReached]), 0.55, 0.75)
	within(t, "no", st.Share(st.Outcomes[OutcomeNo]), 0.15, 0.35)
	within(t, "meeting", st.Share(st.Outcomes[OutcomeMeeting]), 0.02, 0.08)
	within(t, "interested", st.Share(st.Outcomes[OutcomeInterested]), 0.01, 0.06)
	within(t, "invalid", st.Share(st.Outcomes[OutcomeInvalid]), 0.002, 0.03)
	within(t, "inbound", st.Share(st.Inbound), 0.01, 0.05)
	within(t, "English notes", float64(st.Languages["en"])/float64(st.Calls-st.EmptyNotes), 0.1, 0.3)
	within(t, "empty notes", st.Share(st.EmptyNotes), 0.08, 0.3)
	within(t, "ball ours", st.Share(st.Balls[BallOurs]), 0.08, 0.3)
	within(t, "ball theirs", st.Share(st.Balls[BallTheirs]), 0.08, 0.3)
	no := float64(st.Outcomes[OutcomeNo])
	within(t, "timing of no's", float64(st.Reasons["timing"])/no, 0.22, 0.4)
	for _, r := range []string{"busy", "not_interested", "existing_supplier", "no_need", "no_budget",
		"not_decision_maker", "send_info", "no_cold_calls", "unknown"} {
		within(t, r+" of no's", float64(st.Reasons[r])/no, 0.01, 0.2)
		if st.Reasons[r] >= st.Reasons["timing"] {
			t.Errorf("%s (%d) at least as common as timing (%d)", r, st.Reasons[r], st.Reasons["timing"])
		}
	}
	if st.Companies < DefaultCompanies*97/100 {
		t.Errorf("%d companies called, want nearly all %d", st.Companies, DefaultCompanies)
	}
}

// TestFullYearSeasons checks the summer-holiday and Christmas dips.
func TestFullYearSeasons(t *testing.T) {
	s := fullYear(t)
	perWeek := map[int]int{}
	perMonth := map[time.Month]int{}
	for _, k := range s.calls {
		d := s.days[k.day]
		perWeek[d.week]++
		perMonth[d.date.Month()]++
	}
	for _, w := range []int{28, 29, 30} {
		within(t, "calls in summer week vs week 24", float64(perWeek[w])/float64(perWeek[24]), 0.02, 0.35)
	}
	within(t, "July vs June", float64(perMonth[time.July])/float64(perMonth[time.June]), 0.1, 0.4)
	within(t, "week 52 vs week 50", float64(perWeek[52])/float64(perWeek[50]), 0.1, 0.6)
}

// TestFullYearRhythm checks the hours and weekdays: prospects answer best
// early and late, worst at lunch, on Monday mornings and Friday afternoons.
func TestFullYearRhythm(t *testing.T) {
	s := fullYear(t)
	type slot struct {
		wd   time.Weekday
		hour int
	}
	var dials, reached [7][17]float64
	for _, k := range s.calls {
		if k.inbound {
			continue
		}
		wd, h := s.days[k.day].date.Weekday(), k.minute/60
		dials[wd][h]++
		if k.truth.outcome != OutcomeNotReached {
			reached[wd][h]++
		}
	}
	rate := func(wds []time.Weekday, hours ...int) float64 {
		var d, r float64
		for _, wd := range wds {
			for _, h := range hours {
				d += dials[wd][h]
				r += reached[wd][h]
			}
		}
		return r / d
	}
	all := []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday}
	mid := []time.Weekday{time.Tuesday, time.Wednesday, time.Thursday}
	if early, lunch, late := rate(all, 8), rate(all, 12), rate(all, 15); early <= lunch*1.5 || late <= lunch*1.5 {
		t.Errorf("reach at 8 %.2f, 12 %.2f, 15 %.2f: want 8-9 and 15-16 well above lunch", early, lunch, late)
	}
	if mon, tue := rate([]time.Weekday{time.Monday}, 8, 9, 10, 11), rate(mid, 8, 9, 10, 11); mon >= tue {
		t.Errorf("Monday morning reach %.2f, midweek %.2f: want Monday lower", mon, tue)
	}
	if fri, tue := rate([]time.Weekday{time.Friday}, 13, 14, 15), rate(mid, 13, 14, 15); fri >= tue*0.85 {
		t.Errorf("Friday afternoon reach %.2f, midweek %.2f: want Friday well lower", fri, tue)
	}
}

// TestFullYearStories checks the stories the report tells: not-now
// prospects are called back around the time they named and some book a
// meeting later; reps differ in who they leave the ball with and in how
// much they call.
func TestFullYearStories(t *testing.T) {
	s := fullYear(t)
	type track struct {
		timing   time.Time
		callback time.Time
		again    bool
		meeting  bool
	}
	byCo := map[int]*track{}
	onTime, laterMeeting, notNow := 0, 0, 0
	for _, k := range s.calls {
		day := s.days[k.day].date
		tr := byCo[k.co.id]
		if tr != nil && !tr.again && day.After(tr.timing) {
			tr.again = true
			if d := day.Sub(tr.callback); d > -21*24*time.Hour && d < 21*24*time.Hour {
				onTime++
			}
		}
		if tr != nil && k.truth.outcome == OutcomeMeeting && !tr.meeting {
			tr.meeting = true
			laterMeeting++
		}
		if k.truth.reason == "timing" && tr == nil && !k.truth.callback.IsZero() && k.truth.callback.Year() == day.Year() {
			byCo[k.co.id] = &track{timing: day, callback: k.truth.callback}
			notNow++
		}
		if !k.truth.callback.IsZero() && k.truth.callback.Before(day) {
			t.Fatalf("callback %v before its call on %v", k.truth.callback, day)
		}
	}
	t.Logf("%d not-now prospects: %d called again within 3 weeks of their date, %d later booked a meeting",
		notNow, onTime, laterMeeting)
	within(t, "not-now called again within 3 weeks of the date named", float64(onTime)/float64(notNow), 0.35, 0.9)
	within(t, "not-now prospects who later book a meeting", float64(laterMeeting)/float64(notNow), 0.05, 0.5)

	ours, calls := make([]float64, len(s.reps)), make([]float64, len(s.reps))
	conv := make([]float64, len(s.reps))
	for _, k := range s.calls {
		calls[k.rep]++
		if k.truth.ball != BallNone {
			conv[k.rep]++
			if k.truth.ball == BallOurs {
				ours[k.rep]++
			}
		}
	}
	lo, hi, fewest, most := 1.0, 0.0, calls[0], calls[0]
	for r := range s.reps {
		share := ours[r] / conv[r]
		lo, hi = min(lo, share), max(hi, share)
		fewest, most = min(fewest, calls[r]), max(most, calls[r])
	}
	t.Logf("reps keep the ball %.2f to %.2f of the time; call %v to %v times a year", lo, hi, fewest, most)
	if hi-lo < 0.3 {
		t.Errorf("reps keep the ball between %.2f and %.2f of the time; want them to differ", lo, hi)
	}
	if most < 2*fewest {
		t.Errorf("busiest rep %v calls, quietest %v: want a spread", most, fewest)
	}
}
