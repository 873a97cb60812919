package classify

import (
	"testing"
	"time"
)

// BenchmarkClassify classifies the dev notes one by one on one goroutine
// (run with -cpu 1 for the single-core figure). notes/s is wall-clock
// throughput; cpu-notes/s divides by the CPU time the process used, which
// is the single-core figure on a machine busy with other work. The target
// is at least 500k notes/s per core, when.Resolve included.
func BenchmarkClassify(b *testing.B) {
	in := Inputs(readSet(b, "../../testdata/classify/dev_*.csv"))
	c := Default()
	b.ReportAllocs()
	cpu0 := cpuTime()
	i := 0
	for b.Loop() {
		c.Classify(in[i%len(in)])
		i++
	}
	reportRates(b, i, cpuTime()-cpu0)
}

// BenchmarkClassifyBatch measures ClassifyBatch over all cores.
func BenchmarkClassifyBatch(b *testing.B) {
	in := Inputs(readSet(b, "../../testdata/classify/dev_*.csv"))
	for len(in) < 10000 {
		in = append(in, in...)
	}
	out := make([]Labels, len(in))
	c := Default()
	b.ReportAllocs()
	cpu0 := cpuTime()
	n := 0
	for b.Loop() {
		c.ClassifyBatch(in, out)
		n += len(in)
	}
	reportRates(b, n, cpuTime()-cpu0)
}

func reportRates(b *testing.B, notes int, cpu time.Duration) {
	b.Helper()
	b.ReportMetric(float64(notes)/b.Elapsed().Seconds(), "notes/s")
	if cpu > 0 {
		b.ReportMetric(float64(notes)/cpu.Seconds(), "cpu-notes/s")
	}
}
