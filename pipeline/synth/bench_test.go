package synth

import (
	"io"
	"testing"
)

// BenchmarkGenerate generates the default year (20 reps, 4000 companies,
// about 50,000 calls) into io.Discard.
func BenchmarkGenerate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		st, err := Generate(io.Discard, Options{Seed: 1})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(st.Calls), "calls/op")
	}
}
