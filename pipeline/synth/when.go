package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// exprKind is a way of naming a time in a note, one per rule of the
// taxonomy's callback_date table.
type exprKind int

const (
	exDate        exprKind = iota // "14/3"
	exDayDate                     // "fre 14/3": weekday and date
	exTomorrow                    // "i morgen"
	exLaterToday                  // "senere i dag"
	exWeekday                     // "på fredag"
	exNextWeek                    // "næste uge"
	exInDays                      // "om 14 dage"
	exInWeeks                     // "om 3 uger"
	exInMonths                    // "om 2 mdr"
	exWeek                        // "uge 34"
	exMonth                       // "i marts"
	exQuarter                     // "Q3"
	exNextQuarter                 // "næste kvartal"
	exAfterSummer                 // "efter sommerferien"
	exSeason                      // "til efteråret"
	exNewYear                     // "efter nytår"
	exNextYear                    // "næste år"
	exAfterEaster                 // "efter påske"
)

// expr is a time named in a note: its kind and the number, month, weekday or
// date it names.
type expr struct {
	kind exprKind
	n    int       // days, weeks, months, ISO week, quarter, or season (0 spring … 3 winter)
	t    time.Time // the date of exDate and exDayDate; the weekday of exWeekday
	m    time.Month
}

var seasonStart = [4]time.Month{time.March, time.June, time.September, time.December}

// resolve returns the date e names when said on call's date, by the
// taxonomy's rules; a Saturday or Sunday moves to the Monday after.
func (e expr) resolve(call time.Time) time.Time {
	y := call.Year()
	var t time.Time
	switch e.kind {
	case exDate, exDayDate:
		t = nextAfter(call, date(y, e.t.Month(), e.t.Day()))
	case exTomorrow:
		t = call.AddDate(0, 0, 1)
	case exLaterToday:
		t = call
	case exWeekday:
		t = call.AddDate(0, 0, (int(e.t.Weekday())-int(call.Weekday())+6)%7+1)
	case exNextWeek:
		t = call.AddDate(0, 0, 7-(int(call.Weekday())+6)%7)
	case exInDays:
		t = call.AddDate(0, 0, e.n)
	case exInWeeks:
		t = call.AddDate(0, 0, 7*e.n)
	case exInMonths:
		t = call.AddDate(0, e.n, 0)
	case exWeek:
		t = isoMonday(y, e.n)
		if !t.After(call) {
			t = isoMonday(y+1, e.n)
		}
	case exMonth:
		t = date(y, e.m, 1)
		if e.m <= call.Month() {
			t = t.AddDate(1, 0, 0)
		}
	case exQuarter:
		t = nextAfter(call, date(y, time.Month(3*e.n-2), 1))
	case exNextQuarter:
		t = date(y, time.Month((int(call.Month())-1)/3*3+1), 1).AddDate(0, 3, 0)
	case exAfterSummer:
		t = isoMonday(y, 32)
	case exSeason:
		t = nextAfter(call, date(y, seasonStart[e.n], 1))
	case exNewYear, exNextYear:
		t = date(y+1, time.January, 2)
	case exAfterEaster:
		t = Easter(y).AddDate(0, 0, 2) // the Tuesday after Easter Monday
		if !t.After(call) {
			t = Easter(y+1).AddDate(0, 0, 2)
		}
	}
	return weekendToMonday(t)
}

// nextAfter returns t, or t a year later when t is not after call.
func nextAfter(call, t time.Time) time.Time {
	if !t.After(call) {
		return t.AddDate(1, 0, 0)
	}
	return t
}

// ahead returns the working day k calendar days after call, moved off a
// weekend.
func ahead(call time.Time, k int) time.Time {
	return weekendToMonday(call.AddDate(0, 0, k))
}

// weighted is a choice with a weight; zero weights are never chosen.
type weighted[T any] struct {
	w float64
	v T
}

func choose[T any](rng *rand.Rand, cs []weighted[T]) T {
	sum := 0.0
	for _, c := range cs {
		sum += c.w
	}
	x := rng.Float64() * sum
	for _, c := range cs {
		if x < c.w {
			return c.v
		}
		x -= c.w
	}
	return cs[len(cs)-1].v
}

