package synth

import "time"

// advance moves company c on after a call on day d: when it is due again,
// in which class, and whether the prospect will call us.
func (s *sim) advance(rp *rep, d int, c *company, it *intent) {
	cb := s.dayOf(it.callback)
	switch t := it.topic; t.outcome() {
	case OutcomeNotReached:
		s.unanswered(rp, d, c, it, cb)
		return
	case OutcomeInvalid:
		c.due = never
	case OutcomeMeeting:
		c.followUps = 0
		s.park(c, d, 150, 300)
	case OutcomeInterested:
		s.quoted(rp, d, c, it, cb)
	default:
		s.refused(rp, d, c, it, cb)
	}
	c.attempt = 0
}

// dayOf returns t's day of the year, or never when t is zero or next year.
func (s *sim) dayOf(t time.Time) int {
	if t.IsZero() || t.Year() != s.days[0].date.Year() {
		return never
	}
	return t.YearDay() - 1
}

// park puts c aside for lo to hi days.
func (s *sim) park(c *company, d, lo, hi int) {
	c.due, c.class = d+lo+s.rng.IntN(hi-lo+1), cRecycle
}

// later makes c due in lo to hi days in class cl.
func (s *sim) later(c *company, d, lo, hi int, cl class) {
	c.due, c.class = d+lo+s.rng.IntN(hi-lo+1), cl
}

// callsIn makes the prospect call us with probability p, lo to hi days
// after day d.
func (s *sim) callsIn(c *company, p float64, d, lo, hi int) {
	if d != never && s.rng.Float64() < p {
		c.inbound = d + lo + s.rng.IntN(hi-lo+1)
	}
}

func (s *sim) unanswered(rp *rep, d int, c *company, it *intent, cb int) {
	c.attempt++
	if it.topic == tVoicemailAsked || it.ball == BallTheirs {
		from := d
		if it.cb != nil && cb != never {
			from = cb // away until then
		}
		s.callsIn(c, 0.12, from, 0, 3)
	}
	keep := c.class
	if keep != cTiming {
		keep = cActive
	}
	switch {
	case it.cb != nil:
		c.due, c.class = cb, keep
	case c.attempt >= rp.persistence:
		c.attempt = 0
		s.park(c, d, 45, 110)
	default:
		s.later(c, d, 1, 6, keep)
	}
}

func (s *sim) quoted(rp *rep, d int, c *company, it *intent, cb int) {
	c.followUps++
	switch {
	case c.followUps > 2:
		c.followUps = 0
		s.park(c, d, 60, 120)
	case it.ball == BallOurs && it.cb != nil:
		c.due, c.class = cb, cAgreed
	case it.ball == BallOurs:
		s.later(c, d, 5, 10, cAgreed)
	default:
		s.callsIn(c, 0.3, d, 3, 10)
		s.later(c, d, 10, 30, cAgreed)
	}
}

func (s *sim) refused(rp *rep, d int, c *company, it *intent, cb int) {
	switch it.topic {
	case tTiming:
		s.notNow(rp, d, c, it, cb)
	case tBusy:
		if it.ball == BallTheirs {
			s.callsIn(c, 0.3, d, 0, 2)
		}
		if it.cb != nil {
			c.due, c.class = cb, cAgreed
			return
		}
		s.later(c, d, 2, 7, cActive)
	case tNotDM:
		if it.ball == BallTheirs {
			s.callsIn(c, 0.1, d, 2, 10)
		}
		if it.cb != nil {
			c.due, c.class = cb, cAgreed
			return
		}
		s.later(c, d, 1, 5, cAgreed)
	case tSendInfo:
		s.infoSent(d, c, it, cb)
	case tNoColdCalls:
		c.due = never
	default:
		s.park(c, d, 120, 240)
	}
}

// notNow follows up a prospect who said not now: a diligent rep calls back
// around the time named, a careless one late or never, and a prospect left
// holding the ball sometimes calls us themselves.
func (s *sim) notNow(rp *rep, d int, c *company, it *intent, cb int) {
	if cb == never {
		c.due = never // named a time next year
		return
	}
	if it.contract { // call a few weeks before the contract runs out
		cb = max(d+1, cb-14-s.rng.IntN(15))
	}
	p := rp.diligence
	if it.ball == BallTheirs {
		p *= 0.45
		s.callsIn(c, 0.3, cb, 0, 10)
	}
	switch x := s.rng.Float64(); {
	case x < p:
		c.due, c.class = max(d+1, cb-3+s.rng.IntN(8)), cTiming
	case x < p+(1-p)/2:
		c.due, c.class = cb+14+s.rng.IntN(32), cTiming
	default:
		s.park(c, cb, 60, 150) // forgotten
	}
}

func (s *sim) infoSent(d int, c *company, it *intent, cb int) {
	switch {
	case it.ball == BallOurs && it.cb != nil:
		c.due, c.class = cb, cAgreed
	case it.ball == BallOurs:
		s.later(c, d, 5, 8, cAgreed)
	default:
		s.callsIn(c, 0.08, d, 3, 20)
		s.park(c, d, 30, 90)
	}
}
