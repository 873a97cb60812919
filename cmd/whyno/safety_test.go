package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"whyno/pipeline/warehouse"
)

// TestSafety runs the built binary as a subprocess to check what only a
// real process shows: a run killed with SIGKILL at any point is finished by
// the next one, two runs at once on one warehouse, a damaged warehouse file,
// and reports written atomically. It builds whyno once (~15 s) and is
// skipped with -short.
func TestSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and ingests 200k rows: skipped with -short")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "whyno")
	build := exec.Command("go", "build", "-tags", "duckdb_arrow", "-o", bin, "./")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	// 200k rows take about 3.5 s to ingest on two idle cores: long enough to
	// kill the ingest in each of its steps, short enough for make test.
	big := filepath.Join(dir, "big.csv")
	writeBigCSV(t, big, 200_000)
	files := []string{big,
		"../../testdata/sources/generic/demo.csv",
		"../../testdata/sources/hubspot/calls.csv",
		"../../testdata/sources/generic/hjemmelavet.xlsx",
		"../../testdata/cli/ingest-rejects/calls.csv", // rejects 4 of 6 rows
	}
	clean := filepath.Join(dir, "clean.duckdb")
	if r := runBin(t, bin, append([]string{"--db", clean, "ingest"}, files...)...); r.code != exitPartial {
		t.Fatalf("clean ingest: exit %d, want %d\n%s", r.code, exitPartial, r.stderr)
	}
	want := warehouseState(t, clean)

	t.Run("ingest killed at several points", func(t *testing.T) {
		testKilledIngest(t, bin, dir, files, want)
	})
	t.Run("report killed", func(t *testing.T) {
		testKilledReport(t, bin, dir, clean)
	})
	t.Run("two runs at once", func(t *testing.T) {
		testTwoRuns(t, bin, dir)
	})
	t.Run("damaged warehouse", func(t *testing.T) {
		testDamagedWarehouse(t, bin, dir, clean)
	})
}

// writeBigCSV writes n calls in the generic Danish format, spread over 2025.
func writeBigCSV(t *testing.T, path string, n int) {
	t.Helper()
	notes := []string{"ingen svar", "har fast leverandør", "møde booket tirs kl 10", "ring igen i marts",
		"ikke interesseret", "send materiale", "travlt, ring tilbage i næste uge", "vm", "ikke beslutningstager"}
	reps := []string{"Anne", "Bo", "Carl", "Dorte"}
	var b bytes.Buffer
	b.WriteString(genericHeader + "\n")
	for i := 0; i < n; i++ {
		// Days 1-28 of each month and 9 hours a day; i in the company,
		// phone and note keeps every row distinct.
		fmt.Fprintf(&b, "%02d-%02d-2025;%02d:%02d;%s;Firma %d ApS;%d;Talt med;%d;%s %d\n",
			1+i%28, 1+(i/28)%12, 8+i%9, i%60, reps[i%4], i, 20_000_000+i, i%600, notes[i%9], i)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// runBin runs the binary to completion.
func runBin(t *testing.T, bin string, args ...string) cliRun {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := cmd.ProcessState.ExitCode()
	if err != nil && code < 0 {
		t.Fatalf("whyno %s: %v", strings.Join(args, " "), err)
	}
	if strings.Contains(stderr.String(), "panic:") {
		t.Fatalf("whyno %s panicked:\n%s", strings.Join(args, " "), stderr.String())
	}
	return cliRun{code: code, stdout: stdout.String(), stderr: stderr.String()}
}

// killPoint says when to SIGKILL a run: after a delay, or once a line
// containing onLine appeared on stderr (the -v step timings).
type killPoint struct {
	after  time.Duration
	onLine string
}

func (k killPoint) String() string {
	if k.onLine != "" {
		return fmt.Sprintf("after %q", k.onLine)
	}
	return "after " + k.after.String()
}

// started is a whyno subprocess whose stderr lines are watched.
type started struct {
	cmd   *exec.Cmd
	lines chan string // stderr, line by line; closed at EOF
	all   *bytes.Buffer
}

func startBin(t *testing.T, bin string, args ...string) *started {
	t.Helper()
	cmd := exec.Command(bin, args...)
	pr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s := &started{cmd: cmd, lines: make(chan string, 1024), all: &bytes.Buffer{}}
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			s.lines <- sc.Text()
		}
		close(s.lines)
	}()
	return s
}

