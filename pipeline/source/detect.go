package source

import (
	"fmt"
	"strings"
)

// DetectPreset picks the preset whose detect block fits a header best: a preset
// fits when the header holds all of its Require names and at least MinAny
// of its Any names (names compared with NormalizeHeader); the fitting
// preset with most Require+Any hits wins, ties going to the earlier name.
// With no fit the error (wrapping ErrNoPreset) names the file's header and
// what each preset expects. (It is not called Detect: that name is the
// type of Mapping.Detect.)
func DetectPreset(header []string) (*Mapping, error) {
	return detectAmong(Presets(), header)
}

// detectAmong runs DetectPreset over a given list of mappings.
func detectAmong(presets []*Mapping, header []string) (*Mapping, error) {
	have := map[string]bool{}
	for _, h := range header {
		have[NormalizeHeader(h)] = true
	}
	var best *Mapping
	bestScore := 0
	for _, m := range presets {
		score, ok := fit(m.Detect, have)
		if ok && score > bestScore {
			best, bestScore = m, score
		}
	}
	if best == nil {
		return nil, noPresetError(presets, header)
	}
	return best, nil
}

// fit scores one detect block against the normalised header names.
func fit(d Detect, have map[string]bool) (score int, ok bool) {
	for _, r := range d.Require {
		if !have[NormalizeHeader(r)] {
			return 0, false
		}
		score++
	}
	anyHits := 0
	for _, a := range d.Any {
		if have[NormalizeHeader(a)] {
			anyHits++
		}
	}
	if anyHits < d.MinAny || score+anyHits == 0 {
		return 0, false
	}
	return score + anyHits, true
}

// noPresetError explains what each preset looks for.
func noPresetError(presets []*Mapping, header []string) error {
	var b strings.Builder
	for _, m := range presets {
		fmt.Fprintf(&b, "\n  %s: %s", m.Name, expectation(m.Detect))
	}
	return fmt.Errorf("%w: the file's header is %s; the presets expect:%s\nwrite a mapping file (see docs/mapping.md) or pick a preset",
		ErrNoPreset, quoteList(header), b.String())
}

// expectation says in words what a detect block needs.
func expectation(d Detect) string {
	var parts []string
	if len(d.Require) > 0 {
		parts = append(parts, "all of "+quoteList(d.Require))
	}
	if d.MinAny > 0 {
		parts = append(parts, fmt.Sprintf("at least %d of %s", d.MinAny, quoteList(d.Any)))
	}
	return strings.Join(parts, " and ")
}
