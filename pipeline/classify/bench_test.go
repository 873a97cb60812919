package classify

import (
	"testing"
)

// BenchmarkClassify classifies the dev notes on one goroutine (run with
// -cpu 1 for the single-core figure) and reports notes per second. The
// target is at least 500k notes/s per core, when.Resolve included.
func BenchmarkClassify(b *testing.B) {
	set := readSetB(b)
	c := Default()
	in := Inputs(set)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		c.Classify(in[i%len(in)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "notes/s")
}

// BenchmarkClassifyBatch measures ClassifyBatch over all cores.
func BenchmarkClassifyBatch(b *testing.B) {
	set := readSetB(b)
	c := Default()
	in := Inputs(set)
	for len(in) < 10000 {
		in = append(in, in...)
	}
	out := make([]Labels, len(in))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		c.ClassifyBatch(in, out)
	}
	b.ReportMetric(float64(b.N*len(in))/b.Elapsed().Seconds(), "notes/s")
}

func readSetB(b *testing.B) []Example {
	b.Helper()
	set := readSet(b, "../../testdata/classify/dev_*.csv")
	if len(set) == 0 {
		b.Fatal("no dev notes")
	}
	return set
}
