package classify

import (
	"bytes"
	"encoding/json"
	"flag"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files")

// evalFixture is a small hand-checked gold/got pair.
func evalFixture() ([]Example, []Labels) {
	ex := func(id, note string, l Labels) Example {
		return Example{ID: id, Line: len(id), Input: Input{Note: note}, Want: l}
	}
	gold := []Example{
		ex("a", "møde booket", Labels{Outcome: OutcomeMeeting, Ball: BallOurs, Language: "da"}),
		ex("b", "nej tak", Labels{Outcome: OutcomeNo, Reason: ReasonNotInterested, Ball: BallNone, Language: "da"}),
		ex("c", "ring uge 34", Labels{Outcome: OutcomeNo, Reason: ReasonTiming, Ball: BallOurs, CallbackDate: date(2026, 8, 17), Language: "da"}),
		ex("d", "vm", Labels{Outcome: OutcomeNotReached, Ball: BallNone, Language: "da"}),
		ex("e", "for dyrt", Labels{Outcome: OutcomeNo, Reason: ReasonNoBudget, Ball: BallNone, Language: "da"}),
	}
	got := []Labels{
		{Outcome: OutcomeMeeting, Ball: BallOurs, Language: "da", Confidence: 0.95},
		{Outcome: OutcomeNo, Reason: ReasonNotInterested, Ball: BallNone, Language: "da", Confidence: 0.95},
		{Outcome: OutcomeNo, Reason: ReasonTiming, Ball: BallOurs, CallbackDate: date(2026, 8, 19), Language: "da", Confidence: 0.45, Evidence: "uge 34"},
		{Outcome: OutcomeNo, Reason: ReasonUnknown, Ball: BallNone, Language: "en", Confidence: 0.2, CallbackDate: date(2026, 6, 1)},
		{Outcome: OutcomeNo, Reason: ReasonNotInterested, Ball: BallNone, Language: "da", Confidence: 0.6, Evidence: "nej"},
	}
	return gold, got
}

func TestEvaluate(t *testing.T) {
	r := Evaluate(evalFixture())
	checks := []struct {
		name      string
		got, want float64
	}{
		{"outcome accuracy", r.Outcome.Accuracy, 4.0 / 5},
		{"reason accuracy", r.Reason.Accuracy, 2.0 / 3},
		// reason labels seen: timing F1 1, not_interested P .5 R 1 → 2/3, no_budget 0.
		{"reason macro-F1", r.Reason.MacroF1, (1 + 2.0/3 + 0) / 3},
		{"ball accuracy", r.Ball.Accuracy, 1},
		{"language accuracy", r.Language.Accuracy, 4.0 / 5},
		{"date hit rate", r.Callback.HitRate, 1},
		{"false-date rate", r.Callback.FalseDateRate, 1.0 / 4},
	}
	for _, c := range checks {
		if math.Abs(c.got-c.want) > 1e-9 {
			t.Errorf("%s = %.4f, want %.4f", c.name, c.got, c.want)
		}
	}
	if len(r.Misses) != 2 || r.Misses[0].ID != "d" {
		t.Errorf("misses = %+v, want d (wrong outcome) first, then e", r.Misses)
	}
}

func TestEvaluateEmpty(t *testing.T) {
	r := Evaluate(nil, nil)
	if r.N != 0 || r.Outcome.Accuracy != 0 || len(r.Misses) != 0 {
		t.Errorf("Evaluate(nil) = %+v, want zero", r)
	}
}

// TestReportGolden pins the text and JSON report of the fixture; run with
// -update to rewrite testdata/report.golden.txt and report.golden.json.
func TestReportGolden(t *testing.T) {
	r := Evaluate(evalFixture())
	var text bytes.Buffer
	if err := r.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	js, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	compareGolden(t, "testdata/report.golden.txt", text.Bytes())
	compareGolden(t, "testdata/report.golden.json", append(js, '\n'))
}

func compareGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(filepath.Clean(path))
	if err != nil {
		t.Fatalf("read golden (run with -update to create it): %v", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
	}
}
