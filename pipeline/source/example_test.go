package source_test

import (
	"fmt"

	"whyno/pipeline/source"
)

func ExampleSniff() {
	head := []byte("Rapport: Opkald, april\n\nDato;Sælger;Varighed;Note\n" +
		"02.04.2024;Søren;12,5;ingen svar\n13.04.2024;Maja;1.250,5;\"har fast leverandør; tilfreds\"\n")
	d, err := source.Sniff(head)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s %q header on line %d, decimal %q, thousands %q, %s\n",
		d.Encoding, d.Delimiter, d.HeaderRow, d.Decimal, d.Thousands, d.DateOrder)
	// Output: utf-8 ";" header on line 3, decimal ",", thousands ".", dmy
}

func ExampleParseTime() {
	for _, s := range []string{"12. marts 2024", "5/3-24 14:30", "2024-03-12 09:05"} {
		t, ok := source.ParseTime(s, nil)
		fmt.Println(t.Format("2006-01-02 15:04"), ok)
	}
	// Output:
	// 2024-03-12 00:00 true
	// 2024-03-05 14:30 true
	// 2024-03-12 09:05 true
}

func ExampleNormalizePhone() {
	for _, s := range []string{"12 34 56 78", "0045 12345678", "+46 8 123 456 78", "ring mobil"} {
		fmt.Println(source.NormalizePhone(s, ""))
	}
	// Output:
	// +4512345678
	// +4512345678
	// +46812345678
	// ring mobil
}

func ExampleParseDuration() {
	ms, _ := source.ParseDuration("184000", source.UnitMillis) // HubSpot
	hm, _ := source.ParseDuration("00:15", source.UnitHM)      // Pipedrive
	min, _ := source.ParseDuration("2,5", source.UnitMinutes)  // Dynamics
	fmt.Println(ms, hm, min)
	// Output: 184 900 150
}

func ExampleMapping_Resolve() {
	m, err := source.Preset("generic")
	if err != nil {
		fmt.Println(err)
		return
	}
	header := []string{"Dato", "Tid", "Sælger", "Retning", "Varighed", "Udfald", "Note"}
	r, err := m.Resolve(header)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range r.Fields {
		fmt.Printf("%s <- %s\n", s.Name, s.Column)
	}
	dir, _ := r.Lookup(source.FieldDirection)
	fmt.Println(dir.Map("Udgående"))
	// Output:
	// called_at <- Dato
	// rep <- Sælger
	// direction <- Retning
	// duration_s <- Varighed
	// disposition <- Udfald
	// outcome <- Udfald
	// note <- Note
	// outbound true
}

func ExampleDetectPreset() {
	m, err := source.DetectPreset([]string{"Record ID", "Activity date", "Call outcome", "Call notes", "Call duration"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.Name, m.Fields[source.FieldDuration].Unit)
	// Output: hubspot ms
}
