package synth_test

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"whyno/pipeline/synth"
)

func ExampleEaster() {
	fmt.Println(synth.Easter(2026).Format("Monday 2 January 2006"))
	// Output: Sunday 5 April 2026
}

func ExampleHolidays() {
	for _, h := range synth.Holidays(2026) {
		if h.Date.Month() >= time.April && h.Date.Month() <= time.June {
			fmt.Println(h.Date.Format("02-01"), h.Name, h.HalfDay)
		}
	}
	// Output:
	// 02-04 skærtorsdag false
	// 03-04 langfredag false
	// 05-04 påskedag false
	// 06-04 2. påskedag false
	// 14-05 Kristi himmelfartsdag false
	// 24-05 pinsedag false
	// 25-05 2. pinsedag false
	// 05-06 grundlovsdag true
}

func ExampleGenerate() {
	var buf bytes.Buffer
	st, err := synth.Generate(&buf, synth.Options{Year: 2026, Reps: 3, Companies: 20, Seed: 42,
		AsOf: time.Date(2026, time.January, 9, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		fmt.Println(err)
		return
	}
	lines := strings.Split(buf.String(), "\n")
	fmt.Println(lines[0])
	first := strings.Split(lines[1], ";")
	fmt.Println(first[0], first[2], first[3], first[9])
	fmt.Println(st.Calls == len(lines)-2, st.Outcomes[synth.OutcomeNotReached] > st.Outcomes[synth.OutcomeMeeting])
	// Output:
	// Dato;Tid;Sælger;Team;Firma;Kontaktperson;Telefon;Branche;Ansatte;Retning;Varighed;Udfald;Note
	// 02-01-2026 Mette Jensen København Udgående
	// true true
}
