package synth

import (
	"math"
	"time"
)

// Chances that a note is left empty, per topic: unanswered calls often are.
var blankChance = [nTopics]float64{tNoAnswer: 0.4, tVoicemail: 0.2, tLineBusy: 0.3, tGatekeeper: 0.05}

// make writes the call of topic t and moves the company on in its cycle.
func (s *sim) make(r, d, m int, c *company, t topic, inbound bool) {
	rp := &s.reps[r]
	when := s.days[d].date
	it := s.plan(rp, t, when)
	it.lang = s.language(rp, c)
	if s.rng.Float64() < blankChance[t] {
		it = intent{topic: t, ball: BallNone, blank: true}
	}
	k := call{day: d, minute: m, rep: r, co: c, inbound: inbound, contact: c.contacts[c.cur].String()}
	other, switched := s.otherContact(c, t)
	if !it.blank {
		k.note = s.write(rp, c, &it, when, other, inbound)
	}
	k.disposition = dispositions[t]
	if k.note != "" && s.rng.Float64() > rp.style.fill {
		k.disposition = ""
	}
	k.seconds = max(1, int(medianSeconds[t]*math.Exp(0.45*s.rng.NormFloat64())))
	if inbound {
		k.seconds += 20 // the prospect explains why they call
	}
	k.truth = truth{outcome: t.outcome(), reason: t.reason(), ball: it.ball, callback: it.callback}
	if k.disposition == "Ring igen" && it.ball == BallNone {
		k.truth.ball = BallOurs // the CRM status says we call again
	}
	if t == tBusy && it.cb != nil {
		// "sidder i bilen, ringer igen i morgen" names a later time, and the
		// taxonomy's busy is "with no later period named": timing wins.
		k.truth.reason = "timing"
	}
	if k.note != "" {
		k.truth.lang = it.lang
	} else if t.outcome() == OutcomeNo {
		k.truth.reason, k.truth.ball, k.truth.callback = "unknown", BallNone, time.Time{}
	}
	s.calls = append(s.calls, k)
	c.calls++
	c.last = d
	if switched {
		c.cur = (c.cur + 1) % len(c.contacts)
	}
	s.advance(rp, d, c, &it)
}

// language is the language of the note: the rep's, except that the
// Nordic/UK reps write Danish to some Danish contacts and Danish reps now
// and then write English to a foreign one.
func (s *sim) language(rp *rep, c *company) string {
	x := s.rng.Float64()
	switch {
	case rp.lang == "en" && !isIntl(c.contacts[c.cur]) && x < 0.3:
		return "da"
	case rp.lang == "da" && x < 0.01:
		return "en"
	}
	return rp.lang
}

func isIntl(c contact) bool {
	for _, p := range intlFirstNames {
		if p == c.first {
			return true
		}
	}
	return false
}

// otherContact is the colleague a not-the-decision-maker note points to,
// when the company has one; the next call asks for them.
func (s *sim) otherContact(c *company, t topic) (string, bool) {
	if t != tNotDM || len(c.contacts) < 2 || s.rng.Float64() < 0.4 {
		return "", false
	}
	return c.contacts[(c.cur+1)%len(c.contacts)].first.name, true
}

// write writes the note of intent it in the rep's hand.
func (s *sim) write(rp *rep, c *company, it *intent, when time.Time, other string, inbound bool) string {
	sl := newSlots(s.rng, it.lang, c.contacts[c.cur], other)
	if it.cb != nil {
		sl.cb = it.cb.say(s.rng, it.lang)
		sl.cbx = bare(sl.cb)
	}
	if it.meet != nil {
		sl.mdato, sl.kl = it.meet.say(s.rng, it.lang), meetingTime(s.rng, it.lang)
	}
	body := tell(s.rng, it, sl)
	if body == "" {
		return ""
	}
	prefix := ""
	switch {
	case inbound:
		prefix = pickLang(it.lang, daInbound, enInbound)
	case c.calls > 0 && (c.class == cTiming || c.class == cAgreed) && it.topic.outcome() != OutcomeNotReached:
		prefix = pickLang(it.lang, daFollowUp, enFollowUp)
	}
	return rp.style.apply(s.rng, expand(s.rng, prefix, sl)+body)
}

func pickLang(lang, da, en string) string {
	if lang == "en" {
		return en
	}
	return da
}