// waitFor reads stderr until a line contains sub (true) or stderr ends.
func (s *started) waitFor(sub string, timeout time.Duration) bool {
	deadline := time.After(timeout)
	for {
		select {
		case l, ok := <-s.lines:
			if !ok {
				return false
			}
			s.all.WriteString(l + "\n")
			if strings.Contains(l, sub) {
				return true
			}
		case <-deadline:
			return false
		}
	}
}

// finish drains stderr and waits for the exit status.
func (s *started) finish() int {
	for l := range s.lines {
		s.all.WriteString(l + "\n")
	}
	_ = s.cmd.Wait() // the exit status is the result; a killed run "fails"
	return s.cmd.ProcessState.ExitCode()
}

// killed runs the binary and SIGKILLs it at k; it reports whether the kill
// came before the run ended on its own.
func killed(t *testing.T, bin string, k killPoint, args ...string) bool {
	t.Helper()
	s := startBin(t, bin, args...)
	if k.onLine != "" {
		if !s.waitFor(k.onLine, time.Minute) {
			s.finish()
			return false
		}
	} else {
		time.Sleep(k.after)
	}
	err := s.cmd.Process.Kill() // SIGKILL
	s.finish()
	if strings.Contains(s.all.String(), "panic:") {
		t.Fatalf("panic before the kill:\n%s", s.all.String())
	}
	return err == nil && !s.cmd.ProcessState.Exited()
}

// testKilledIngest kills one ingest after another at different points of the
// same warehouse, interrupts one more with SIGTERM (exit 130), then lets one
// finish: the warehouse must equal the clean single run.
func testKilledIngest(t *testing.T, bin, dir string, files []string, want string) {
	db := filepath.Join(dir, "killed.duckdb")
	args := append([]string{"--db", db, "-v", "ingest"}, files...)
	points := []killPoint{
		{after: 200 * time.Millisecond},      // opening, schema, sniffing
		{after: 1200 * time.Millisecond},     // reading and parsing
		{onLine: "big.csv: rejects"},         // keys and insert
		{onLine: "big.csv: keys and insert"}, // classifying the notes
		{onLine: "big.csv: classify"},        // run record, commit, next files
	}
	kills := 0
	for _, k := range points {
		if killed(t, bin, k, args...) {
			kills++
		} else {
			t.Logf("kill %s: the run had already ended", k)
		}
		if got := runBin(t, bin, "--db", db, "sql", "SELECT count(*) FROM calls"); got.code != exitOK {
			t.Fatalf("after kill %s the warehouse does not open: exit %d\n%s", k, got.code, got.stderr)
		}
	}
	// SIGTERM (and Ctrl-C) cancel the run: the file's transaction is rolled
	// back and whyno exits 130.
	s := startBin(t, bin, args...)
	if s.waitFor("big.csv: rejects", time.Minute) {
		if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		if code := s.finish(); code != exitInterrupted || !strings.Contains(s.all.String(), "whyno: interrupted") {
			t.Errorf("SIGTERM: exit %d, want %d and \"whyno: interrupted\"\n%s", code, exitInterrupted, s.all.String())
		}
	} else {
		t.Errorf("the run to interrupt ended first (exit %d)\n%s", s.finish(), s.all.String())
	}
	// The kills on a step's line cannot miss: the step after it takes seconds.
	if kills < 3 {
		t.Fatalf("only %d of %d runs were killed before they ended", kills, len(points))
	}
	if r := runBin(t, bin, append([]string{"--db", db, "ingest"}, files...)...); r.code != exitPartial {
		t.Fatalf("rerun: exit %d, want %d\n%s", r.code, exitPartial, r.stderr)
	}
	if diff := cmp.Diff(want, warehouseState(t, db)); diff != "" {
		t.Errorf("killed and rerun warehouse differs from a clean run (-clean +rerun):\n%s", diff)
	}
}