// timingExpr names when a not-now prospect may be ready, with the phrases
// that fit the season of the call.
func timingExpr(rng *rand.Rand, call time.Time) expr {
	m := call.Month()
	_, w := call.ISOWeek()
	q := (int(m)-1)/3 + 1
	summer := m >= time.May && call.Before(isoMonday(call.Year(), 30))
	easter := call.Before(Easter(call.Year()).AddDate(0, 0, -10)) && m <= time.March
	return choose(rng, []weighted[expr]{
		{3, expr{kind: exWeek, n: (w+2+rng.IntN(12))%52 + 1}},
		{3, expr{kind: exMonth, m: time.Month((int(m)+rng.IntN(6))%12 + 1)}},
		{2, expr{kind: exQuarter, n: (q+rng.IntN(3))%4 + 1}},
		{1, expr{kind: exNextQuarter}},
		{2, expr{kind: exInMonths, n: 1 + rng.IntN(6)}},
		{1.5, expr{kind: exInWeeks, n: 2 + rng.IntN(7)}},
		{when(summer, 9), expr{kind: exAfterSummer}},
		{1, expr{kind: exSeason, n: seasonAhead(m)}},
		{when(m >= time.October, 4), expr{kind: exNewYear}},
		{when(m >= time.September, 2), expr{kind: exNextYear}},
		{when(easter, 2), expr{kind: exAfterEaster}},
		{1.5, expr{kind: exDate, t: ahead(call, 21+rng.IntN(70))}},
	})
}

// seasonAhead is the season a prospect would name in month m.
func seasonAhead(m time.Month) int {
	switch {
	case m >= time.March && m <= time.July:
		return 2 // autumn
	case m >= time.August && m <= time.September:
		return 3 // winter
	case m >= time.October || m == time.January:
		return 0 // spring
	}
	return 1 // summer
}

func when(ok bool, w float64) float64 {
	if ok {
		return w
	}
	return 0
}

// contractExpr names when a supplier's contract runs out.
func contractExpr(rng *rand.Rand, call time.Time) expr {
	end := date(call.Year(), call.Month()+time.Month(2+rng.IntN(9)), 1).AddDate(0, 0, -1)
	q := (int(end.Month())-1)/3 + 1
	later := end.Year() > call.Year() || q > (int(call.Month())-1)/3+1
	return choose(rng, []weighted[expr]{
		{3, expr{kind: exDate, t: end}},
		{1, expr{kind: exMonth, m: end.Month()}},
		{when(later, 1), expr{kind: exQuarter, n: q}},
	})
}

// soonExpr names a callback within days: after a busy prospect or an
// unanswered call.
func soonExpr(rng *rand.Rand, call time.Time) expr {
	return choose(rng, []weighted[expr]{
		{35, expr{kind: exTomorrow}},
		{20, expr{kind: exWeekday, t: ahead(call, 2+rng.IntN(4))}},
		{15, expr{kind: exDayDate, t: ahead(call, 2+rng.IntN(6))}},
		{10, expr{kind: exLaterToday}},
		{12, expr{kind: exNextWeek}},
	})
}

// followExpr names when we follow up on a quote or information sent.
func followExpr(rng *rand.Rand, call time.Time) expr {
	return choose(rng, []weighted[expr]{
		{3, expr{kind: exWeekday, t: ahead(call, 2+rng.IntN(4))}},
		{3, expr{kind: exDayDate, t: ahead(call, 3+rng.IntN(8))}},
		{2, expr{kind: exNextWeek}},
		{1, expr{kind: exInDays, n: 14}},
	})
}

// awayExpr names when someone away is back.
func awayExpr(rng *rand.Rand, call time.Time) expr {
	_, w := call.ISOWeek()
	return choose(rng, []weighted[expr]{
		{3, expr{kind: exWeek, n: (w+rng.IntN(3))%52 + 1}},
		{2, expr{kind: exWeekday, t: ahead(call, 1+rng.IntN(4))}},
		{1, expr{kind: exMonth, m: time.Month((int(call.Month())+rng.IntN(3))%12 + 1)}},
		{1, expr{kind: exDayDate, t: ahead(call, 3+rng.IntN(12))}},
	})
}

// meetingExpr names the day of a booked meeting, one to three weeks ahead.
func meetingExpr(rng *rand.Rand, call time.Time) expr {
	t := ahead(call, 1+rng.IntN(20))
	return choose(rng, []weighted[expr]{
		{5, expr{kind: exDayDate, t: t}},
		{2, expr{kind: exDate, t: t}},
		{1, expr{kind: exWeekday, t: ahead(call, 1+rng.IntN(5))}},
		{1, expr{kind: exTomorrow}},
	})
}

// meetingTime is the clock time of a meeting as a rep writes it: "kl 10",
// "kl. 9.30", "13:00"; in English "at 10", "10:30".
func meetingTime(rng *rand.Rand, lang string) string {
	h := 8 + rng.IntN(8)
	clock := fmt.Sprint(h)
	switch rng.IntN(5) {
	case 0:
		clock = fmt.Sprintf("%d.30", h)
	case 1:
		return fmt.Sprintf("%02d:00", h)
	}
	if lang == "en" {
		return "at " + strings.Replace(clock, ".", ":", 1)
	}
	return one(rng, "kl ", "kl ", "kl. ") + clock
}
