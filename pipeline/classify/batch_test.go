package classify

import (
	"testing"
	"time"
	"unsafe"
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

// TestSessionRemembersAcrossBatches labels batches whose notes repeat
// across batches, at other call dates, through one session: every label is
// what Classify gives alone. The notes alias a buffer that is overwritten
// after each batch, as the warehouse frees its Arrow batches: what the
// session remembers must not alias its input.
func TestSessionRemembersAcrossBatches(t *testing.T) {
	notes := []string{
		"vm", "ingen svar", "ikke interesseret, har fast leverandør", "ring igen uge 34",
		"call back next week", "not the DM, try Hanne in finance", "reklamebeskyttet",
		"møde booket tirs 14/3 kl 10", "sender materiale på mail", "ikke lige nu",
	}
	c := Default()
	session := c.NewSession()
	for batch := 0; batch < 4; batch++ {
		var buf []byte
		var in []Input
		for i := 0; i < 3000; i++ {
			buf = append(buf, notes[(i+batch)%len(notes)]...)
		}
		off := 0
		for i := 0; i < 3000; i++ {
			n := len(notes[(i+batch)%len(notes)])
			at := time.Date(2026, time.Month(1+(i+batch)%12), 1+i%28, 10, 0, 0, 0, time.UTC)
			in = append(in, Input{Note: unsafe.String(&buf[off], n), CalledAt: at})
			off += n
		}
		if !worthGrouping(in) {
			t.Fatal("the batch repeats itself but worthGrouping says no: the session is not used")
		}
		got := make([]Labels, len(in))
		session.ClassifyBatch(in, got)
		for i := range in {
			if want := c.Classify(in[i]); got[i] != want {
				t.Fatalf("batch %d, input %d (%q at %s): session gave %+v, alone %+v", batch, i, in[i].Note, in[i].CalledAt.Format("2006-01-02"), got[i], want)
			}
		}
		for k, l := range session.seen {
			for _, s := range []string{k.note, k.disposition, k.outcome, l.Evidence} {
				if aliases(s, buf) {
					t.Fatalf("batch %d: the session keeps %q in its input's memory", batch, s)
				}
			}
		}
		for i := range buf {
			buf[i] = '#' // the caller frees its batch: the next one must not see it
		}
	}
	if len(session.seen) == 0 {
		t.Error("the session remembered nothing")
	}
}

// aliases reports whether s points into buf.
func aliases(s string, buf []byte) bool {
	if len(s) == 0 || len(buf) == 0 {
		return false
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	lo := uintptr(unsafe.Pointer(&buf[0]))
	return p >= lo && p < lo+uintptr(len(buf))
}