// warehouseState renders what must not depend on kills and reruns: the
// calls and labels (counts and checksums of the ordered keys), the rows
// loaded and rejected per file, and the invariants that hold run by run.
func warehouseState(t *testing.T, db string) string {
	t.Helper()
	w, err := warehouse.Open(context.Background(), db, warehouse.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("open %s: %v", db, err)
	}
	defer w.Close()
	checks := []struct{ name, q string }{
		{"calls", `SELECT count(*) || ' ' || md5(string_agg(call_key, ',' ORDER BY call_key)) FROM calls`},
		{"labels", `SELECT count(*) || ' ' || md5(string_agg(call_key || outcome || coalesce(reason, '') || ball ||
			coalesce(callback_date::VARCHAR, ''), ',' ORDER BY call_key)) FROM labels`},
		{"calls without a label", `SELECT count(*) FROM calls ANTI JOIN labels USING (call_key)`},
		{"calls without their run", `SELECT count(*) FROM call_rows ANTI JOIN ingest_runs USING (run_id)`},
		{"runs whose counts do not add up", `SELECT count(*) FROM ingest_runs WHERE rows_read <> rows_loaded + duplicates + rejected`},
		{"runs half loaded", `SELECT count(*) FROM ingest_runs r
			WHERE rows_loaded <> (SELECT count(*) FROM calls c WHERE c.run_id = r.run_id)
			   OR rejected <> (SELECT count(DISTINCT "row") FROM rejects j WHERE j.run_id = r.run_id)`},
		{"loaded per file", `SELECT string_agg(f, '; ' ORDER BY f) FROM (
			SELECT parse_filename(file) || coalesce('[' || sheet || ']', '') || ': ' || sum(rows_loaded) AS f
			FROM ingest_runs GROUP BY file, sheet)`},
		{"distinct rejects", `SELECT count(*) FROM (SELECT DISTINCT parse_filename(file), sheet, "row", "column", reason FROM rejects)`},
	}
	var sb strings.Builder
	for _, c := range checks {
		var v string
		if err := w.DB().QueryRow(c.q).Scan(&v); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		fmt.Fprintf(&sb, "%s: %s\n", c.name, v)
	}
	return sb.String()
}

// testKilledReport kills `whyno report` while it writes into a folder that
// holds a complete report, and into an empty one: every file there must be
// a complete report file (the same bytes as an undisturbed run: the report
// is deterministic for one --as-of), never half of one.
func testKilledReport(t *testing.T, bin, dir, db string) {
	report := func(out string) []string {
		return []string{"--db", db, "report", "--month", "2025-03", "--as-of", "2025-04-01", "--out", out}
	}
	ref := filepath.Join(dir, "report-ref")
	start := time.Now()
	if r := runBin(t, bin, report(ref)...); r.code != exitOK {
		t.Fatalf("report: exit %d\n%s", r.code, r.stderr)
	}
	// Kill points are fractions of an undisturbed report's time, so they
	// fall inside the run on a busy machine too.
	took := time.Since(start)
	at := func(frac float64) killPoint { return killPoint{after: time.Duration(frac * float64(took))} }
	want := readTree(t, ref)
	if len(want) < 5 {
		t.Fatalf("reference report has %d files, want the PDF, XLSX, ICS, summary and charts", len(want))
	}
	for _, c := range []struct {
		name     string
		previous bool
		k        killPoint
	}{
		{"early, over a previous report", true, at(0.3)},
		{"late, into an empty folder", false, at(0.8)},
		{"late, over a previous report", true, at(0.95)},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "report")
			if c.previous {
				copyTree(t, ref, out)
			}
			if !killed(t, bin, c.k, report(out)...) {
				t.Logf("kill %s: the report had already been written", c.k)
			}
			got := readTree(t, out)
			for name, b := range got {
				if !bytes.Equal(b, want[name]) {
					t.Errorf("%s: %d bytes, not the complete file (%d bytes)", name, len(b), len(want[name]))
				}
			}
			if c.previous && len(got) != len(want) {
				t.Errorf("%d files after the kill, want the %d of the previous report", len(got), len(want))
			}
		})
	}
	if got := warehouseState(t, db); got == "" {
		t.Error("warehouse unreadable after killed reports")
	}
}

