package synth

import (
	"math/rand/v2"
	"time"
)

// The teams. Nordic/UK sells to international companies and writes its notes
// in English; the others write Danish.
const (
	teamCPH    = "København"
	teamAAR    = "Aarhus"
	teamODE    = "Odense"
	teamNordic = "Nordic/UK"
)

// roster is the built-in sales floor, ordered so that any first few reps span
// the teams (the first three include an English-speaking one).
var roster = []struct{ name, team string }{
	{"Mette Jensen", teamCPH}, {"Rasmus Nielsen", teamAAR}, {"Oliver Bennett", teamNordic},
	{"Camilla Sørensen", teamODE}, {"Jesper Hansen", teamCPH}, {"Louise Pedersen", teamAAR},
	{"Sarah Mitchell", teamNordic}, {"Anders Kristensen", teamODE}, {"Sofie Andersen", teamCPH},
	{"Mads Larsen", teamAAR}, {"Erik Lindqvist", teamNordic}, {"Line Rasmussen", teamODE},
	{"Thomas Christensen", teamCPH}, {"Julie Madsen", teamAAR}, {"Emma Clarke", teamNordic},
	{"Kasper Thomsen", teamODE}, {"Nanna Poulsen", teamCPH}, {"Frederik Johansen", teamAAR},
	{"Maria Møller", teamCPH}, {"Simon Olsen", teamAAR},
}

// Roster exceptions that give the year a story: a new hire who starts in
// April and a rep on parental leave in spring.
const (
	newHire      = 16 // Nanna Poulsen
	newHireWeek  = 14
	parentalRep  = 9 // Mads Larsen
	parentalFrom = 10
	parentalTo   = 19
)

// rep is a sales rep with the habits that make their calls and notes theirs.
type rep struct {
	name, team, lang string
	rate             float64 // relative calls per ordinary day (25 to 60)
	reach            float64 // multiplies the chance of reaching someone
	close            float64 // multiplies the chance of booking a meeting
	ours             float64 // chance the rep keeps the next step (books the callback)
	diligence        float64 // chance a promised callback is made on time
	persistence      int     // unanswered attempts before a company is parked
	style            noteStyle
	present          []bool // per day of the year: at work and calling
}

// noteStyle is how a rep writes.
type noteStyle struct {
	lower  bool    // writes everything in lower case
	ascii  int     // 0 writes æøå; 1 writes ae, oe, aa; 2 writes a, o, a
	typo   float64 // chance a note has a typo
	fill   float64 // chance the disposition (Udfald) is filled in
	period bool    // ends notes with a full stop
}

// newReps draws n reps from the roster (and made-up names beyond it).
func newReps(rng *rand.Rand, n int, days []day) []rep {
	reps := make([]rep, n)
	for i := range reps {
		name, team := repName(i)
		r := rep{name: name, team: team, lang: "da"}
		if team == teamNordic {
			r.lang = "en"
		}
		r.rate = 25 + 35*rng.Float64()
		r.reach = clamp(1+0.1*rng.NormFloat64(), 0.75, 1.25)
		r.close = 0.6 + 0.9*rng.Float64()
		r.ours = 0.15 + 0.75*rng.Float64()
		r.diligence = 0.5 + 0.45*rng.Float64()
		r.persistence = 4 + rng.IntN(5)
		r.style = newStyle(rng, r.lang)
		r.present = presence(rng, i, days)
		reps[i] = r
	}
	return reps
}

func newStyle(rng *rand.Rand, lang string) noteStyle {
	s := noteStyle{
		lower:  rng.Float64() < 0.35,
		typo:   0.06 * rng.Float64(),
		fill:   0.6 + 0.4*rng.Float64(),
		period: rng.Float64() < 0.3,
	}
	if lang == "da" {
		switch x := rng.Float64(); {
		case x < 0.1:
			s.ascii = 1
		case x < 0.18:
			s.ascii = 2
		}
	}
	return s
}

// repName returns the roster name and team of rep i, or a made-up Danish
// name and team beyond the roster.
func repName(i int) (name, team string) {
	if i < len(roster) {
		return roster[i].name, roster[i].team
	}
	teams := [...]string{teamCPH, teamAAR, teamODE, teamNordic}
	j := i - len(roster)
	first := firstNames[j%len(firstNames)]
	last := lastNames[(j/len(firstNames)+j)%len(lastNames)]
	n := j / (len(firstNames) * len(lastNames))
	name = first.name + " " + last
	if n > 0 {
		name += " " + string(rune('A'+n%26))
	}
	return name, teams[j%len(teams)]
}

// presence marks the days a rep is at work and calling: from their start,
// minus two or three weeks of summer holiday in weeks 26 to 32, often a week of
// winter or autumn school holiday, some days between Christmas and New Year,
// sick days and days spent on courses or admin.
func presence(rng *rand.Rand, i int, days []day) []bool {
	summer := choose(rng, []weighted[int]{{1, 26}, {3, 27}, {4, 28}, {3, 29}, {1, 30}})
	weeks := 3
	if rng.Float64() < 0.25 {
		weeks = 2
	}
	winter, autumn := rng.Float64() < 0.35, rng.Float64() < 0.35
	xmas := rng.Float64() < 0.6
	p := make([]bool, len(days))
	for k, d := range days {
		p[k] = d.work && !away(i, d, summer, weeks, winter, autumn, xmas) && rng.Float64() > 0.04
	}
	return p
}

func away(i int, d day, summer, weeks int, winter, autumn, xmas bool) bool {
	switch {
	case d.week >= summer && d.week < summer+weeks && d.date.Month() > time.May:
		return true
	case winter && d.week == 7, autumn && d.week == 42:
		return true
	case xmas && d.date.Month() == time.December && d.date.Day() > 26:
		return true
	case i == newHire && d.date.Before(isoMonday(d.date.Year(), newHireWeek)):
		return true
	case i == parentalRep && !d.date.Before(isoMonday(d.date.Year(), parentalFrom)) &&
		d.date.Before(isoMonday(d.date.Year(), parentalTo+1)):
		return true
	}
	return false
}

func clamp(x, lo, hi float64) float64 {
	return max(lo, min(hi, x))
}
