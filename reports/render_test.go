package reports

import (
	"bytes"
	"context"
	"flag"
	"image/png"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// fixtureRenders caches the rendered outputs per language.
var fixtureRenders = struct {
	sync.Mutex
	r map[string]*rendered
}{r: map[string]*rendered{}}

// renderFixture renders the fixture report (PDF uncompressed).
func renderFixture(t *testing.T, lang string) *rendered {
	t.Helper()
	m := fixtureModel(t, lang)
	fixtureRenders.Lock()
	defer fixtureRenders.Unlock()
	if r, ok := fixtureRenders.r[lang]; ok {
		return r
	}
	r, err := render(m, renderConfig{compressPDF: false})
	if err != nil {
		t.Fatalf("render: %v", err)
	}
	fixtureRenders.r[lang] = r
	return r
}

func TestChartsDecode(t *testing.T) {
	empty := &Model{Lang: "en", AsOf: date(2026, 4, 1)}
	for _, tt := range []struct {
		name string
		m    func(t *testing.T) *Model
	}{
		{name: "fixture", m: func(t *testing.T) *Model { return fixtureModel(t, "da") }},
		{name: "empty period", m: func(*testing.T) *Model { return empty }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			charts, err := renderCharts(tt.m(t))
			if err != nil {
				t.Fatalf("renderCharts: %v", err)
			}
			if len(charts) != 7 {
				t.Errorf("got %d charts, want 7", len(charts))
			}
			for _, c := range charts {
				img, err := png.Decode(bytes.NewReader(c.png))
				if err != nil {
					t.Errorf("%s: decode: %v", c.name, err)
					continue
				}
				// 16 cm × 9 cm at 200 dpi, less one pixel per chart (see renderPNG);
				// the ball chart grows with the reps.
				if b := img.Bounds(); b.Dx() < 1254 || b.Dx() > 1260 || b.Dy() < 709 {
					t.Errorf("%s: %d×%d px, want 1254–1260×709 or taller", c.name, b.Dx(), b.Dy())
				}
			}
		})
	}
}

func TestSummaryGolden(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		t.Run(lang, func(t *testing.T) {
			got := renderFixture(t, lang).data[FileSummary]
			golden := filepath.Join("testdata", "summary_"+lang+".golden.md")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden (run with -update to create it): %v", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("summary.md mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRenderDeterministic(t *testing.T) {
	first := renderFixture(t, "da")
	m, err := Build(context.Background(), openFixtureShared(t, fixtureCalls), fixtureOptions("da"))
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	second, err := render(m, renderConfig{compressPDF: false})
	if err != nil {
		t.Fatalf("render: %v", err)
	}
	if diff := cmp.Diff(first.names, second.names); diff != "" {
		t.Fatalf("file lists differ (-first +second):\n%s", diff)
	}
	for _, name := range first.names {
		if !bytes.Equal(first.data[name], second.data[name]) {
			t.Errorf("%s differs between two runs", name)
		}
	}
}

func TestWritePlacesFiles(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	keep := filepath.Join(out, "keep.txt")
	if err := os.WriteFile(keep, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	files, err := Write(context.Background(), openFixtureShared(t, fixtureCalls), fixtureOptions("en"), out)
	if err != nil {
		t.Fatalf("Write: %v", err)
	}
	for _, p := range append([]string{files.PDF, files.XLSX, files.ICS, files.Summary}, files.Charts...) {
		if fi, err := os.Stat(p); err != nil || fi.Size() == 0 {
			t.Errorf("output %s missing or empty: %v", p, err)
		}
	}
	if len(files.Charts) != 7 {
		t.Errorf("got %d charts, want 7", len(files.Charts))
	}
	if _, err := os.Stat(keep); err != nil {
		t.Errorf("Write removed an unrelated file: %v", err)
	}
	entries, err := os.ReadDir(filepath.Dir(out))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Errorf("temporary folder left beside the output: %v", entries)
	}
}

func TestWriteCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	out := filepath.Join(t.TempDir(), "out")
	if _, err := Write(ctx, openFixtureShared(t, fixtureCalls), fixtureOptions("da"), out); err == nil {
		t.Fatal("Write with a cancelled context succeeded")
	}
	if _, err := os.Stat(filepath.Join(out, FilePDF)); err == nil {
		t.Error("a cancelled Write left a PDF")
	}
}

func TestRenderEmptyPeriod(t *testing.T) {
	// A month before the fixture's first call: every table is empty, every
	// rate undefined, and all outputs must still render.
	opts := Options{From: date(2020, 1, 1), To: date(2020, 2, 1), AsOf: date(2020, 2, 1), Lang: "en"}
	m, err := Build(context.Background(), openFixtureShared(t, fixtureCalls), opts)
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	if m.Headline.Current.Dials != 0 || len(m.Callbacks) != 0 {
		t.Fatalf("period before the fixture has %d dials, %d callbacks; want none", m.Headline.Current.Dials, len(m.Callbacks))
	}
	out, err := render(m, renderConfig{compressPDF: false})
	if err != nil {
		t.Fatalf("render: %v", err)
	}
	tx := textsFor("en")
	for _, s := range []string{tx.NoCallbacks, tx.NoChanges, tx.NoRankHours} {
		if !bytes.Contains(out.data[FilePDF], pdfText(s)) {
			t.Errorf("empty report lacks %q", s)
		}
	}
	if events := parseICS(t, out.data[FileICS]); len(events) != 0 {
		t.Errorf("empty queue gave %d calendar events", len(events))
	}
}