// readTree reads every regular file under root, keyed by relative path.
func readTree(t *testing.T, root string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			if os.IsNotExist(err) {
				return nil
			}
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		r, _ := filepath.Rel(root, path)
		files[r] = b
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func copyTree(t *testing.T, from, to string) {
	t.Helper()
	for name, b := range readTree(t, from) {
		p := filepath.Join(to, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// testTwoRuns starts a second `whyno run` while the first holds the
// warehouse: the second stops at once, naming the lock, and changes
// nothing; the first finishes and the warehouse is consistent.
func testTwoRuns(t *testing.T, bin, dir string) {
	work := filepath.Join(dir, "tworuns")
	exports := filepath.Join(work, "exports")
	if err := os.MkdirAll(exports, 0o755); err != nil {
		t.Fatal(err)
	}
	writeBigCSV(t, filepath.Join(exports, "big.csv"), 100_000)
	copyFile(t, "../../testdata/sources/generic/demo.csv", filepath.Join(exports, "demo.csv"))
	cfg := filepath.Join(work, "whyno.yaml")
	writeFile(t, cfg, "db: whyno.duckdb\ninputs:\n  - glob: exports/*.csv\nreports:\n  out: reports\n")
	args := []string{"--config", cfg, "-v", "run", "--month", "2025-03", "--as-of", "2025-04-01", "--json"}

	first := startBin(t, bin, args...)
	if !first.waitFor("big.csv: read and parse", time.Minute) {
		t.Fatalf("first run never got to its ingest (exit %d):\n%s", first.finish(), first.all.String())
	}
	second := runBin(t, bin, args...)
	if code := first.finish(); code != exitOK {
		t.Fatalf("first run: exit %d, want 0\n%s", code, first.all.String())
	}
	if second.code != exitFailure {
		t.Errorf("second run: exit %d, want %d (refused)\n%s", second.code, exitFailure, second.stderr)
	}
	if !strings.Contains(second.stderr, "locked") {
		t.Errorf("second run's message does not name the lock:\n%s", second.stderr)
	}
	var sum runSummary
	if err := json.Unmarshal([]byte(second.stdout), &sum); err != nil {
		t.Errorf("second run's --json summary: %v\n%s", err, second.stdout)
	}
	if sum.Status != "failed" || !strings.Contains(sum.Error, "locked") || len(sum.Files) != 0 || len(sum.Reports) != 0 {
		t.Errorf("second run's summary = %+v, want status failed, the lock as error, no files, no reports", sum)
	}
	db := filepath.Join(work, "whyno.duckdb")
	state := warehouseState(t, db)
	for _, want := range []string{"calls: 100018 ", "calls without a label: 0", "runs half loaded: 0",
		"loaded per file: big.csv: 100000; demo.csv: 18"} {
		if !strings.Contains(state, want) {
			t.Errorf("warehouse after two runs lacks %q:\n%s", want, state)
		}
	}
	if _, err := os.Stat(filepath.Join(work, "reports", "2025-03", "report.pdf")); err != nil {
		t.Errorf("the first run's report: %v", err)
	}
}

// testDamagedWarehouse opens truncated and overwritten warehouse files: a
// clear message with the advice to rebuild, exit 1, no panic.
func testDamagedWarehouse(t *testing.T, bin, dir, clean string) {
	whole, err := os.ReadFile(clean)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"truncated to half", whole[:len(whole)/2]},
		{"truncated to three quarters", whole[:len(whole)*3/4]},
		{"truncated to 10 kB", whole[:10_000]},
		{"junk", junk(100_000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "w.duckdb")
			writeFile(t, db, string(tt.data))
			for _, args := range [][]string{
				{"--db", db, "sql", "SELECT count(*), sum(length(note)) FROM calls"},
				{"--db", db, "ingest", "../../testdata/sources/generic/demo.csv"},
			} {
				r := runBin(t, bin, args...)
				if r.code != exitFailure {
					t.Errorf("%s: exit %d, want %d\n%s", args[2], r.code, exitFailure, r.stderr)
				}
				if !strings.Contains(r.stderr, "damaged") || !strings.Contains(r.stderr, "rebuild") {
					t.Errorf("%s: message lacks \"damaged\" and the advice to rebuild:\n%s", args[2], r.stderr)
				}
			}
		})
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
