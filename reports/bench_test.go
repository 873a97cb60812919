package reports

import (
	"context"
	"path/filepath"
	"testing"
)

// benchCalls is the warehouse size of the speed bar: the full report for
// one million calls in at most 3 s on a two-core machine.
const benchCalls = 1_000_000

// BenchmarkWrite builds and renders the full report (all queries, charts,
// compressed PDF, XLSX, ICS, summary) for March 2026 of a 1M-call
// warehouse. Run: go test -tags duckdb_arrow -run '^$' -bench Write -benchtime 3x ./reports
func BenchmarkWrite(b *testing.B) {
	db := openFixture(b, benchCalls)
	out := filepath.Join(b.TempDir(), "out")
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Write(ctx, db, fixtureOptions("da"), out); err != nil {
			b.Fatalf("Write: %v", err)
		}
	}
}

// BenchmarkBuild is the query half of BenchmarkWrite.
func BenchmarkBuild(b *testing.B) {
	db := openFixture(b, benchCalls)
	ctx := context.Background()
	for b.Loop() {
		if _, err := Build(ctx, db, fixtureOptions("da")); err != nil {
			b.Fatalf("Build: %v", err)
		}
	}
}

// BenchmarkRender is the rendering half of BenchmarkWrite: charts, PDF,
// XLSX, ICS and summary from the 1M-call model, in memory.
func BenchmarkRender(b *testing.B) {
	db := openFixture(b, benchCalls)
	m, err := Build(context.Background(), db, fixtureOptions("da"))
	if err != nil {
		b.Fatalf("Build: %v", err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := render(m, renderConfig{compressPDF: true}); err != nil {
			b.Fatalf("render: %v", err)
		}
	}
	b.ReportMetric(float64(len(m.Callbacks)), "callbacks")
	b.ReportMetric(float64(len(m.TheirsOpen)), "theirs")
}
