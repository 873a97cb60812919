package synth

import "time"

// topic is what a call was about, as its note tells it. Each topic has one
// outcome and, for a no, one reason of the taxonomy (docs: TAXONOMY.md).
type topic int

const (
	tNoAnswer       topic = iota // not_reached
	tVoicemail                   // not_reached, no message or nothing asked
	tVoicemailAsked              // not_reached, asked them to call back
	tLineBusy                    // not_reached
	tGatekeeper                  // not_reached: reception did not put us through
	tAway                        // not_reached: on holiday, sick, on leave until …
	tWrongNumber                 // invalid
	tClosed                      // invalid
	tCustomer                    // invalid: an existing customer or a duplicate
	tMeeting                     // meeting
	tInterested                  // interested
	tHandedBack                  // interested: a prospect called in and was told to call back later
	tTiming                      // no: timing
	tBusy                        // no: busy
	tNotInterested               // no: not_interested
	tExisting                    // no: existing_supplier
	tNoNeed                      // no: no_need
	tNoBudget                    // no: no_budget
	tNotDM                       // no: not_decision_maker
	tSendInfo                    // no: send_info
	tNoColdCalls                 // no: no_cold_calls
	tUnknown                     // no: unknown
	nTopics
)

// Outcome labels of the taxonomy.
const (
	OutcomeMeeting    = "meeting"
	OutcomeInterested = "interested"
	OutcomeNo         = "no"
	OutcomeNotReached = "not_reached"
	OutcomeInvalid    = "invalid"
)

// Ball labels of the taxonomy.
const (
	BallOurs   = "ours"
	BallTheirs = "theirs"
	BallNone   = "none"
)

func (t topic) outcome() string {
	switch {
	case t <= tAway:
		return OutcomeNotReached
	case t <= tCustomer:
		return OutcomeInvalid
	case t == tMeeting:
		return OutcomeMeeting
	case t == tInterested, t == tHandedBack:
		return OutcomeInterested
	}
	return OutcomeNo
}

var reasonNames = [nTopics]string{
	tTiming: "timing", tBusy: "busy", tNotInterested: "not_interested", tExisting: "existing_supplier",
	tNoNeed: "no_need", tNoBudget: "no_budget", tNotDM: "not_decision_maker", tSendInfo: "send_info",
	tNoColdCalls: "no_cold_calls", tUnknown: "unknown",
}

// reason is the taxonomy reason, empty unless the outcome is no.
func (t topic) reason() string { return reasonNames[t] }

// dispositions are the values of the CRM's Udfald field per topic.
var dispositions = [nTopics]string{
	tNoAnswer: "Intet svar", tVoicemail: "Telefonsvarer", tVoicemailAsked: "Telefonsvarer",
	tLineBusy: "Optaget", tGatekeeper: "Ikke truffet", tAway: "Ikke truffet",
	tWrongNumber: "Forkert nummer", tClosed: "Lukket", tCustomer: "Eksisterende kunde",
	tMeeting: "Møde booket", tInterested: "Tilbud", tHandedBack: "Ring igen", tTiming: "Ring igen", tBusy: "Ring igen",
	tNotInterested: "Ikke interesseret", tExisting: "Ikke interesseret", tNoNeed: "Ikke interesseret",
	tNoBudget: "Ikke interesseret", tNotDM: "Forkert person", tSendInfo: "Send info",
	tNoColdCalls: "Ønsker ikke opkald", tUnknown: "Ikke interesseret",
}

// medianSeconds is the typical length of a call per topic: ring time for
// the unanswered, minutes for a booked meeting.
var medianSeconds = [nTopics]float64{
	tNoAnswer: 25, tVoicemail: 35, tVoicemailAsked: 50, tLineBusy: 5, tGatekeeper: 55, tAway: 60,
	tWrongNumber: 20, tClosed: 30, tCustomer: 90, tMeeting: 420, tInterested: 330, tHandedBack: 50, tTiming: 150,
	tBusy: 40, tNotInterested: 60, tExisting: 110, tNoNeed: 90, tNoBudget: 120, tNotDM: 80,
	tSendInfo: 95, tNoColdCalls: 35, tUnknown: 45,
}

// intent is what the generator decided a call is, before it is written.
type intent struct {
	topic    topic
	ball     string
	cb       *expr     // the callback time the note names, if any
	callback time.Time // cb resolved against the call date
	contract bool      // cb is when a supplier contract ends
	meet     *expr     // the meeting time of a booked meeting
	lang     string
	blank    bool // the note is left empty
}
