package classify

// Cue weights in the outcome vote: one strong phrase outweighs a
// disposition, which outweighs a weak phrase (so two weak phrases still
// lose to a disposition, three win).
const (
	weightStrong      = 3
	weightDisposition = 2.5
	weightWeak        = 1
)

// Confidence levels (documented in docs/classify.md).
const (
	confStrong         = 0.95 // a strong cue decided and nothing disagreed
	confStrongAgree    = 0.98 // ... and the disposition says the same
	confStrongConflict = 0.75 // a strong cue decided over other cues
	confWeak           = 0.6  // only weak cues
	confWeakAgree      = 0.8  // weak cues the disposition confirms
	confWeakConflict   = 0.45 // weak cues against other cues
	confDisposition    = 0.5  // the disposition alone decided
	confInferred       = 0.45 // no outcome cue: inferred from a callback and/or date
	confNothing        = 0.2  // nothing to go on: the default outcome
)

// outcomeIdx orders outcomes for ties: a stated refusal beats interest,
// which beats not reached.
var outcomeOrder = [...]string{OutcomeNo, OutcomeInterested, OutcomeNotReached, OutcomeMeeting, OutcomeInvalid}

func outcomeIdx(o string) int {
	for i, v := range outcomeOrder {
		if v == o {
			return i
		}
	}
	return -1
}

// effOutcome is the outcome a cue votes for: its own for an outcome phrase,
// no for a reason phrase and for negated interest; none ("") for other
// negated phrases, which are blocked.
func effOutcome(c *cue) string {
	switch {
	case c.kind == kindOutcome && !c.negated:
		return c.label
	case c.kind == kindOutcome && c.label == OutcomeInterested:
		return OutcomeNo
	case c.kind == kindReason && (!c.negated || c.label == ReasonNoColdCalls), c.kind == kindNegated && c.negated:
		return OutcomeNo
	}
	return ""
}

// effReason is the reason a cue states, or "".
func effReason(c *cue) string {
	switch {
	case c.kind == kindReason && (!c.negated || c.label == ReasonNoColdCalls), c.kind == kindNegated && c.negated:
		return c.label // "doesn't take telesales calls" is about sales calls either way
	case c.kind == kindOutcome && c.negated && c.label == OutcomeInterested:
		return ReasonNotInterested
	}
	return ""
}

// vote is the outcome tally of one note.
type vote struct {
	score  [len(outcomeOrder)]float64
	strong [len(outcomeOrder)]bool
	cue    [len(outcomeOrder)]int // index+1 of the deciding cue per outcome
	disp   int                    // outcome index of the disposition, or -1
}

func tally(cues []cue, d disposition) vote {
	v := vote{disp: outcomeIdx(d.outcome)}
	for i := range cues {
		c := &cues[i]
		o := outcomeIdx(effOutcome(c))
		if o < 0 {
			continue
		}
		w := float64(weightWeak)
		if c.strong {
			w = weightStrong
		}
		v.score[o] += w
		if v.cue[o] == 0 || c.strong && !v.strong[o] {
			v.cue[o] = i + 1
		}
		v.strong[o] = v.strong[o] || c.strong
	}
	if v.disp >= 0 {
		v.score[v.disp] += weightDisposition
	}
	return v
}

// winner picks the outcome: a strong meeting cue, then a strong invalid cue,
// decide outright; otherwise the highest score, ties in outcomeOrder.
// It returns -1 when nothing voted.
func (v *vote) winner() int {
	for _, o := range []int{outcomeIdx(OutcomeMeeting), outcomeIdx(OutcomeInvalid)} {
		if v.strong[o] {
			return o
		}
	}
	best := -1
	for o := range v.score {
		if v.score[o] > 0 && (best < 0 || v.score[o] > v.score[best]) {
			best = o
		}
	}
	return best
}

// confidence grades the decision for outcome o.
func (v *vote) confidence(o int) float64 {
	conflict := false
	for k := range v.score {
		if k != o && v.score[k] > 0 {
			conflict = true
		}
	}
	agree := v.disp == o
	switch {
	case v.cue[o] == 0:
		return confDisposition
	case v.strong[o] && agree:
		return confStrongAgree
	case v.strong[o] && conflict:
		return confStrongConflict
	case v.strong[o]:
		return confStrong
	case agree && !conflict:
		return confWeakAgree
	case conflict && !agree:
		return confWeakConflict
	}
	return confWeak
}

