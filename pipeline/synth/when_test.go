package synth

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

func day0(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err) // a broken test table
	}
	return t
}

// TestResolve checks each way of naming a time against the taxonomy's
// callback_date rules.
func TestResolve(t *testing.T) {
	tue := "2026-03-10" // a Tuesday in week 11
	tests := []struct {
		name string
		call string
		e    expr
		want string
	}{
		{"date ahead", tue, expr{kind: exDate, t: day0("2026-03-20")}, "2026-03-20"},
		{"date on a Saturday moves to Monday", tue, expr{kind: exDate, t: day0("2026-03-14")}, "2026-03-16"},
		{"date passed is next year", tue, expr{kind: exDate, t: day0("2026-02-05")}, "2027-02-05"},
		{"tomorrow", tue, expr{kind: exTomorrow}, "2026-03-11"},
		{"tomorrow from a Friday is Monday", "2026-03-13", expr{kind: exTomorrow}, "2026-03-16"},
		{"later today", tue, expr{kind: exLaterToday}, tue},
		{"weekday ahead", tue, expr{kind: exWeekday, t: day0("2026-03-13")}, "2026-03-13"},
		{"same weekday is next week", tue, expr{kind: exWeekday, t: day0("2026-03-17")}, "2026-03-17"},
		{"next week", tue, expr{kind: exNextWeek}, "2026-03-16"},
		{"next week from a Sunday", "2026-03-15", expr{kind: exNextWeek}, "2026-03-16"},
		{"in 14 days", tue, expr{kind: exInDays, n: 14}, "2026-03-24"},
		{"in 3 weeks", tue, expr{kind: exInWeeks, n: 3}, "2026-03-31"},
		{"in 2 months", tue, expr{kind: exInMonths, n: 2}, "2026-05-11"}, // 10 May is a Sunday
		{"week ahead", tue, expr{kind: exWeek, n: 34}, "2026-08-17"},
		{"week passed is next year", tue, expr{kind: exWeek, n: 5}, "2027-02-01"},
		{"month ahead", tue, expr{kind: exMonth, m: time.September}, "2026-09-01"},
		{"this month is next year", tue, expr{kind: exMonth, m: time.March}, "2027-03-01"},
		{"quarter ahead", tue, expr{kind: exQuarter, n: 3}, "2026-07-01"},
		{"this quarter is next year", tue, expr{kind: exQuarter, n: 1}, "2027-01-01"},
		{"next quarter", tue, expr{kind: exNextQuarter}, "2026-04-01"},
		{"next quarter in Q4", "2026-11-20", expr{kind: exNextQuarter}, "2027-01-01"},
		{"after the summer holidays", "2026-06-02", expr{kind: exAfterSummer}, "2026-08-03"},
		{"in the autumn", tue, expr{kind: exSeason, n: 2}, "2026-09-01"},
		{"in the spring said in March", tue, expr{kind: exSeason, n: 0}, "2027-03-01"},
		{"after New Year", "2026-11-20", expr{kind: exNewYear}, "2027-01-04"}, // 2 Jan 2027 is a Saturday
		{"next year", "2026-09-20", expr{kind: exNextYear}, "2027-01-04"},
		{"after Easter", "2026-02-02", expr{kind: exAfterEaster}, "2026-04-07"},
		{"after Easter said after it", "2026-05-02", expr{kind: exAfterEaster}, "2027-03-30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.e.resolve(day0(tt.call)).Format(time.DateOnly)
			if got != tt.want {
				t.Errorf("resolve on %s = %s, want %s", tt.call, got, tt.want)
			}
		})
	}
}

// TestGeneratedTimesAhead draws many callback times the way the generator
// does and checks they fall on a working weekday after the call (or the same
// day for "later today") and within about a year.
func TestGeneratedTimesAhead(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	gens := map[string]func(*rand.Rand, time.Time) expr{
		"timing": timingExpr, "contract": contractExpr, "soon": soonExpr,
		"follow": followExpr, "away": awayExpr, "meeting": meetingExpr,
	}
	for _, name := range []string{"timing", "contract", "soon", "follow", "away", "meeting"} {
		for d := date(2026, time.January, 2); d.Year() == 2026; d = d.AddDate(0, 0, 1) {
			e := gens[name](rng, d)
			got := e.resolve(d)
			switch {
			case got.Before(d) || got.Equal(d) && e.kind != exLaterToday:
				t.Fatalf("%s on %s: %+v resolves to %s, not after the call", name, d.Format(time.DateOnly), e, got.Format(time.DateOnly))
			case got.Sub(d) > 370*24*time.Hour:
				t.Fatalf("%s on %s: %+v resolves to %s, over a year ahead", name, d.Format(time.DateOnly), e, got.Format(time.DateOnly))
			case got.Weekday() == time.Saturday || got.Weekday() == time.Sunday:
				t.Fatalf("%s: %s is a weekend", name, got.Format(time.DateOnly))
			}
			for _, lang := range []string{"da", "en"} {
				if s := e.say(rng, lang); s == "" || strings.ContainsAny(s, "{}[]") {
					t.Fatalf("%s %+v says %q in %s", name, e, s, lang)
				}
			}
		}
	}
}

func TestSay(t *testing.T) {
	tests := []struct {
		e      expr
		lang   string
		wantIn []string // the phrase must be one of these
	}{
		{expr{kind: exWeek, n: 34}, "da", []string{"uge 34", "i uge 34", "uge34", "u34"}},
		{expr{kind: exAfterSummer}, "da", []string{"efter sommerferien", "efter ferien"}},
		{expr{kind: exQuarter, n: 3}, "da", []string{"Q3", "i Q3", "i 3. kvartal", "3. kvt"}},
		{expr{kind: exDayDate, t: day0("2026-03-17")}, "da",
			[]string{"tirs 17/3", "tirsdag d. 17/3", "tirsdag den 17. marts"}},
		{expr{kind: exDate, t: day0("2026-12-31")}, "en", []string{"31/12", "31 December", "December 31st", "on 31/12"}},
		{expr{kind: exInWeeks, n: 2}, "da", []string{"om et par uger", "om 2 uger"}},
		{expr{kind: exNewYear}, "en", []string{"after Christmas", "after New Year", "in the new year"}},
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, tt := range tests {
		for range 20 {
			got := tt.e.say(rng, tt.lang)
			ok := false
			for _, w := range tt.wantIn {
				ok = ok || got == w
			}
			if !ok {
				t.Errorf("%+v in %s says %q, want one of %q", tt.e, tt.lang, got, tt.wantIn)
			}
		}
	}
}
