package synth

import (
	"math/rand/v2"
	"time"
)

// outbound makes one call from rep r to company c at minute m of day d.
func (s *sim) outbound(r, d, m int, c *company) {
	rp, dd := &s.reps[r], s.days[d]
	hour := m / 60
	reach := hourReach[hour-firstHour] * weekdayReach(dd.date.Weekday(), hour) * dd.reach * rp.reach
	if c.class == cAgreed || c.class == cTiming {
		reach = min(0.8, reach*1.5) // an agreed time is often kept
	}
	var t topic
	switch {
	case c.badPhone:
		t = tWrongNumber
	case c.closed:
		t = tClosed
	case s.rng.Float64() < reach:
		t = s.conversation(rp, c, dd, hour)
	default:
		t = s.unreached(rp, c)
	}
	s.make(r, d, m, c, t, false)
}

// inboundCall is a prospect calling rep r back.
func (s *sim) inboundCall(r, d, m int, c *company) {
	c.inbound = none
	meet := min(0.6, 0.3*c.warmth*s.reps[r].close)
	t := s.pickTopic([]weighted[topic]{
		{meet, tMeeting}, {0.25, tInterested}, {0.12, tTiming}, {0.08, tSendInfo},
		{0.06, tExisting}, {0.06, tNotInterested}, {0.05, tNoBudget}, {0.06, tHandedBack},
	})
	s.make(r, d, m, c, t, true)
}

func (s *sim) pickTopic(ws []weighted[topic]) topic { return choose(s.rng, ws) }

// conversation decides what a prospect who answered says.
func (s *sim) conversation(rp *rep, c *company, dd day, hour int) topic {
	meet := 0.05 * rp.close * c.warmth
	interested := 0.06
	switch {
	case c.class == cTiming: // the not-now prospect, called when they said
		meet, interested = 0.14*rp.close*c.warmth, 0.08
	case c.class == cAgreed && c.followUps > 0: // following up a quote
		meet, interested = 0.35*rp.close*c.warmth, 0.15
	}
	if hour < 10 || hour >= 15 {
		meet *= 1.15 // decision makers at their desks
	}
	meet = min(meet, 0.6)
	x := s.rng.Float64()
	switch {
	case x < meet:
		return tMeeting
	case x < meet+interested:
		return tInterested
	case x < meet+interested+0.015:
		return tCustomer
	}
	return s.refusal(c, dd, hour)
}

// refusal draws why a prospect says no: timing most often, tilted by the
// industry, the company's size and the moment.
func (s *sim) refusal(c *company, dd day, hour int) topic {
	ws := []weighted[topic]{
		{30, tTiming}, {11, tBusy}, {14, tNotInterested}, {12, tExisting}, {8, tNoNeed},
		{6, tNoBudget}, {7, tNotDM}, {6, tSendInfo}, {2.5, tNoColdCalls}, {3.5, tUnknown},
	}
	m := dd.date.Month()
	for i := range ws {
		t := ws[i].v
		if f, ok := c.ind.tilt[t]; ok {
			ws[i].w *= f
		}
		switch {
		case t == tNoNeed && c.size > 0 && c.size < 5:
			ws[i].w *= 2
		case t == tNotDM && c.size >= 200:
			ws[i].w *= 1.6
		case t == tBusy && dd.date.Weekday() == time.Monday && hour < 12:
			ws[i].w *= 1.6
		case t == tTiming && (m >= time.May && m <= time.June || m >= time.November):
			ws[i].w *= 1.3 // "after the summer", "after New Year"
		case t == tTiming && c.class == cTiming:
			ws[i].w *= 0.8
		}
	}
	return s.pickTopic(ws)
}

// unreached decides how a call that reached nobody went.
func (s *sim) unreached(rp *rep, c *company) topic {
	gate := 12.0
	if c.size >= 50 {
		gate = 24
	}
	return s.pickTopic([]weighted[topic]{
		{48, tNoAnswer}, {22, tVoicemail}, {16 * (1 - rp.ours), tVoicemailAsked},
		{6, tLineBusy}, {gate, tGatekeeper}, {4, tAway},
	})
}

// plan decides who holds the next step and whether the note names a
// callback time, from the topic and the rep's habits.
func (s *sim) plan(rp *rep, t topic, call time.Time) intent {
	it := intent{topic: t, ball: BallNone}
	if cb := s.nextStep(rp, &it, call); cb != nil {
		e := cb()
		it.cb, it.callback = &e, e.resolve(call)
	}
	if !can(t, it.ball, it.cb != nil, it.contract) {
		it.cb, it.callback, it.contract = nil, time.Time{}, false
		if !can(t, it.ball, false, false) {
			it.ball = BallNone
		}
	}
	return it
}

// nextStep sets it's ball (and meeting or contract) and returns how to draw
// the callback time the note names, or nil when it names none.
func (s *sim) nextStep(rp *rep, it *intent, call time.Time) func() expr {
	ours := s.rng.Float64() < rp.ours
	switch it.topic {
	case tNoAnswer, tLineBusy:
		if ours && s.rng.Float64() < 0.3 {
			it.ball = BallOurs
			return s.maybe(0.7, soonExpr, call)
		}
	case tVoicemailAsked, tSendInfo:
		it.ball = BallTheirs
		if it.topic == tSendInfo && ours && s.rng.Float64() < 0.6 {
			it.ball = BallOurs
			return s.maybe(0.6, followExpr, call)
		}
	case tGatekeeper, tNotDM:
		it.ball = choose(s.rng, []weighted[string]{{rp.ours * 0.6, BallOurs}, {0.25, BallTheirs}, {0.35, BallNone}})
		if it.ball == BallOurs {
			return s.maybe(0.5, soonExpr, call)
		}
	case tAway:
		it.ball = pickBall(ours, BallTheirs)
		return func() expr { return awayExpr(s.rng, call) }
	case tHandedBack: // the competitor's chance: we left it with them
		it.ball = BallTheirs
		return s.maybe(0.5, soonExpr, call)
	case tMeeting:
		it.ball = BallOurs
		m := meetingExpr(s.rng, call)
		it.meet = &m
	case tInterested:
		if it.ball = pickBall(ours, BallTheirs); ours {
			return s.maybe(0.7, followExpr, call)
		}
	case tTiming:
		it.ball, it.contract = pickBall(ours, BallTheirs), s.rng.Float64() < 0.2
		if it.contract {
			return func() expr { return contractExpr(s.rng, call) }
		}
		return func() expr { return timingExpr(s.rng, call) }
	case tBusy:
		it.ball = choose(s.rng, []weighted[string]{{rp.ours, BallOurs}, {(1 - rp.ours) / 2, BallTheirs}, {(1 - rp.ours) / 2, BallNone}})
		if it.ball == BallOurs {
			return s.maybe(0.85, soonExpr, call)
		}
	}
	return nil
}

// pickBall is ours when the rep keeps the step, else the other ball.
func pickBall(ours bool, other string) string {
	if ours {
		return BallOurs
	}
	return other
}

// maybe returns gen with probability p, else nil.
func (s *sim) maybe(p float64, gen func(*rand.Rand, time.Time) expr, call time.Time) func() expr {
	if s.rng.Float64() >= p {
		return nil
	}
	return func() expr { return gen(s.rng, call) }
}
