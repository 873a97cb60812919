package classify

import (
	_ "embed"
	"fmt"

	"github.com/goccy/go-yaml"
)

//go:embed dispositions.yaml
var dispositionsYAML []byte

// disposition is what a source's structured call outcome means.
type disposition struct {
	outcome string // taxonomy outcome, or "" for a generic value
	reason  string
	ball    string
	reached bool   // somebody was talked to (HubSpot "Connected")
	text    string // as exported, for evidence
}

// dispositionRule is one entry of dispositions.yaml.
type dispositionRule struct {
	Source  string   `yaml:"source"`
	Values  []string `yaml:"values"`
	Outcome string   `yaml:"outcome"`
	Reason  string   `yaml:"reason"`
	Ball    string   `yaml:"ball"`
	Reached bool     `yaml:"reached"`
}

// dispositionTable maps a normalised disposition value (folded, lowercase,
// punctuation and underscores as single spaces) to its meaning.
type dispositionTable map[string]disposition

func defaultDispositions() dispositionTable {
	t, err := parseDispositions(dispositionsYAML)
	if err != nil {
		panic("classify: embedded dispositions.yaml broken: " + err.Error())
	}
	return t
}

func parseDispositions(data []byte) (dispositionTable, error) {
	var rules []dispositionRule
	if err := yaml.UnmarshalWithOptions(data, &rules, yaml.DisallowUnknownField()); err != nil {
		return nil, locate("dispositions.yaml", err)
	}
	t := dispositionTable{}
	for _, r := range rules {
		if err := r.check(); err != nil {
			return nil, err
		}
		for _, v := range r.Values {
			k := string(dispositionKey(nil, v))
			if _, dup := t[k]; dup {
				return nil, fmt.Errorf("disposition %q listed twice", v)
			}
			t[k] = disposition{outcome: r.Outcome, reason: r.Reason, ball: r.Ball, reached: r.Reached || r.Outcome != "" && r.Outcome != OutcomeNotReached}
		}
	}
	return t, nil
}

func (r dispositionRule) check() error {
	switch {
	case r.Outcome != "" && !contains(Outcomes, r.Outcome):
		return fmt.Errorf("disposition %v: unknown outcome %q", r.Values, r.Outcome)
	case r.Reason != "" && (r.Outcome != OutcomeNo || !contains(Reasons, r.Reason)):
		return fmt.Errorf("disposition %v: reason %q needs outcome no and a taxonomy reason", r.Values, r.Reason)
	case r.Ball != "" && !contains(Balls, r.Ball):
		return fmt.Errorf("disposition %v: unknown ball %q", r.Values, r.Ball)
	}
	return nil
}

// dispositionKey appends the lookup key of a disposition value to dst.
func dispositionKey(dst []byte, s string) []byte {
	space := false
	for _, r := range s {
		if isWordRune(r) {
			if space && len(dst) > 0 {
				dst = append(dst, ' ')
			}
			space = false
			dst = fold(dst, r)
			continue
		}
		space = true
	}
	return dst
}

// disposition combines the structured outcome of a call. The mapping's
// DispositionOutcome (a taxonomy outcome) comes first; else the source's
// value is looked up in dispositions.yaml; an unknown value is read like a
// note, and its strongest outcome cue stands in for it.
func (c *Classifier) disposition(in Input, s *scratch) disposition {
	var d disposition
	if in.Disposition != "" {
		s.key = dispositionKey(s.key[:0], in.Disposition)
		if len(s.key) > 0 {
			var ok bool
			if d, ok = c.disp[string(s.key)]; !ok {
				d = c.readDisposition(in.Disposition, s)
			}
		}
		d.text = in.Disposition
	}
	if contains(Outcomes, in.DispositionOutcome) && in.DispositionOutcome != d.outcome {
		d = disposition{outcome: in.DispositionOutcome, text: in.DispositionOutcome, reached: in.DispositionOutcome != OutcomeNotReached}
	}
	return d
}

// readDisposition classifies an unknown disposition value as if it were a
// short note ("Ikke interesseret - har leverandør").
func (c *Classifier) readDisposition(text string, s *scratch) disposition {
	var tk tokenizer
	tk.vocab = c.x.vocab
	toks := c.x.expand(tk.run(text), nil)
	s.dcue = c.x.scan(toks, s.dcue)
	v := tally(s.dcue, disposition{})
	o := v.winner()
	if o < 0 {
		return disposition{}
	}
	d := disposition{outcome: outcomeOrder[o], reached: outcomeOrder[o] != OutcomeNotReached}
	if d.outcome == OutcomeNo {
		d.reason, _ = pickReason(s.dcue, false, "")
		if d.reason == ReasonUnknown {
			d.reason = ""
		}
	}
	return d
}
