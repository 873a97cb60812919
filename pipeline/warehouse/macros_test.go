package warehouse

import (
	"database/sql"
	"testing"
	"time"

	"whyno/pipeline/source"
)

// TestExcelSerialAgreesWithGo: the SQL macro reads serial dates as
// source.ParseExcelSerial does (the XLSX reader's Go path), edges included.
func TestExcelSerialAgreesWithGo(t *testing.T) {
	w := openTemp(t)
	for _, s := range []string{
		"0", "0.5", "1", "1.25", "59", "59,5", "59.99999", "60", "60.5", "61", "61.75",
		"45363.4375", "46027,5", "2958465", "2958465.99999", "2958466", "9999999",
		"12", "1e3", "-5", "abc", "", "45363.", ".5", "00045363",
	} {
		want, ok := source.ParseExcelSerial(s)
		var got sql.NullTime
		if err := w.DB().QueryRow("SELECT whyno_excel_serial($1)", s).Scan(&got); err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		switch {
		case !ok && got.Valid:
			t.Errorf("%q: SQL reads %v, Go reads no date", s, got.Time)
		case ok && !got.Valid:
			t.Errorf("%q: SQL reads no date, Go reads %v", s, want)
		case ok && !got.Time.Equal(want.Truncate(time.Second)):
			t.Errorf("%q: SQL reads %v, Go reads %v", s, got.Time, want)
		}
	}
}

// TestMonthNames: whyno_month_names turns Danish and English month names
// into numbers, the long names whole ("september" was "09ember").
func TestMonthNames(t *testing.T) {
	w := openTemp(t)
	for in, want := range map[string]string{
		"12. september 2026": "12. 09 2026", "3 sept. 2026": "3 09 2026", "1. sep 2026": "1. 09 2026",
		"12. marts 2026": "12. 03 2026", "March 12, 2026": "03 12, 2026", "5. januar 2026": "5. 01 2026",
		"January 5 2026": "01 5 2026", "1. oktober": "1. 10", "24. december": "24. 12", "2. maj": "2. 05",
	} {
		var got string
		if err := w.DB().QueryRow("SELECT whyno_month_names($1)", in).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("whyno_month_names(%q) = %q, want %q", in, got, want)
		}
	}
}
