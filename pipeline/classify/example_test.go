package classify_test

import (
	"fmt"
	"time"

	"whyno/pipeline/classify"
)

func show(l classify.Labels) {
	d := "-"
	if !l.CallbackDate.IsZero() {
		d = l.CallbackDate.Format("2006-01-02")
	}
	fmt.Printf("%s/%s/%s %s %s %.2f %q\n", l.Outcome, l.Reason, l.Ball, d, l.Language, l.Confidence, l.Evidence)
}

// Notes are read in Danish, English, Swedish, Norwegian and German, with
// or without æøå, abbreviations and small typos.
func ExampleClassify() {
	at := time.Date(2026, 5, 12, 10, 0, 0, 0, time.UTC) // a Tuesday
	for _, note := range []string{
		"ik interesseret",
		"vm",
		"Moede booket tors kl 10",
		"asked for pricing, keen",
		"forkert nummer",
	} {
		show(classify.Classify(classify.Input{Note: note, CalledAt: at}))
	}
	// Output:
	// no/not_interested/none - da 0.95 "ik interesseret"
	// not_reached//none - da 0.95 "vm"
	// meeting//ours 2026-05-14 da 0.95 "Moede booket"
	// interested//ours - en 0.95 "asked for pricing"
	// invalid//none - da 0.95 "forkert nummer"
}

// A negator shortly before a phrase blocks it, or turns interest into a
// flat no; a phrase that contains its own negation is read as a whole.
func ExampleClassify_negation() {
	for _, note := range []string{
		"interesseret",
		"ikke rigtig interesseret",
		"not a bad time, interested",
		"ikke lige nu",
		"no answer",
	} {
		show(classify.Classify(classify.Input{Note: note}))
	}
	// Output:
	// interested//ours - da 0.95 "interesseret"
	// no/not_interested/none - da 0.95 "ikke rigtig interesseret"
	// interested//ours - en 0.95 "interested"
	// no/timing/none - da 0.95 "ikke lige nu"
	// not_reached//none - en 0.95 "no answer"
}

// The reason is timing when the note names a when; otherwise the first
// reason stated wins, and a flat "nej tak" gives way to a specific reason.
func ExampleClassify_precedence() {
	at := time.Date(2026, 5, 12, 10, 0, 0, 0, time.UTC)
	for _, note := range []string{
		"nej tak, men ring efter sommerferien",
		"for dyrt, og de har fast leverandør",
		"nej tak, har fast leverandør",
	} {
		show(classify.Classify(classify.Input{Note: note, CalledAt: at}))
	}
	// Output:
	// no/timing/ours 2026-08-03 da 0.95 "nej tak; efter sommerferien"
	// no/no_budget/none - da 0.95 "for dyrt"
	// no/existing_supplier/none - da 0.95 "nej tak; har fast leverandør"
}

// A source's disposition counts as evidence: it decides an empty note,
// gives way to a strong cue in the note, and outweighs a weak one.
func ExampleClassify_disposition() {
	for _, in := range []classify.Input{
		{Disposition: "Left voicemail"},
		{Disposition: "No answer", Note: "talte med ejeren, booket møde"},
		{Disposition: "Intet svar", Note: "ring igen"},
		{Disposition: "Connected", Note: "not interested"},
	} {
		show(classify.Classify(in))
	}
	// Output:
	// not_reached//none - en 0.50 "disposition: Left voicemail"
	// meeting//ours - da 0.75 "booket møde"
	// not_reached//ours - da 0.50 "disposition: Intet svar"
	// no/not_interested/none - en 0.95 "not interested"
}

// User rules add or override phrases per label and language.
func ExampleWithRules() {
	rules, err := classify.ParseRules("rules.yaml", []byte(`
language: da
outcome:
  meeting:
    strong: [sat i kalenderen]
reason:
  no_need:
    strong: [har ikke biler]
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	c := classify.New(classify.WithRules(rules))
	show(c.Classify(classify.Input{Note: "Sat i kalenderen"}))
	show(c.Classify(classify.Input{Note: "de har ikke biler"}))
	// Output:
	// meeting//ours - da 0.95 "Sat i kalenderen"
	// no/no_need/none - da 0.95 "har ikke biler"
}

// A rules file with a mistake is reported at its line and column.
func ExampleParseRules_error() {
	_, err := classify.ParseRules("rules.yaml", []byte("language: da\noutcome:\n  meetng:\n    strong: [x]\n"))
	fmt.Println(err)
	// Output:
	// rules.yaml:3:3: unknown field "meetng"
}
