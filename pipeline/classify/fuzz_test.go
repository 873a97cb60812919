package classify

import (
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzClassify checks the classifier's invariants on any input: no panic,
// valid labels, a reason only with outcome no, a confidence in [0, 1] and
// never a callback before the call's day.
func FuzzClassify(f *testing.F) {
	for _, s := range []string{
		"ik interesseret", "vm", "ring igen uge 34", "har fast lev. til 31/12", "not the DM, try Hanne",
		"nej tak, men ring efter sommerferien", "møde booket tirs 14/3 kl 10", "", "!!", "* * *",
		"ikke ikke ikke", "uge 53", "31/2", "ring 29/2", "æøå ÆØÅ ß", "\xff\xfe", "tlf 22 33 44 55",
	} {
		f.Add(s, "", int64(0))
		f.Add(s, "No answer", int64(200))
	}
	c := Default()
	base := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, note, disposition string, days int64) {
		at := base.AddDate(0, 0, int(days%3650))
		l := c.Classify(Input{Note: note, Disposition: disposition, CalledAt: at})
		if !l.Valid() {
			t.Fatalf("Classify(%q) = invalid labels %+v", note, l)
		}
		if l.Confidence < 0 || l.Confidence > 1 {
			t.Fatalf("Classify(%q) confidence %v out of [0,1]", note, l.Confidence)
		}
		y, m, d := at.Date()
		if !l.CallbackDate.IsZero() && l.CallbackDate.Before(time.Date(y, m, d, 0, 0, 0, 0, at.Location())) {
			t.Fatalf("Classify(%q) at %v: callback %v before the call", note, at, l.CallbackDate)
		}
		if l.Language == "" {
			t.Fatalf("Classify(%q): empty language", note)
		}
		if utf8.ValidString(note) && utf8.ValidString(disposition) && !utf8.ValidString(l.Evidence) {
			t.Fatalf("Classify(%q): evidence %q is not valid UTF-8", note, l.Evidence)
		}
	})
}
