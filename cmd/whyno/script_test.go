package main

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the want.txt transcripts under testdata/cli")

// TestScripts runs every scenario under testdata/cli: each line of its
// `script` file is one whyno command, run in-process against a fresh
// warehouse in a temporary directory. The transcript (command, stdout,
// stderr, exit status) must equal want.txt. In a script line, $DB is the
// warehouse, $WORK the temporary directory, $CASE the scenario's folder,
// $REPO the repository root and $SHARED the shared data folder; a scenario
// that uses $SHARED is skipped when that folder is absent.
func TestScripts(t *testing.T) {
	cases, err := filepath.Glob("../../testdata/cli/*/script")
	if err != nil || len(cases) == 0 {
		t.Fatalf("no scenarios under testdata/cli (%v)", err)
	}
	for _, script := range cases {
		dir := filepath.Dir(script)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			got := runScript(t, dir)
			want := filepath.Join(dir, "want.txt")
			if *update {
				if err := os.WriteFile(want, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			w, err := os.ReadFile(want)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if diff := cmp.Diff(string(w), got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", want, diff)
			}
		})
	}
}

func runScript(t *testing.T, dir string) string {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "script"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	work := t.TempDir()
	abs := func(p string) string {
		a, err := filepath.Abs(p)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	shared := abs("../../../shared")
	vars := strings.NewReplacer("$DB", filepath.Join(work, "w.duckdb"), "$WORK", work,
		"$CASE", abs(dir), "$REPO", abs("../.."), "$SHARED", shared)
	unvars := strings.NewReplacer(work, "$WORK", abs(dir), "$CASE", abs("../.."), "$REPO", shared, "$SHARED")
	var transcript strings.Builder
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.Contains(line, "$SHARED") {
			if _, err := os.Stat(shared); err != nil {
				t.Skipf("shared data not present: %v", err)
			}
		}
		var stdout, stderr bytes.Buffer
		args := splitArgs(vars.Replace(line))
		code := run(context.Background(), args, strings.NewReader(""), &stdout, &stderr)
		fmt.Fprintf(&transcript, "$ whyno %s\n", line)
		transcript.WriteString(unvars.Replace(stdout.String()))
		for _, l := range strings.SplitAfter(unvars.Replace(stderr.String()), "\n") {
			if l != "" {
				transcript.WriteString("stderr: " + l)
			}
		}
		if !strings.HasSuffix(transcript.String(), "\n") {
			transcript.WriteString("\n")
		}
		fmt.Fprintf(&transcript, "exit %d\n", code)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return transcript.String()
}

// splitArgs splits a script line at spaces, keeping "double-quoted" runs
// together (without their quotes); \" is a literal quote.
func splitArgs(line string) []string {
	var args []string
	var cur strings.Builder
	inQuote, started, escaped := false, false, false
	for _, r := range line {
		switch {
		case escaped:
			cur.WriteRune(r)
			escaped = false
		case r == '\\':
			escaped, started = true, true
		case r == '"':
			inQuote, started = !inQuote, true
		case r == ' ' && !inQuote:
			if started {
				args = append(args, cur.String())
				cur.Reset()
				started = false
			}
		default:
			cur.WriteRune(r)
			started = true
		}
	}
	if started {
		args = append(args, cur.String())
	}
	return args
}
