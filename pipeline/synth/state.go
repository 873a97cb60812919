package synth

import "math"

// class is where a company stands in the call cycle; a rep calls the lower
// classes first.
type class int

const (
	cAgreed  class = iota // a callback we agreed: busy, quote, info, new contact
	cTiming               // a not-now prospect at the time they named
	cActive               // an attempt sequence not yet through
	cFresh                // never called
	cRecycle              // parked after a no, a meeting or too many attempts
)

// never is the due day of a company nobody will call again this year.
const never = math.MaxInt32

// none marks no pending inbound call.
const none = -1

// state is a company's place in the call cycle.
type state struct {
	due       int // first day of the year it may be called
	class     class
	attempt   int // unanswered calls in the running sequence
	inbound   int // day the prospect will call us, or none
	followUps int // follow-ups on a quote without a meeting
	calls     int // calls so far
	last      int // day of the last call
}
