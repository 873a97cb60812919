package reports

import (
	"fmt"
	"testing"
)

func TestNumberFormat(t *testing.T) {
	tests := []struct {
		name string
		lang string
		got  func(numberFormat) string
		want string
	}{
		{name: "thousands da", lang: "da", got: func(nf numberFormat) string { return nf.Int(1234567) }, want: "1.234.567"},
		{name: "thousands en", lang: "en", got: func(nf numberFormat) string { return nf.Int(1234) }, want: "1,234"},
		{name: "small int", lang: "da", got: func(nf numberFormat) string { return nf.Int(999) }, want: "999"},
		{name: "negative int", lang: "en", got: func(nf numberFormat) string { return nf.Int(-1234) }, want: "-1,234"},
		{name: "decimal comma", lang: "da", got: func(nf numberFormat) string { return nf.Float(2500.26, 1) }, want: "2.500,3"},
		{name: "negative zero", lang: "da", got: func(nf numberFormat) string { return nf.Float(-0.01, 1) }, want: "0,0"},
		{name: "percent da", lang: "da", got: func(nf numberFormat) string { return nf.Pct(0.25, 0) }, want: "25 %"},
		{name: "percent en", lang: "en", got: func(nf numberFormat) string { return nf.Pct(0.25, 0) }, want: "25%"},
		{name: "interval", lang: "da", got: func(nf numberFormat) string { return nf.Interval(NewRate(50, 100)) }, want: "40–60 %"},
		{name: "invalid rate", lang: "en", got: func(nf numberFormat) string { return nf.Rate(NewRate(0, 0)) }, want: "–"},
		{name: "points up", lang: "da", got: func(nf numberFormat) string { return nf.PP(0.032) }, want: "+3,2 pct.-point"},
		{name: "points down", lang: "en", got: func(nf numberFormat) string { return nf.PP(-0.021) }, want: "-2.1 pp"},
		{name: "no change has no sign", lang: "en", got: func(nf numberFormat) string { return nf.Change(100, 100) }, want: "0%"},
		{name: "change from zero", lang: "en", got: func(nf numberFormat) string { return nf.Change(0, 5) }, want: "–"},
		{name: "long date da", lang: "da", got: func(nf numberFormat) string { return nf.Date("da", date(2026, 3, 1)) }, want: "1. marts 2026"},
		{name: "long date en", lang: "en", got: func(nf numberFormat) string { return nf.Date("en", date(2026, 3, 31)) }, want: "31 March 2026"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.got(numbersFor(tt.lang)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func ExampleNewRate() {
	r := NewRate(12, 40)
	nf := numbersFor("da")
	fmt.Println(nf.Rate(r), nf.Interval(r), r.Small)
	r = NewRate(3, 10)
	fmt.Println(nf.Rate(r), nf.Interval(r), r.Small)
	// Output:
	// 30 % 18–45 % false
	// 30 % 11–60 % true
}
