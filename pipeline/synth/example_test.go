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
	for _, l := range lines[:4] {
		fmt.Println(l)
	}
	fmt.Println(st.Calls > 0, st.Outcomes["not_reached"] > st.Outcomes["meeting"])
	// Output:
	// Dato;Tid;Sælger;Team;Firma;Kontaktperson;Telefon;Branche;Ansatte;Retning;Varighed;Udfald;Note
	// 02-01-2026;08:05;Mette Jensen;København;Kristensen & Søn Cykler ApS;Karina Bruun;79 94 75 55;Detail;41;Udgående;23;Intet svar;
	// 02-01-2026;08:11;Rasmus Nielsen;Aarhus;Pedersens Solutions;Helle Knudsen;62 61 88 01;IT;47;Udgående;51;;ikke relevant for os
	// 02-01-2026;08:51;Oliver Bennett;Nordic/UK;Global Trading ApS;Johan Haugen;51 83 70 32;Detail;16;Udgående;12;Intet svar;try again tomorrow
	// true true
}
