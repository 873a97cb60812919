package classify

import (
	"time"

	"whyno/pipeline/classify/when"
)

// staleAfter is how far ahead a day and month without a year may resolve
// before it is taken to be a past event the note reports ("sendt tilbud
// 3/5" written on 12/5 resolves to next May): about ten months.
const staleAfter = 300 * 24 * time.Hour

// resolveWhen is the default Resolver: the when package's date rules
// (TAXONOMY.md, callback_date), minus numeric dates that stamp an event.
func resolveWhen(note string, calledAt time.Time) (time.Time, string, bool) {
	r, ok := when.Resolve(note, calledAt)
	if !ok || r.Kind == when.KindDate && stamp(r, calledAt) {
		return time.Time{}, "", false
	}
	return r.Date, r.Evidence, true
}

// stamp reports a numeric date that dates an event rather than a callback:
// the call's own day ("12/5 vm igen" logged on 12/5), or a day and month
// that already passed this year, so resolves nearly a year ahead.
func stamp(r when.Result, calledAt time.Time) bool {
	y, m, d := calledAt.Date()
	if ry, rm, rd := r.Date.Date(); ry == y && rm == m && rd == d {
		return true
	}
	return r.Date.Sub(calledAt) > staleAfter && !hasYear(r.Evidence)
}

// hasYear reports whether s holds a four-digit number (an explicit year).
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run == 4 {
				return true
			}
			continue
		}
		run = 0
	}
	return false
}
