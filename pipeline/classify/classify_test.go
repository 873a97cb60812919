package classify

import (
	"testing"
	"time"
)

// callDay is a Tuesday; dates in the tables below are relative to it.
var callDay = time.Date(2026, 5, 12, 10, 0, 0, 0, time.UTC)

type labelCase struct {
	name        string
	note        string
	disposition string
	dispOutcome string
	want        Labels // Outcome, Reason, Ball; CallbackDate when set
	wantDate    bool   // a callback date is expected (any)
}

func runCases(t *testing.T, cases []labelCase) {
	t.Helper()
	c := Default()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got := c.Classify(Input{Note: tt.note, Disposition: tt.disposition, DispositionOutcome: tt.dispOutcome, CalledAt: callDay})
			if got.Outcome != tt.want.Outcome || got.Reason != tt.want.Reason || got.Ball != tt.want.Ball {
				t.Errorf("Classify(%q, %q) = %s/%s/%s (evidence %q), want %s/%s/%s", tt.note, tt.disposition,
					got.Outcome, got.Reason, got.Ball, got.Evidence, tt.want.Outcome, tt.want.Reason, tt.want.Ball)
			}
			if hasDate := !got.CallbackDate.IsZero(); hasDate != tt.wantDate {
				t.Errorf("Classify(%q) date = %v, want a date: %v", tt.note, got.CallbackDate, tt.wantDate)
			}
			if !tt.want.CallbackDate.IsZero() && !got.CallbackDate.Equal(tt.want.CallbackDate) {
				t.Errorf("Classify(%q) date = %v, want %v", tt.note, got.CallbackDate, tt.want.CallbackDate)
			}
		})
	}
}

func TestNegation(t *testing.T) {
	runCases(t, []labelCase{
		{name: "positive", note: "interesseret", want: Labels{Outcome: OutcomeInterested, Ball: BallOurs}},
		{name: "negated phrase", note: "ikke interesseret", want: Labels{Outcome: OutcomeNo, Reason: ReasonNotInterested, Ball: BallNone}},
		{name: "abbreviated negation", note: "ik int.", want: Labels{Outcome: OutcomeNo, Reason: ReasonNotInterested, Ball: BallNone}},
		{name: "negator within window flips interest", note: "ikke rigtig så interesseret", want: Labels{Outcome: OutcomeNo, Reason: ReasonNotInterested, Ball: BallNone}},
		{name: "english negator flips interest", note: "not very interested", want: Labels{Outcome: OutcomeNo, Reason: ReasonNotInterested, Ball: BallNone}},
		{name: "no interest", note: "ingen interesse", want: Labels{Outcome: OutcomeNo, Reason: ReasonNotInterested, Ball: BallNone}},
		{name: "negated busy is no refusal", note: "not a bad time, interested in a quote", want: Labels{Outcome: OutcomeInterested, Ball: BallOurs}},
		{name: "not now is timing", note: "ikke lige nu", want: Labels{Outcome: OutcomeNo, Reason: ReasonTiming, Ball: BallNone}},
		{name: "no answer is not reached", note: "no answer", want: Labels{Outcome: OutcomeNotReached, Ball: BallNone}},
		{name: "negated need", note: "har ikke brug for det", want: Labels{Outcome: OutcomeNo, Reason: ReasonNoNeed, Ball: BallNone}},
		{name: "clause break ends negation", note: "ikke nu. Men interesseret i en demo", want: Labels{Outcome: OutcomeNo, Reason: ReasonTiming, Ball: BallNone}},
		{name: "gap does not cross a negator", note: "møde ikke aftalt, de vender tilbage", want: Labels{Outcome: OutcomeInterested, Ball: BallTheirs}},
	})
}

