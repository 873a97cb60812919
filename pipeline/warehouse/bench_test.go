package warehouse

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"whyno/pipeline/classify"
	"whyno/pipeline/synth"
)

// The bars of the ingest issue, measured with `make bench`:
//   - CSV: 1M calls (8 columns, ~80-character notes) within 2x DuckDB's own
//     CREATE TABLE AS SELECT * FROM read_csv on the same file;
//   - XLSX: >= 100k rows/s on a 200k-row, 8-column sheet;
//   - memory: peak RSS <= 1 GiB while ingesting 10M rows (TestIngestMemory,
//     opt-in with WHYNO_BENCH_MEMORY=1, as `make bench-memory` runs it).
// The files are generated once into testdata/bench/ (git-ignored).

// benchRows is the CSV benchmark's size; WHYNO_BENCH_ROWS overrides it.
func benchRows() int {
	if n, err := strconv.Atoi(os.Getenv("WHYNO_BENCH_ROWS")); err == nil && n > 0 {
		return n
	}
	return 1_000_000
}

var (
	benchReps  = []string{"Mette Kristensen", "Jonas Holm", "Anne Friis", "Bo Lykke", "Søren Østergaard", "Maja Åberg", "Chris Moe", "Line Bak"}
	benchFirms = []string{"Jensen VVS ApS", "Nordic Freight A/S", "Hjørring Hus", "Sønderborg Software", "Køge Kørestole", "Baltic Shipping ApS", "Aalborg Event", "Greve Logistik A/S"}
	benchOut   = []string{"Intet svar", "Telefonsvarer", "Ikke interesseret", "Ring igen", "Møde booket", "Optaget", "Tilbud", ""}
	benchNotes = []string{
		"ingen svar, prøver igen i morgen formiddag inden kl 10, han er ofte på kontoret",
		"ikke interesseret lige nu, har fast leverandør på området, kontrakten udløber 31/12",
		"ring igen efter sommerferien, de er midt i budgetlægning og har ikke tid nu desværre",
		"møde booket tirsdag 14/3 kl 10 med indkøbschefen, vil gerne se rapporteringsdelen",
		"left voicemail, asked her to call back when she is back in the office next week",
		"not the DM, try Hanne in finance next week, she decides on this kind of purchase",
		"vil gerne have et tilbud på 10 licenser, sender materiale og følger op fredag morgen",
		"reklamebeskyttet, vil ikke ringes op igen, fjern dem fra listen og marker i CRM nu",
	}
)

