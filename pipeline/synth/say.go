package synth

import (
	"fmt"
	"math/rand/v2"
	"strconv"
)

var (
	daMonths = [13]string{"", "januar", "februar", "marts", "april", "maj", "juni", "juli",
		"august", "september", "oktober", "november", "december"}
	daMonthsShort = [13]string{"", "jan", "feb", "marts", "april", "maj", "juni", "juli",
		"aug", "sep", "okt", "nov", "dec"}
	daDays      = [7]string{"søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"}
	daDaysShort = [7]string{"søn", "man", "tirs", "ons", "tors", "fre", "lør"}
	enDaysShort = [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	daSeasons   = [4]string{"til foråret", "til sommer", "til efteråret", "til vinter"}
	enSeasons   = [4]string{"in the spring", "in the summer", "in the autumn", "in the winter"}
)

// one returns one of the options, at random.
func one(rng *rand.Rand, opts ...string) string { return opts[rng.IntN(len(opts))] }

// lazy picks one of n formats and formats only that one with args.
func lazy(rng *rand.Rand, n int, format func(k int) string, args ...any) string {
	return fmt.Sprintf(format(rng.IntN(n)), args...)
}

// say writes e the way a rep would in lang ("da" or "en").
func (e expr) say(rng *rand.Rand, lang string) string {
	if lang == "en" {
		return e.sayEN(rng)
	}
	return e.sayDA(rng)
}

func (e expr) sayDA(rng *rand.Rand) string {
	d, m, wd := e.t.Day(), int(e.t.Month()), e.t.Weekday()
	switch e.kind {
	case exDate:
		return lazy(rng, 6, func(k int) string {
			return [...]string{"%[1]d/%[2]d", "%[1]d/%[2]d", "%[1]d.%[2]d", "d. %[1]d/%[2]d", "den %[1]d. %[3]s", "%[1]d/%02[2]d"}[k]
		}, d, m, daMonths[m])
	case exDayDate:
		return lazy(rng, 4, func(k int) string {
			return [...]string{"%[4]s %[1]d/%[2]d", "%[4]s %[1]d/%[2]d", "%[5]s d. %[1]d/%[2]d", "%[5]s den %[1]d. %[3]s"}[k]
		}, d, m, daMonths[m], daDaysShort[wd], daDays[wd])
	case exTomorrow:
		return one(rng, "i morgen", "i morgen", "imorgen")
	case exLaterToday:
		return one(rng, "senere i dag", "senere idag")
	case exWeekday:
		return one(rng, "på "+daDays[wd], daDays[wd], daDaysShort[wd], "på "+daDaysShort[wd])
	case exNextWeek:
		return one(rng, "næste uge", "i næste uge")
	case exInDays:
		return "om " + strconv.Itoa(e.n) + " dage"
	case exInWeeks:
		if e.n == 2 {
			return one(rng, "om et par uger", "om 2 uger")
		}
		return "om " + strconv.Itoa(e.n) + " uger"
	case exInMonths:
		return daInMonths(rng, e.n)
	case exWeek:
		n := strconv.Itoa(e.n)
		return one(rng, "uge "+n, "uge "+n, "i uge "+n, "uge"+n, "u"+n)
	case exMonth:
		return one(rng, "i "+daMonths[e.m], "til "+daMonths[e.m], "i "+daMonthsShort[e.m], "start "+daMonths[e.m])
	case exQuarter:
		n := strconv.Itoa(e.n)
		return one(rng, "Q"+n, "i Q"+n, "i "+n+". kvartal", n+". kvt")
	case exNextQuarter:
		return one(rng, "næste kvartal", "i næste kvartal")
	case exAfterSummer:
		return one(rng, "efter sommerferien", "efter sommerferien", "efter ferien")
	case exSeason:
		return daSeasons[e.n]
	case exNewYear:
		return one(rng, "efter nytår", "efter jul", "i det nye år", "efter nytår")
	case exNextYear:
		return one(rng, "næste år", "til næste år")
	case exAfterEaster:
		return "efter påske"
	}
	return ""
}

func daInMonths(rng *rand.Rand, n int) string {
	switch n {
	case 1:
		return one(rng, "om en måned", "om 1 md")
	case 2:
		return one(rng, "om et par måneder", "om 2 mdr", "om 2 måneder")
	}
	return one(rng, "om "+strconv.Itoa(n)+" måneder", "om "+strconv.Itoa(n)+" mdr")
}

func (e expr) sayEN(rng *rand.Rand) string {
	d, m, wd := e.t.Day(), e.t.Month(), e.t.Weekday()
	switch e.kind {
	case exDate:
		return lazy(rng, 4, func(k int) string {
			return [...]string{"%[1]d/%[2]d", "%[1]d %[3]s", "%[3]s %[4]s", "on %[1]d/%[2]d"}[k]
		}, d, int(m), m.String(), ordinal(d))
	case exDayDate:
		return lazy(rng, 3, func(k int) string {
			return [...]string{"%[5]s %[1]d/%[2]d", "%[6]s %[1]d %[3]s", "%[6]s %[3]s %[4]s"}[k]
		}, d, int(m), m.String(), ordinal(d), enDaysShort[wd], wd.String())
	case exTomorrow:
		return "tomorrow"
	case exLaterToday:
		return "later today"
	case exWeekday:
		return one(rng, "on "+wd.String(), wd.String(), enDaysShort[wd])
	case exNextWeek:
		return "next week"
	case exInDays:
		return "in " + strconv.Itoa(e.n) + " days"
	case exInWeeks:
		return "in " + strconv.Itoa(e.n) + " weeks"
	case exInMonths:
		if e.n == 1 {
			return one(rng, "in a month", "in 1 month")
		}
		return "in " + strconv.Itoa(e.n) + " months"
	case exWeek:
		n := strconv.Itoa(e.n)
		return one(rng, "week "+n, "in week "+n, "wk "+n)
	case exMonth:
		return one(rng, "in "+e.m.String(), "in "+e.m.String(), e.m.String()[:3])
	case exQuarter:
		return one(rng, "Q"+strconv.Itoa(e.n), "in Q"+strconv.Itoa(e.n))
	case exNextQuarter:
		return "next quarter"
	case exAfterSummer:
		return one(rng, "after the summer holidays", "after the summer", "after the summer holidays")
	case exSeason:
		return enSeasons[e.n]
	case exNewYear:
		return one(rng, "after Christmas", "after New Year", "in the new year")
	case exNextYear:
		return "next year"
	case exAfterEaster:
		return "after Easter"
	}
	return ""
}

// ordinal writes 1st, 2nd, 3rd, 4th … 21st.
func ordinal(d int) string {
	suffix := "th"
	switch {
	case d%100 >= 11 && d%100 <= 13:
	case d%10 == 1:
		suffix = "st"
	case d%10 == 2:
		suffix = "nd"
	case d%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(d) + suffix
}