func TestPrecedence(t *testing.T) {
	runCases(t, []labelCase{
		{name: "specific reason beats flat no", note: "nej tak, har fast leverandør", want: Labels{Outcome: OutcomeNo, Reason: ReasonExistingSupplier, Ball: BallNone}},
		{name: "first reason stated wins", note: "for dyrt, og de har fast leverandør", want: Labels{Outcome: OutcomeNo, Reason: ReasonNoBudget, Ball: BallNone}},
		{name: "first reason stated wins english", note: "we use a competitor and it's too expensive anyway", want: Labels{Outcome: OutcomeNo, Reason: ReasonExistingSupplier, Ball: BallNone}},
		{name: "a when makes it timing", note: "har fast leverandør, men ring i uge 40", want: Labels{Outcome: OutcomeNo, Reason: ReasonTiming, Ball: BallOurs, CallbackDate: date(2026, 9, 28)}, wantDate: true},
		{name: "contract end date is timing", note: "har fast lev. til 31/12", want: Labels{Outcome: OutcomeNo, Reason: ReasonTiming, Ball: BallOurs, CallbackDate: date(2026, 12, 31)}, wantDate: true},
		{name: "follow-up date keeps send_info", note: "send info på mail, følger op fredag", want: Labels{Outcome: OutcomeNo, Reason: ReasonSendInfo, Ball: BallOurs, CallbackDate: date(2026, 5, 15)}, wantDate: true},
		{name: "meeting beats everything", note: "har fast leverandør men booket møde torsdag", want: Labels{Outcome: OutcomeMeeting, Ball: BallOurs, CallbackDate: date(2026, 5, 14)}, wantDate: true},
		{name: "invalid has no date", note: "forkert nummer, prøv igen 14/6", want: Labels{Outcome: OutcomeInvalid, Ball: BallNone}},
		{name: "refusal beats weak interest", note: "spændende, men for dyrt", want: Labels{Outcome: OutcomeNo, Reason: ReasonNoBudget, Ball: BallNone}},
	})
}

func TestClauses(t *testing.T) {
	runCases(t, []labelCase{
		{name: "no thanks but call after summer", note: "nej tak, men ring efter sommerferien", want: Labels{Outcome: OutcomeNo, Reason: ReasonTiming, Ball: BallOurs, CallbackDate: date(2026, 8, 3)}, wantDate: true},
		{name: "not reached with a retry plan", note: "Ingen svar, prøver igen i morgen", want: Labels{Outcome: OutcomeNotReached, Ball: BallOurs, CallbackDate: date(2026, 5, 13)}, wantDate: true},
		{name: "voicemail asking to call back", note: "left vm, asked her to call back", want: Labels{Outcome: OutcomeNotReached, Ball: BallTheirs}},
		{name: "send and follow up", note: "sender tilbud og følger op fredag", want: Labels{Outcome: OutcomeInterested, Ball: BallOurs, CallbackDate: date(2026, 5, 15)}, wantDate: true},
		{name: "they will get back", note: "han vender tilbage", want: Labels{Outcome: OutcomeInterested, Ball: BallTheirs}},
		{name: "their promise with our fallback date", note: "han vender tilbage, ellers ringer jeg fredag", want: Labels{Outcome: OutcomeNo, Reason: ReasonTiming, Ball: BallOurs}, wantDate: true},
		{name: "info only", note: "just send me some info", want: Labels{Outcome: OutcomeNo, Reason: ReasonSendInfo, Ball: BallTheirs}},
		{name: "not the decision maker, try another", note: "not the DM, try Hanne in finance", want: Labels{Outcome: OutcomeNo, Reason: ReasonNotDecisionMaker, Ball: BallOurs}},
		{name: "call back alone", note: "ring igen", want: Labels{Outcome: OutcomeNo, Reason: ReasonBusy, Ball: BallOurs}},
		{name: "phone number is no date", note: "Ingen svar på 22 33 44 55", want: Labels{Outcome: OutcomeNotReached, Ball: BallNone}},
		{name: "price is no date", note: "ønsker tilbud på 3 biler, ca 450.000 kr", want: Labels{Outcome: OutcomeInterested, Ball: BallOurs}},
	})
}

