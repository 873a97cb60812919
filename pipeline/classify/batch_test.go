package classify

import (
	"testing"
	"time"
)

// TestClassifyBatchGroupsRepeats: a batch with many repeated notes, some
// naming dates, at varied call dates, is labelled exactly as classifying
// each input alone (grouping identical inputs must not share a date-dependent
// result across call dates).
func TestClassifyBatchGroupsRepeats(t *testing.T) {
	notes := []struct{ note, disposition string }{
		{"vm", ""},
		{"ingen svar", "No answer"},
		{"", "Ikke interesseret"},
		{"ring igen uge 34", ""},
		{"ikke lige nu, ring efter sommerferien", ""},
		{"møde booket tirs 14/3 kl 10", ""},
		{"har fast leverandør", ""},
		{"call back next week", ""},
		{"not interested", "Connected"},
		{"kontrakten udløber i marts", ""},
	}
	var in []Input
	for i := 0; i < 6000; i++ {
		n := notes[i%len(notes)]
		at := time.Date(2026, time.Month(1+i%12), 1+i%28, 10, 0, 0, 0, time.UTC)
		in = append(in, Input{Note: n.note, Disposition: n.disposition, CalledAt: at})
	}
	if !worthGrouping(in) {
		t.Fatal("the batch repeats itself but worthGrouping says no: the grouped path is not tested")
	}
	c := Default()
	got := make([]Labels, len(in))
	c.ClassifyBatch(in, got)
	for i := range in {
		if want := c.Classify(in[i]); got[i] != want {
			t.Fatalf("input %d (%q at %s): batch gave %+v, alone %+v", i, in[i].Note, in[i].CalledAt.Format("2006-01-02"), got[i], want)
		}
	}
}
