package classify

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestParseRules(t *testing.T) {
	tests := []struct {
		name    string
		data    string
		wantErr string // exact error text; "" for none
	}{
		{name: "valid", data: "language: da\nreason:\n  no_need:\n    strong: [kun privatkunder]\n"},
		{name: "gap phrase", data: "language: en\nball:\n  ours:\n    weak: [will * back]\n"},
		{name: "unknown label", data: "language: da\noutcome:\n  meetng:\n    strong: [x]\n", wantErr: `rules.yaml:3:3: unknown field "meetng"`},
		{name: "unknown section", data: "language: da\nreasons: {}\n", wantErr: `rules.yaml:2:1: unknown field "reasons"`},
		{name: "bad language", data: "language: Danish\n", wantErr: `rules.yaml:1:1: language "Danish": want a two-letter ISO 639-1 code such as da or en`},
		{name: "gap first", data: "language: da\nball:\n  ours:\n    strong:\n      - \"* igen\"\n", wantErr: `rules.yaml:5:9: phrase "* igen": "*" must stand between two words`},
		{name: "empty phrase", data: "language: da\nball:\n  ours:\n    strong: [\"!!\"]\n", wantErr: `rules.yaml:4:14: phrase "!!": has no words`},
		{name: "phrase is a map", data: "language: da\nball:\n  ours:\n    strong: [{a: b}]\n", wantErr: "rules.yaml:4:14: a phrase must be a string"},
		{name: "syntax error", data: "language: da\nball: [\n", wantErr: "rules.yaml:2:7: sequence end token ']' not found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseRules("rules.yaml", []byte(tt.data))
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("ParseRules: %v", err)
				}
				return
			}
			if err == nil || err.Error() != tt.wantErr {
				t.Fatalf("ParseRules error = %v, want %s", err, tt.wantErr)
			}
			var re *RuleError
			if !errors.As(err, &re) {
				t.Errorf("error %T is not a *RuleError", err)
			}
		})
	}
}

func TestLoadRules(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rules.yaml")
	if err := os.WriteFile(path, []byte("language: da\noutcome:\n  invalid:\n    strong: [kun privat]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	lx, err := LoadRules(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := New(WithRules(lx)).Classify(Input{Note: "kun privat"}).Outcome; got != OutcomeInvalid {
		t.Errorf("outcome with rule = %s, want %s", got, OutcomeInvalid)
	}
	if _, err := LoadRules(filepath.Join(t.TempDir(), "missing.yaml")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("LoadRules(missing) = %v, want os.ErrNotExist", err)
	}
}

func TestRulesOverrideDefaults(t *testing.T) {
	// "tilbud" is a weak interest cue by default; a user may declare it a
	// strong send_info cue instead.
	lx, err := ParseRules("r.yaml", []byte("language: da\nreason:\n  send_info:\n    strong: [tilbud]\n"))
	if err != nil {
		t.Fatal(err)
	}
	before := Default().Classify(Input{Note: "tilbud"})
	after := New(WithRules(lx)).Classify(Input{Note: "tilbud"})
	if before.Outcome != OutcomeInterested || after.Outcome != OutcomeNo || after.Reason != ReasonSendInfo {
		t.Errorf("tilbud: default %s, with rule %s/%s; want interested, then no/send_info", before.Outcome, after.Outcome, after.Reason)
	}
}

func TestEmbeddedLexiconsParse(t *testing.T) {
	for _, lx := range defaultLexicons() {
		if lx.Language == "" {
			t.Errorf("%s: no language", lx.path)
		}
	}
	if _, err := parseDispositions(dispositionsYAML); err != nil {
		t.Fatal(err)
	}
}

func TestParseDispositionsRejects(t *testing.T) {
	tests := []struct{ name, data string }{
		{"bad outcome", "- values: [x]\n  outcome: maybe\n"},
		{"reason without no", "- values: [x]\n  outcome: meeting\n  reason: busy\n"},
		{"duplicate value", "- values: [No answer, no_answer]\n  outcome: not_reached\n"},
		{"unknown field", "- values: [x]\n  outcom: no\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := parseDispositions([]byte(tt.data)); err == nil {
				t.Errorf("parseDispositions(%q) = nil error, want one", tt.data)
			}
		})
	}
}