func TestDispositions(t *testing.T) {
	runCases(t, []labelCase{
		{name: "no answer and empty note", disposition: "No answer", want: Labels{Outcome: OutcomeNotReached, Ball: BallNone}},
		{name: "pipedrive spelling", disposition: "no_answer", want: Labels{Outcome: OutcomeNotReached, Ball: BallNone}},
		{name: "danish value", disposition: "Møde booket", note: "onsdag kl 10", want: Labels{Outcome: OutcomeMeeting, Ball: BallOurs}, wantDate: true},
		{name: "folded danish value", disposition: "Moede booket", want: Labels{Outcome: OutcomeMeeting, Ball: BallOurs}},
		{name: "generic connected takes the note", disposition: "Connected", note: "ikke interesseret", want: Labels{Outcome: OutcomeNo, Reason: ReasonNotInterested, Ball: BallNone}},
		{name: "connected and nothing else", disposition: "Connected", want: Labels{Outcome: OutcomeNo, Reason: ReasonUnknown, Ball: BallNone}},
		{name: "strong note beats disposition", disposition: "No answer", note: "talte med ejeren, booket møde", want: Labels{Outcome: OutcomeMeeting, Ball: BallOurs}},
		{name: "disposition beats a weak note cue", disposition: "Intet svar", note: "ring igen", want: Labels{Outcome: OutcomeNotReached, Ball: BallOurs}},
		{name: "note gives the reason", disposition: "Not Interested", note: "has a supplier", want: Labels{Outcome: OutcomeNo, Reason: ReasonExistingSupplier, Ball: BallNone}},
		{name: "disposition gives the reason", disposition: "Not Interested", want: Labels{Outcome: OutcomeNo, Reason: ReasonNotInterested, Ball: BallNone}},
		{name: "call back later", disposition: "Call Back Later", want: Labels{Outcome: OutcomeNo, Reason: ReasonBusy, Ball: BallOurs}},
		{name: "wrong number", disposition: "Wrong number", want: Labels{Outcome: OutcomeInvalid, Ball: BallNone}},
		{name: "mapped outcome", dispOutcome: OutcomeMeeting, want: Labels{Outcome: OutcomeMeeting, Ball: BallOurs}},
		{name: "unknown value read like a note", disposition: "Ikke interesseret - har leverandør", want: Labels{Outcome: OutcomeNo, Reason: ReasonExistingSupplier, Ball: BallNone}},
		{name: "empty note and nothing else", want: Labels{Outcome: OutcomeNotReached, Ball: BallNone}},
	})
}

func TestNormalisation(t *testing.T) {
	runCases(t, []labelCase{
		{name: "ae oe aa spelling", note: "moede booket", want: Labels{Outcome: OutcomeMeeting, Ball: BallOurs}},
		{name: "upper case and punctuation runs", note: "REKLAMEBESKYTTET!!!", want: Labels{Outcome: OutcomeNo, Reason: ReasonNoColdCalls, Ball: BallNone}},
		{name: "dotted abbreviation", note: "v.m.", want: Labels{Outcome: OutcomeNotReached, Ball: BallNone}},
		{name: "leverandør abbreviated", note: "har fast lev.", want: Labels{Outcome: OutcomeNo, Reason: ReasonExistingSupplier, Ball: BallNone}},
		{name: "decision maker abbreviated", note: "not DM", want: Labels{Outcome: OutcomeNo, Reason: ReasonNotDecisionMaker, Ball: BallNone}},
		{name: "with abbreviated", note: "all set w/ current vendor", want: Labels{Outcome: OutcomeNo, Reason: ReasonExistingSupplier, Ball: BallNone}},
		{name: "f/u", note: "interested, f/u next week", want: Labels{Outcome: OutcomeInterested, Ball: BallOurs}, wantDate: true},
		{name: "one-letter typo", note: "ikke intereseret", want: Labels{Outcome: OutcomeNo, Reason: ReasonNotInterested, Ball: BallNone}},
		{name: "swapped letters", note: "har fast leveradnør", want: Labels{Outcome: OutcomeNo, Reason: ReasonExistingSupplier, Ball: BallNone}},
		{name: "inflection", note: "har 3 leverandører i forvejen", want: Labels{Outcome: OutcomeNo, Reason: ReasonExistingSupplier, Ball: BallNone}},
		{name: "swedish letters", note: "möte bokat", want: Labels{Outcome: OutcomeMeeting, Ball: BallOurs}},
	})
}

func TestLanguage(t *testing.T) {
	tests := []struct {
		name, note, disposition, want string
	}{
		{"danish", "ikke interesseret, har fast leverandør", "", "da"},
		{"english", "not interested, we have a supplier", "", "en"},
		{"swedish", "inte intresserad, har redan en leverantör", "", "sv"},
		{"norwegian", "ikke interessert nå, ring etter sommerferien", "", "no"},
		{"german", "kein Interesse, haben bereits einen Anbieter", "", "de"},
		{"mixed goes to the majority", "ikke interesseret, de har en leverandør they are happy with", "", "da"},
		{"no signal", "Lars 22334455", "", "da"},
		{"empty note takes the disposition's", "", "No answer", "en"},
	}
	c := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.Classify(Input{Note: tt.note, Disposition: tt.disposition}).Language; got != tt.want {
				t.Errorf("language of %q = %s, want %s", tt.note, got, tt.want)
			}
		})
	}
}

