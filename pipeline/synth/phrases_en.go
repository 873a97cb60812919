package synth

// enBook holds the English note phrases of the Nordic/UK team, with the
// same slots as daBook.
var enBook = [nTopics]phrases{
	tNoAnswer: {
		lead:   []string{"[no answer|No answer|no reply|nobody picked up|rang out|NA|n/a]"},
		ours:   []string{"will try again", "try again later"},
		oursCB: []string{"[will try again|try again|calling back] {cb}"},
		none:   []string{""},
	},
	tVoicemail: {
		lead: []string{"[vm|VM|voicemail|went to voicemail|voicemail, no msg|got voicemail]"},
		none: []string{"", "", "no message left"},
	},
	tVoicemailAsked: {
		lead:   []string{"[left vm|left a message|left voicemail|vm]"},
		theirs: []string{"[asked {hamhende} to call back|asked for a callback|asked {hamhende} to call me back]"},
	},
	tLineBusy: {
		lead:   []string{"[line busy|busy signal|engaged]"},
		oursCB: []string{"try again {cb}"},
		none:   []string{""},
	},
	tGatekeeper: {
		lead: []string{"[receptionist would not connect|gatekeeper, could not get through|couldn't reach {navn}|" +
			"{navn} not at desk|reception says {navn} is out]"},
		oursCB: []string{"[calling back|will try again] {cb}"},
		theirs: []string{"[reception will pass on the message|left message with reception|PA will ask {hamhende} to call back]"},
		none:   []string{""},
	},
	tAway: {
		leadCB: []string{"[{navn} on holiday until {cbx}|{navn} away until {cbx}|{navn} on parental leave until {cbx}|" +
			"{navn} off sick, back {cb}|{navn} travelling, back {cb}]"},
		ours:   []string{"[will call then|try again then]"},
		theirs: []string{"[{hanhun} will call when back|reception says {hanhun} will call us back]"},
	},
	tWrongNumber: {lead: []string{"[wrong number|Wrong number|number not in use|number disconnected|wrong no.|private person, wrong number]"},
		none: []string{""}},
	tClosed: {lead: []string{"[company closed|company closed down|went bankrupt|business ceased|out of business]"}, none: []string{""}},
	tCustomer: {lead: []string{"[already a customer|existing customer - service issue, passed to support|duplicate record]"},
		none: []string{""}},
	tMeeting: {
		lead: []string{"[|Good chat with {navn}. |Great call! |Positive, ]" +
			"[Meeting booked|meeting booked|Booked meeting|booked demo for|Demo booked|mtg booked|meeting set for] " +
			"{mdato} {kl}[ on Teams| at their office| online|]"},
		ours: []string{""},
	},
	tInterested: {
		lead: []string{"[wants a quote|asked for pricing|asked for pricing, keen|interested, wants an offer|" +
			"would like a trial|keen, wants a proposal|asked for a price for {n} users]"},
		ours:   []string{"[sending quote and following up|will follow up on the quote]"},
		oursCB: []string{"[sending quote, will follow up|quote to be sent, calling back] {cb}"},
		theirs: []string{"[quote sent|sent pricing by email|proposal sent, {hanhun} will get back to us]"},
	},
	tHandedBack: {
		lead: []string{"[asked about pricing|wanted to know more about the offer|had questions about the quote]"},
		theirs: []string{"[was in a meeting, asked {hamhende} to call back later|no time, told {hamhende} to ring back|" +
			"busy, {hanhun} will call again]"},
		theirsCB: []string{"[no time, asked {hamhende} to call back|in a meeting, {hanhun}'ll call again] {cb}"},
	},
	tTiming: {
		alone: true,
		lead: []string{"[not right now|not now|not at the moment|bad timing|busy season right now|in the middle of budgeting|" +
			"mid-restructuring, not now|just changed systems, not now|not a priority right now|new MD starting, not now]"},
		leadCB:   []string{"[could be relevant {cb}|maybe relevant {cb}|budget is set {cb}]"},
		contract: []string{"[contract ends {cb}|contract with {lev} ends {cb}|tied to {lev} until {cbx}|contract with {lev} runs until {cbx}]"},
		oursCB:   []string{"[call back|call again|calling back|try again|follow up|will call] {cb}", "{cb}: call again"},
		ours:     []string{"[will call back then|follow up then|in calendar|will follow up before then]"},
		theirsCB: []string{"[{hanhun} will get back to us|they will come back to us|{hanhun}'ll call us|they will reach out] {cb}"},
		theirs:   []string{"[{hanhun} will get back to us|they will reach out when relevant|they'll call us]"},
	},
	tBusy: {
		lead: []string{"[no time now|busy, no time to talk|driving|in the car|on the way out|in a meeting|" +
			"just about to go into a meeting|bad moment|no time to talk]"},
		oursCB: []string{"[calling back|will call back|try again|call again] {cb}"},
		theirs: []string{"[will call me back|{hanhun} will call back|said {hanhun}'d ring back]"},
		none:   []string{""},
	},
	tNotInterested: {lead: []string{"[not interested|Not interested|no thanks|not interested at all|no interest|declined|flat no|said no thanks]"},
		none: []string{""}},
	tExisting: {lead: []string{"[have a supplier|already have a supplier|use {lev}|use a competitor|happy with {lev}|" +
		"have a solution already|do it in-house|handled in-house|using {lev}, happy]"}, none: []string{""}},
	tNoNeed: {lead: []string{"[not relevant for us|not relevant|no need|only {small} employees, no need|too small for this|" +
		"no use for it|doesn't fit their business]"}, none: []string{""}},
	tNoBudget: {lead: []string{"[no budget|too expensive|budget frozen|cost cutting, no new spend|can't afford it|no money for this]"},
		none: []string{""}},
	tNotDM: {
		lead: []string{"[not the decision maker|wrong person|HQ in {hq} decides|decided centrally|purchasing dept handles it|" +
			"need to talk to {ny}|{ny} handles this|group procurement decides]"},
		ours:   []string{"[will try {ny}|calling {ny} instead]"},
		oursCB: []string{"calling {ny} {cb}"},
		theirs: []string{"[{hanhun} will pass it on|{hanhun} will forward to {ny}]"},
		none:   []string{""},
	},
	tSendInfo: {
		lead: []string{"[send me an email|just send some info|send info|asked for material by email|" +
			"send me something in writing|email me]"},
		ours:   []string{"[sending info and following up|will send info and call back]"},
		oursCB: []string{"sending info, follow up {cb}"},
		theirs: []string{"", "sent", "info sent", "email sent"},
	},
	tNoColdCalls: {lead: []string{"[do not call|asked to be removed from our list|remove us from your list|no sales calls|" +
		"doesn't take cold calls|don't call again]"}, none: []string{""}},
	tUnknown: {lead: []string{"", "no", "No", "nope"}, none: []string{""}},
}

var (
	enInbound  = "[Returned my call: |Inbound - |{navn} called back. |Called in: ]"
	enFollowUp = "[As agreed: |Followed up, |Called as agreed. |]"
)
