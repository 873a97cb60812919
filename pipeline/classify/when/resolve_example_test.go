package when_test

import (
	"fmt"
	"time"

	"whyno/pipeline/classify/when"
)

// show prints what Resolve makes of each note said on call.
func show(call time.Time, notes ...string) {
	for _, note := range notes {
		r, ok := when.Resolve(note, call)
		if !ok {
			fmt.Printf("%-40s -\n", note)
			continue
		}
		fmt.Printf("%-40s %s %-8s %q\n", note, r.Date.Format("Mon 2006-01-02"), r.Kind, r.Evidence)
	}
}

// A call on Wednesday 13 May 2026 (ISO week 20).
var call = time.Date(2026, time.May, 13, 14, 5, 0, 0, time.UTC)

func ExampleResolve() {
	r, ok := when.Resolve("ikke lige nu, ring igen i uge 34", call)
	fmt.Println(ok, r.Date.Format(time.DateOnly), r.Kind, r.Evidence)
	// Output: true 2026-08-17 week uge 34
}

// Dates are day first. A day and month without a year is the next such
// date from the call's day on; a weekend moves to the Monday after. One that
// passed less than half a year ago is next year's only where the note looks
// ahead (a callback verb, a contract, "until"); else it is a past event.
func ExampleResolve_dates() {
	show(call,
		"ring igen 3/9",
		"ring 16/5",
		"sendt tilbud 3/5",
		"kontakt 14.03.2027",
		"call back June 12th",
		"ring den 3.",
		"ring 31/2",
	)
	// Output:
	// ring igen 3/9                            Thu 2026-09-03 date     "3/9"
	// ring 16/5                                Mon 2026-05-18 date     "16/5"
	// sendt tilbud 3/5                         -
	// kontakt 14.03.2027                       Mon 2027-03-15 date     "14.03.2027"
	// call back June 12th                      Fri 2026-06-12 date     "June 12th"
	// ring den 3.                              Wed 2026-06-03 date     "3."
	// ring 31/2                                -
}

// Weeks, months, quarters and seasons resolve to their first working day,
// the next one after the call's own week, month, quarter or season month.
func ExampleResolve_periods() {
	show(call,
		"ring uge 20",
		"u. 34",
		"ring i marts",
		"call in May",
		"try again in Q3",
		"ring næste kvartal",
		"ring til efteråret",
		"ring næste år",
	)
	// Output:
	// ring uge 20                              Mon 2027-05-17 week     "uge 20"
	// u. 34                                    Mon 2026-08-17 week     "u. 34"
	// ring i marts                             Mon 2027-03-01 month    "marts"
	// call in May                              Mon 2027-05-03 month    "May"
	// try again in Q3                          Wed 2026-07-01 quarter  "Q3"
	// ring næste kvartal                       Wed 2026-07-01 quarter  "næste kvartal"
	// ring til efteråret                       Tue 2026-09-01 season   "efteråret"
	// ring næste år                            Mon 2027-01-04 relative "næste år"
}

// Holidays: after the summer holidays is Monday of ISO week 32; after
// Christmas or New Year is 2 January; after Easter the Tuesday after Easter
// Monday.
func ExampleResolve_holidays() {
	show(call,
		"ikke nu, ring efter sommerferien",
		"efter ferien",
		"call after Christmas",
		"i det nye år",
		"nach Ostern melden",
	)
	// Output:
	// ikke nu, ring efter sommerferien         Mon 2026-08-03 holiday  "efter sommerferien"
	// efter ferien                             Mon 2026-08-03 holiday  "efter ferien"
	// call after Christmas                     Mon 2027-01-04 holiday  "after Christmas"
	// i det nye år                             Mon 2027-01-04 holiday  "i det nye år"
	// nach Ostern melden                       Tue 2027-03-30 holiday  "nach Ostern"
}

// Relative times count from the call's day; weekdays are the next such day
// after it, and need a cue ("på", "ring", "on") to be a time at all.
func ExampleResolve_relative() {
	show(call,
		"ring i morgen",
		"sidder i bilen, ring senere i dag",
		"ring om et par uger",
		"call back in 10 days",
		"ring på fredag",
		"ring onsdag",
		"ring næste uge",
		"talte med ham mandag",
	)
	// Output:
	// ring i morgen                            Thu 2026-05-14 relative "i morgen"
	// sidder i bilen, ring senere i dag        Wed 2026-05-13 relative "senere i dag"
	// ring om et par uger                      Wed 2026-05-27 relative "om et par uger"
	// call back in 10 days                     Mon 2026-05-25 relative "in 10 days"
	// ring på fredag                           Fri 2026-05-15 weekday  "fredag"
	// ring onsdag                              Wed 2026-05-20 weekday  "onsdag"
	// ring næste uge                           Mon 2026-05-18 week     "næste uge"
	// talte med ham mandag                     -
}

// A time tied to a callback verb wins over one tied to a contract, which
// wins over any other; among equals the first wins.
func ExampleResolve_precedence() {
	show(call,
		"contract ends in June, try again in October",
		"møde 3/6 gik fint. Kontrakten udløber i oktober.",
		"møde 3/6, evt. uge 34",
	)
	// Output:
	// contract ends in June, try again in October Thu 2026-10-01 month    "October"
	// møde 3/6 gik fint. Kontrakten udløber i oktober. Thu 2026-10-01 month    "oktober"
	// møde 3/6, evt. uge 34                    Wed 2026-06-03 date     "3/6"
}

// Numbers that are not dates: phone numbers, prices, clock times, counts,
// and times in the past or negated.
func ExampleResolve_notDates() {
	show(call,
		"ring på 12 34 56 78",
		"kr 12.500 pr. md",
		"møde kl. 14.30",
		"de har 24/7 support",
		"3. gang vi ringer",
		"i sidste uge",
		"ikke i dag",
	)
	// Output:
	// ring på 12 34 56 78                      -
	// kr 12.500 pr. md                         -
	// møde kl. 14.30                           -
	// de har 24/7 support                      -
	// 3. gang vi ringer                        -
	// i sidste uge                             -
	// ikke i dag                               -
}

func ExampleEaster() {
	for year := 2026; year <= 2028; year++ {
		fmt.Println(when.Easter(year).Format("Mon 2006-01-02"))
	}
	// Output:
	// Sun 2026-04-05
	// Sun 2027-03-28
	// Sun 2028-04-16
}