func TestConfidence(t *testing.T) {
	tests := []struct {
		name      string
		in        Input
		low, high float64
	}{
		{"strong cue", Input{Note: "ikke interesseret"}, 0.9, 1},
		{"strong cue confirmed by disposition", Input{Note: "ikke interesseret", Disposition: "Not interested"}, 0.97, 1},
		{"weak cue only", Input{Note: "nej"}, 0.5, 0.7},
		{"conflicting cues", Input{Note: "spændende, men for dyrt"}, 0.7, 0.8},
		{"disposition only", Input{Disposition: "No answer"}, 0.45, 0.55},
		{"nothing", Input{Note: "Lars"}, 0, 0.3},
	}
	c := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.Classify(tt.in).Confidence; got < tt.low || got > tt.high {
				t.Errorf("confidence of %+v = %.2f, want in [%.2f, %.2f]", tt.in, got, tt.low, tt.high)
			}
		})
	}
}

func TestEvidenceAsWritten(t *testing.T) {
	got := Classify(Input{Note: "Talte med Mette. IKKE interesseret, har fast lev.", CalledAt: callDay})
	if want := "IKKE interesseret; har fast lev"; got.Evidence != want {
		t.Errorf("evidence = %q, want %q", got.Evidence, want)
	}
}

func TestClassifyBatchMatchesClassify(t *testing.T) {
	set := readSet(t, "../../testdata/classify/dev_*.csv")
	in := Inputs(set)
	out := make([]Labels, len(in))
	c := Default()
	c.ClassifyBatch(in, out)
	for i := range in {
		if want := c.Classify(in[i]); out[i] != want {
			t.Fatalf("batch[%d] = %+v, want %+v", i, out[i], want)
		}
	}
}

func TestClassifyBatchShortOut(t *testing.T) {
	in := []Input{{Note: "vm"}, {Note: "nej tak"}, {Note: "møde booket"}}
	out := make([]Labels, 2)
	Default().ClassifyBatch(in, out) // must not panic
	if out[1].Outcome != OutcomeNo {
		t.Errorf("out[1] = %+v, want outcome no", out[1])
	}
	Default().ClassifyBatch(nil, nil)
}

func TestLabelsValid(t *testing.T) {
	tests := []struct {
		name string
		l    Labels
		want bool
	}{
		{"no with reason", Labels{Outcome: OutcomeNo, Reason: ReasonBusy, Ball: BallOurs}, true},
		{"no without reason", Labels{Outcome: OutcomeNo, Ball: BallOurs}, false},
		{"reason without no", Labels{Outcome: OutcomeMeeting, Reason: ReasonBusy, Ball: BallOurs}, false},
		{"unknown outcome", Labels{Outcome: "maybe", Ball: BallOurs}, false},
		{"unknown ball", Labels{Outcome: OutcomeMeeting, Ball: "mine"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.l.Valid(); got != tt.want {
				t.Errorf("%+v.Valid() = %v, want %v", tt.l, got, tt.want)
			}
		})
	}
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestPastDatesAreNotCallbacks(t *testing.T) {
	runCases(t, []labelCase{
		{name: "logged earlier call", note: "Sendt tilbud 3/5, rykket 10/5 - ingen svar", want: Labels{Outcome: OutcomeInterested, Ball: BallOurs}},
		{name: "contract already ended", note: "kontrakt udløb 1/4, har ny leverandør", want: Labels{Outcome: OutcomeNo, Reason: ReasonExistingSupplier, Ball: BallNone}},
		{name: "explicit next year stays", note: "ring 3/5/2027", want: Labels{Outcome: OutcomeNo, Reason: ReasonTiming, Ball: BallOurs, CallbackDate: date(2027, 5, 3)}, wantDate: true},
		{name: "a date ahead stays", note: "ring igen 20/5", want: Labels{Outcome: OutcomeNo, Reason: ReasonTiming, Ball: BallOurs, CallbackDate: date(2026, 5, 20)}, wantDate: true},
	})
}
