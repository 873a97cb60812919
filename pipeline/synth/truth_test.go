package synth

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"time"
)

// TestWriteTruth checks that the truth file lines up with the export row
// for row and that its labels obey the taxonomy's rules.
func TestWriteTruth(t *testing.T) {
	opts := Options{Reps: 6, Companies: 300, Seed: 4, Calls: 9000}
	var exp, tru bytes.Buffer
	st, err := Generate(&exp, opts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := WriteTruth(&tru, opts); err != nil {
		t.Fatal(err)
	}
	calls := readRows(t, exp.Bytes())
	r := csv.NewReader(&tru)
	r.Comma = ';'
	truth, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(truth[0], ";") != strings.Join(TruthHeader(), ";") {
		t.Fatalf("header = %q", truth[0])
	}
	truth = truth[1:]
	if len(truth) != len(calls) || len(truth) != st.Calls {
		t.Fatalf("%d truth rows, %d calls, Stats %d", len(truth), len(calls), st.Calls)
	}
	outcomes := map[string]int{}
	for i, tr := range truth {
		c := calls[i]
		at := func(msg string) { t.Helper(); t.Fatalf("row %d %q: %s", i+2, tr, msg) }
		outcome, reason, ball, cb, lang := tr[6], tr[7], tr[8], tr[9], tr[10]
		outcomes[outcome]++
		switch {
		case tr[0] != c[0] || tr[1] != c[1] || tr[2] != c[2] || tr[3] != c[4] || tr[4] != c[9] || tr[5] != c[12]:
			at("does not match the export row")
		case (outcome == OutcomeNo) != (reason != ""):
			at("a reason without a no, or a no without a reason")
		case outcome == OutcomeInvalid && ball != BallNone:
			at("an invalid record with a next step")
		case outcome == OutcomeMeeting && ball != BallOurs:
			at("a meeting not on our half")
		case (lang == "") != (tr[5] == ""):
			at("a language without a note, or a note without one")
		case lang != "" && lang != "da" && lang != "en":
			at("language " + lang)
		}
		if cb != "" {
			d, err1 := time.Parse("02-01-2006", c[0])
			cbd, err2 := time.Parse(time.DateOnly, cb)
			if err1 != nil || err2 != nil || cbd.Before(d) {
				at("callback date before the call")
			}
		}
	}
	for o, n := range st.Outcomes {
		if outcomes[o] != n {
			t.Errorf("%s: %d in the truth file, %d in Stats", o, outcomes[o], n)
		}
	}
}
