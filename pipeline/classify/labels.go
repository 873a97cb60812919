// Package classify turns a cold-call note (plus the call's structured
// disposition and date) into the labels of TAXONOMY.md: outcome, reason,
// ball and callback date, with the note's language, a confidence and the
// evidence that decided them.
//
// The classifier is rule based and explainable. Its phrases live as data in
// one YAML lexicon per language (lexicon/*.yaml, embedded); users add or
// override phrases with a rules file in the same format (see LoadRules).
// Notes are normalised once (case, æøå folding, abbreviations, inflections
// and small typos folded into the lexicon at build time), matched against
// all lexicons, and decided by the rules documented on Classify and in
// docs/classify.md.
package classify

import "time"

// Outcome values: what happened on the call.
const (
	OutcomeMeeting    = "meeting"
	OutcomeInterested = "interested"
	OutcomeNo         = "no"
	OutcomeNotReached = "not_reached"
	OutcomeInvalid    = "invalid"
)

// Reason values: why they said no. Only set when the outcome is no.
const (
	ReasonTiming           = "timing"
	ReasonBusy             = "busy"
	ReasonNotInterested    = "not_interested"
	ReasonExistingSupplier = "existing_supplier"
	ReasonNoNeed           = "no_need"
	ReasonNoBudget         = "no_budget"
	ReasonNotDecisionMaker = "not_decision_maker"
	ReasonSendInfo         = "send_info"
	ReasonNoColdCalls      = "no_cold_calls"
	ReasonUnknown          = "unknown"
)

// Ball values: who holds the next step.
const (
	BallOurs   = "ours"
	BallTheirs = "theirs"
	BallNone   = "none"
)

// Outcomes lists every outcome label, in TAXONOMY.md order.
var Outcomes = []string{OutcomeMeeting, OutcomeInterested, OutcomeNo, OutcomeNotReached, OutcomeInvalid}

// Reasons lists every reason label, in TAXONOMY.md order.
var Reasons = []string{
	ReasonTiming, ReasonBusy, ReasonNotInterested, ReasonExistingSupplier, ReasonNoNeed,
	ReasonNoBudget, ReasonNotDecisionMaker, ReasonSendInfo, ReasonNoColdCalls, ReasonUnknown,
}

// Balls lists every ball label.
var Balls = []string{BallOurs, BallTheirs, BallNone}

// Languages lists the languages the embedded lexicons cover (ISO 639-1).
var Languages = []string{"da", "en", "sv", "no", "de"}

// Input is one call to classify.
type Input struct {
	Note        string
	Disposition string // the source's structured outcome, as exported (may be empty)
	// DispositionOutcome is a taxonomy outcome already given by the import
	// mapping (may be empty). It is strong evidence.
	DispositionOutcome string
	CalledAt           time.Time // resolves relative dates; zero means "no date known"
}

// Labels is what the classifier decides for one call.
type Labels struct {
	Outcome      string    `json:"outcome"`
	Reason       string    `json:"reason"` // empty unless Outcome is no
	Ball         string    `json:"ball"`
	CallbackDate time.Time `json:"callback_date"` // zero means none
	Language     string    `json:"language"`
	Confidence   float64   `json:"confidence"`
	Evidence     string    `json:"evidence"` // the phrases that decided, as written
}

// Valid reports whether l carries label values of the taxonomy and respects
// its invariants (reason set exactly when the outcome is no).
func (l Labels) Valid() bool {
	if !contains(Outcomes, l.Outcome) || !contains(Balls, l.Ball) {
		return false
	}
	if l.Outcome == OutcomeNo {
		return contains(Reasons, l.Reason)
	}
	return l.Reason == ""
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