// pickReason chooses the reason of a no: timing when a date is given, or
// a timing phrase that names a time ("next financial year") — the
// TAXONOMY precedence — unless the note's reason is send_info or a strong
// not_decision_maker, whose date is our follow-up rather than a "not now";
// else a no_need or flat refusal qualified by "now" in its clause is
// timing; else the first strong specific reason stated; else a strong flat
// not_interested (over a weak one-word reason such as "providers"); else a
// weak specific reason, then a weak flat no; else the disposition's; else
// unknown. It returns the
// reason and the index+1 of its cue (0: none).
func pickReason(cues []cue, hasDate bool, dispReason string) (string, int) {
	r, i := firstSpecific(cues)
	followUp := r == ReasonSendInfo || r == ReasonNotDecisionMaker && cues[i-1].strong
	if (hasDate || namesWhen(cues)) && !followUp {
		if j := firstReason(cues, ReasonTiming); j > 0 {
			return ReasonTiming, j
		}
		return ReasonTiming, 0
	}
	ni := firstReason(cues, ReasonNotInterested)
	if j := notNow(cues, r, i, ni); j > 0 {
		return ReasonTiming, j
	}
	switch {
	case r != "" && cues[i-1].strong:
		return r, i
	case ni > 0 && cues[ni-1].strong && (r == "" || cues[i-1].words == 1):
		return ReasonNotInterested, ni // a strong flat no beats a bare weak noun ("providers")
	case r != "":
		return r, i
	case ni > 0:
		return ReasonNotInterested, ni
	}
	if dispReason != "" {
		return dispReason, 0
	}
	return ReasonUnknown, firstReason(cues, ReasonUnknown)
}

// firstSpecific returns the first reason other than not_interested and
// unknown, strong phrases before weak ones.
func firstSpecific(cues []cue) (string, int) {
	for _, strong := range []bool{true, false} {
		for i := range cues {
			r := effReason(&cues[i])
			if r != "" && r != ReasonNotInterested && r != ReasonUnknown && cues[i].strong == strong {
				return r, i + 1
			}
		}
	}
	return "", 0
}

func firstReason(cues []cue, r string) int {
	for i := range cues {
		if effReason(&cues[i]) == r {
			return i + 1
		}
	}
	return 0
}

// pickBall chooses who holds the next step; see the rules in
// docs/classify.md. A meeting is always ours, an invalid record has none.
// Otherwise the strongest ball phrase decides (ours over theirs when a date
// is given, else the last one stated); without one, a callback date means
// we call back, and the outcome and reason give the default.
func pickBall(cues []cue, outcome, reason string, hasDate bool, dispBall string) (string, int) {
	switch outcome {
	case OutcomeMeeting:
		return BallOurs, 0
	case OutcomeInvalid:
		return BallNone, 0
	}
	if b, i := ballCue(cues, hasDate); b != "" {
		if b == BallNone && reason == ReasonSendInfo {
			return BallTheirs, i // info sent, no follow-up planned: theirs
		}
		return b, i
	}
	switch {
	case hasDate:
		return BallOurs, 0
	case dispBall != "":
		return dispBall, 0
	case outcome == OutcomeInterested || reason == ReasonBusy:
		return BallOurs, 0
	case reason == ReasonSendInfo:
		return BallTheirs, 0
	}
	return BallNone, 0
}

func ballCue(cues []cue, hasDate bool) (string, int) {
	best, bestStrong := -1, false
	for i := range cues {
		c := &cues[i]
		if c.kind != kindBall || c.negated {
			continue
		}
		switch {
		case best < 0, c.strong && !bestStrong:
			best, bestStrong = i, c.strong
		case c.strong == bestStrong && c.label != cues[best].label:
			if !(hasDate && cues[best].label == BallOurs) {
				best = i // the later one, unless a date backs ours
			}
			if hasDate && c.label == BallOurs {
				best = i
			}
		}
	}
	if best < 0 {
		return "", 0
	}
	return cues[best].label, best + 1
}

// namesWhen reports whether a strong timing phrase names a time ("next
// financial year"); a bare "senere" does not.
func namesWhen(cues []cue) bool {
	for i := range cues {
		if cues[i].when && cues[i].strong && effReason(&cues[i]) == ReasonTiming {
			return true
		}
	}
	return false
}

// notNow finds a "now" qualifier ("lige nu", "right now") in the clause of
// a no_need or flat refusal: "not a good fit for us right now" is a "not
// now", so timing. It returns the qualifier's index+1, or 0.
func notNow(cues []cue, r string, i, ni int) int {
	at := 0
	switch {
	case r == ReasonNoNeed:
		at = i
	case r == "" && ni > 0:
		at = ni
	default:
		return 0
	}
	for k := range cues {
		if cues[k].clause == cues[at-1].clause && !cues[k].strong && effReason(&cues[k]) == ReasonTiming {
			return k + 1
		}
	}
	return 0
}
