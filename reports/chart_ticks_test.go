package reports

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"gonum.org/v1/plot"
)

// labels returns the labelled ticks only.
func labels(ticks []plot.Tick) []string {
	var out []string
	for _, t := range ticks {
		if t.Label != "" {
			out = append(out, t.Label)
		}
	}
	return out
}

func TestTicks(t *testing.T) {
	tests := []struct {
		name   string
		ticker plot.Ticker
		lo, hi float64
		want   []string
	}{
		{name: "percent da", ticker: percentTicks{numbersFor("da")}, lo: 0, hi: 0.5, want: []string{"0 %", "10 %", "20 %", "30 %", "40 %", "50 %"}},
		{name: "percent en", ticker: percentTicks{numbersFor("en")}, lo: 0, hi: 1, want: []string{"0%", "20%", "40%", "60%", "80%", "100%"}},
		{name: "small percent gets a decimal", ticker: percentTicks{numbersFor("da")}, lo: 0, hi: 0.02, want: []string{"0,0 %", "0,5 %", "1,0 %", "1,5 %", "2,0 %"}},
		{name: "counts da", ticker: countTicks{numbersFor("da")}, lo: 0, hi: 250000, want: []string{"0", "50.000", "100.000", "150.000", "200.000", "250.000"}},
		{name: "counts en", ticker: countTicks{numbersFor("en")}, lo: 0, hi: 4000, want: []string{"0", "1,000", "2,000", "3,000", "4,000"}},
		{name: "no half calls", ticker: countTicks{numbersFor("en")}, lo: 0, hi: 2, want: []string{"0", "1", "2"}},
		{name: "thinned nominal", ticker: nominalTicks{labels: []string{"a", "b", "c", "d", "e"}, step: 2}, lo: 0, hi: 4, want: []string{"a", "c", "e"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, labels(tt.ticker.Ticks(tt.lo, tt.hi))); diff != "" {
				t.Errorf("tick labels (-want +got):\n%s", diff)
			}
		})
	}
}