// writeBenchCSV writes n deterministic rows in the generic Danish format.
func writeBenchCSV(path string, n int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	r := rand.New(rand.NewPCG(1, 2))
	w.WriteString("Dato;Tid;Sælger;Firma;Telefon;Udfald;Varighed;Note\n")
	day := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < n; i++ {
		d := day.AddDate(0, 0, r.IntN(365))
		fmt.Fprintf(w, "%s;%02d:%02d;%s;%s %d;%02d %02d %02d %02d;%s;%d;\"%s (%d)\"\n",
			d.Format("02-01-2006"), 8+r.IntN(9), r.IntN(60), benchReps[r.IntN(len(benchReps))],
			benchFirms[r.IntN(len(benchFirms))], r.IntN(5000), 20+r.IntN(80), r.IntN(100), r.IntN(100), r.IntN(100),
			benchOut[r.IntN(len(benchOut))], r.IntN(900), benchNotes[r.IntN(len(benchNotes))], i)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// benchFile returns the generated benchmark file (or directory), writing it
// on first use: write fills a temporary name, renamed once complete.
func benchFile(tb testing.TB, name string, write func(string) error) string {
	tb.Helper()
	dir := filepath.Join("..", "..", "testdata", "bench")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		tb.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if _, err := os.Stat(path); err == nil {
		return path
	}
	ext := filepath.Ext(name) // writers (excelize) choose the format by extension
	tmp := strings.TrimSuffix(path, ext) + ".tmp" + ext
	if err := write(tmp); err != nil {
		tb.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		tb.Fatal(err)
	}
	return path
}

func csvBenchFile(tb testing.TB) string {
	n := benchRows()
	return benchFile(tb, fmt.Sprintf("calls_%d.csv", n), func(p string) error { return writeBenchCSV(p, n) })
}

// BenchmarkIngestCSV loads the benchmark CSV into a fresh warehouse file,
// without classification (the load stage the CSV bar is about).
func BenchmarkIngestCSV(b *testing.B) {
	benchIngest(b, csvBenchFile(b), nil)
}

// BenchmarkIngestCSVClassified is the same load with every call classified.
func BenchmarkIngestCSVClassified(b *testing.B) {
	benchIngest(b, csvBenchFile(b), classify.Default().ClassifyBatch)
}

// BenchmarkReadCSVBaseline is DuckDB's own CREATE TABLE AS SELECT * FROM
// read_csv on the same file, into a fresh database file: the yardstick.
func BenchmarkReadCSVBaseline(b *testing.B) {
	file := csvBenchFile(b)
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db, err := sql.Open("duckdb", filepath.Join(b.TempDir(), "base.duckdb"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, err := db.Exec("CREATE TABLE t AS SELECT * FROM read_csv(?)", file); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		db.Close()
	}
	b.ReportMetric(float64(benchRows())*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}

func benchIngest(b *testing.B, file string, label LabelFunc) {
	b.ReportAllocs()
	var rows int64
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		w, err := Open(context.Background(), filepath.Join(b.TempDir(), "w.duckdb"), Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		opts := IngestOptions{TZ: "Europe/Copenhagen", Label: label}
		if testing.Verbose() {
			opts.Trace = os.Stderr
		}
		rs, err := w.IngestFile(context.Background(), file, opts)
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		if rs[0].Rejected != 0 || rs[0].Loaded != rs[0].Read {
			b.Fatalf("loaded %d of %d, rejected %d", rs[0].Loaded, rs[0].Read, rs[0].Rejected)
		}
		rows += rs[0].Loaded
		w.Close()
	}
	b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "rows/s")
}

// xlsxBenchRows is the XLSX bar's sheet size.
const xlsxBenchRows = 200_000

func writeBenchXLSX(path string) error {
	f := excelize.NewFile()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		return err
	}
	header := []any{"Dato", "Tid", "Sælger", "Firma", "Telefon", "Udfald", "Varighed", "Note"}
	if err := sw.SetRow("A1", header); err != nil {
		return err
	}
	dateStyle, err := f.NewStyle(&excelize.Style{NumFmt: 14})
	if err != nil {
		return err
	}
	r := rand.New(rand.NewPCG(3, 4))
	day := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < xlsxBenchRows; i++ {
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		row := []any{
			excelize.Cell{StyleID: dateStyle, Value: day.AddDate(0, 0, r.IntN(365))},
			fmt.Sprintf("%02d:%02d", 8+r.IntN(9), r.IntN(60)),
			benchReps[r.IntN(len(benchReps))], benchFirms[r.IntN(len(benchFirms))],
			fmt.Sprintf("%08d", 20000000+r.IntN(79999999)), benchOut[r.IntN(len(benchOut))],
			r.IntN(900), benchNotes[r.IntN(len(benchNotes))],
		}
		if err := sw.SetRow(cell, row); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return f.SaveAs(path)
}

// BenchmarkIngestCSVProcess compares whole processes, as a user runs them:
// each iteration runs `whyno ingest --no-classify` of the benchmark CSV into
// a new warehouse, then DuckDB's CREATE TABLE AS read_csv of the same file
// into a new database (this test binary, see TestMain), and reports the
// median of the pairs' ratios. Both include starting, opening and closing.
// It needs bin/whyno (make bench builds it).
func BenchmarkIngestCSVProcess(b *testing.B) {
	file, err := filepath.Abs(csvBenchFile(b))
	if err != nil {
		b.Fatal(err)
	}
	whyno, err := filepath.Abs(filepath.Join("..", "..", "bin", "whyno"))
	if err != nil {
		b.Fatal(err)
	}
	if _, err := os.Stat(whyno); err != nil {
		b.Skip("no bin/whyno: run make build (make bench does)")
	}
	self, err := os.Executable()
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	run := func(cmd *exec.Cmd) time.Duration {
		os.Remove(filepath.Join(dir, "w.duckdb"))
		os.Remove(filepath.Join(dir, "base.duckdb"))
		cmd.Stderr = os.Stderr
		start := time.Now()
		if err := cmd.Run(); err != nil {
			b.Fatalf("%s: %v", cmd, err)
		}
		return time.Since(start)
	}
	var ingest, base, ratios []float64
	for b.Loop() {
		w := run(exec.Command(whyno, "-q", "--db", filepath.Join(dir, "w.duckdb"), "ingest", "--no-classify", file))
		cmd := exec.Command(self)
		cmd.Env = append(os.Environ(), "WHYNO_CTAS_DB="+filepath.Join(dir, "base.duckdb"), "WHYNO_CTAS_CSV="+file)
		d := run(cmd)
		ingest, base = append(ingest, w.Seconds()), append(base, d.Seconds())
		ratios = append(ratios, w.Seconds()/d.Seconds())
	}
	b.ReportMetric(median(ingest), "whyno-s")
	b.ReportMetric(median(base), "read_csv-s")
	b.ReportMetric(median(ratios), "x-read_csv")
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// BenchmarkIngestXLSX loads a 200k-row, 8-column sheet.
func BenchmarkIngestXLSX(b *testing.B) {
	file := benchFile(b, "calls_200k.xlsx", writeBenchXLSX)
	benchIngest(b, file, nil)
}

// TestIngestMemory ingests 10M rows (WHYNO_BENCH_ROWS to change) and
// reports the process's peak resident memory; the bar is 1 GiB. Opt-in,
// as it writes a ~1.7 GB file: WHYNO_BENCH_MEMORY=1 (make bench-memory).
func TestIngestMemory(t *testing.T) {
	if os.Getenv("WHYNO_BENCH_MEMORY") == "" {
		t.Skip("set WHYNO_BENCH_MEMORY=1 to run (make bench-memory)")
	}
	n := 10_000_000
	if v, err := strconv.Atoi(os.Getenv("WHYNO_BENCH_ROWS")); err == nil && v > 0 {
		n = v
	}
	file := benchFile(t, fmt.Sprintf("calls_%d.csv", n), func(p string) error { return writeBenchCSV(p, n) })
	w, err := Open(context.Background(), filepath.Join(t.TempDir(), "w.duckdb"), Options{MemoryLimit: DefaultMemoryLimit})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	start := time.Now()
	rs, err := w.IngestFile(context.Background(), file, IngestOptions{TZ: "Europe/Copenhagen", Label: classify.Default().ClassifyBatch})
	if err != nil {
		t.Fatal(err)
	}
	peak := peakRSS(t)
	t.Logf("%d rows loaded in %s, peak RSS %d MiB", rs[0].Loaded, time.Since(start).Round(time.Millisecond), peak>>20)
	if rs[0].Loaded != int64(n) {
		t.Errorf("loaded %d of %d", rs[0].Loaded, n)
	}
	if peak > 1<<30 {
		t.Errorf("peak RSS %d MiB, bar 1024 MiB", peak>>20)
	}
}

// peakRSS reads the process's high-water resident set size (Linux).
func peakRSS(t *testing.T) int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skipf("no /proc: %v", err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmHWM:" {
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb << 10
		}
	}
	t.Skip("no VmHWM in /proc/self/status")
	return 0
}

// BenchmarkReclassify re-labels a 1M-call warehouse (bar: < 2 s), loaded
// once before the timing:
//   - unique-notes: the CSV benchmark's file, whose ~85-character notes are
//     all distinct (a counter ends each), so every note is classified;
//   - synthetic-year: a synthetic year of 1M calls by 200 reps to 80k
//     companies (pipeline/synth), whose notes repeat as real ones do.
func BenchmarkReclassify(b *testing.B) {
	b.Run("unique-notes", func(b *testing.B) {
		benchReclassify(b, csvBenchFile(b))
	})
	b.Run("synthetic-year", func(b *testing.B) {
		dir := benchFile(b, "synth_1m", func(tmp string) error {
			if err := os.MkdirAll(tmp, 0o755); err != nil {
				return err
			}
			_, err := synth.WriteFiles(tmp, synth.Options{Reps: 200, Companies: 80_000, Calls: 1_000_000, Seed: 7})
			return err
		})
		files, err := filepath.Glob(filepath.Join(dir, "*.csv"))
		if err != nil || len(files) == 0 {
			b.Fatalf("no synthetic files in %s: %v", dir, err)
		}
		benchReclassify(b, files...)
	})
}

func benchReclassify(b *testing.B, files ...string) {
	w, err := Open(context.Background(), filepath.Join(b.TempDir(), "w.duckdb"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	for _, f := range files {
		if _, err := w.IngestFile(context.Background(), f, IngestOptions{TZ: "Europe/Copenhagen"}); err != nil {
			b.Fatal(err)
		}
	}
	c := classify.Default()
	var calls int64
	for b.Loop() {
		// A session per run, as whyno reclassify has: one kept across runs
		// would know every note from the first.
		n, err := w.Reclassify(context.Background(), c.NewSession().ClassifyBatch)
		if err != nil {
			b.Fatal(err)
		}
		calls += n
	}
	b.ReportMetric(float64(calls)/b.Elapsed().Seconds(), "calls/s")
}
