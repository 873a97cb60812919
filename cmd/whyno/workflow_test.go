package main

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"
)

// workflowFile is the scheduled monthly job (docs/scheduling.md).
const workflowFile = "../../.github/workflows/monthly-report.yml"

// workflow is the part of a GitHub Actions workflow the test reads.
type workflow struct {
	Name string         `yaml:"name"`
	On   map[string]any `yaml:"on"`
	Jobs map[string]struct {
		RunsOn string         `yaml:"runs-on"`
		Steps  []workflowStep `yaml:"steps"`
	} `yaml:"jobs"`
}

type workflowStep struct {
	Name string         `yaml:"name"`
	ID   string         `yaml:"id"`
	If   string         `yaml:"if"`
	Uses string         `yaml:"uses"`
	Run  string         `yaml:"run"`
	With map[string]any `yaml:"with"`
}

// TestWorkflow checks the monthly workflow is valid YAML with a schedule on
// the first of the month and a manual trigger, and that its steps build
// whyno, restore the warehouse, run the month, treat exit 3 as a warning,
// save the warehouse and upload the reports, in that order, with the
// commands the docs give.
func TestWorkflow(t *testing.T) {
	data, err := os.ReadFile(workflowFile)
	if err != nil {
		t.Fatal(err)
	}
	var wf workflow
	if err := yaml.Unmarshal(data, &wf); err != nil {
		t.Fatalf("%s: %v", workflowFile, err)
	}
	checkTriggers(t, wf)
	if len(wf.Jobs) != 1 {
		t.Fatalf("%d jobs, want 1", len(wf.Jobs))
	}
	for _, job := range wf.Jobs {
		checkSteps(t, job.Steps)
		checkDocumented(t, job.Steps)
	}
}

func checkTriggers(t *testing.T, wf workflow) {
	t.Helper()
	if _, ok := wf.On["workflow_dispatch"]; !ok {
		t.Error("no workflow_dispatch trigger")
	}
	sched, _ := wf.On["schedule"].([]any)
	if len(sched) != 1 {
		t.Fatalf("schedule = %v, want one cron entry", wf.On["schedule"])
	}
	cron, _ := sched[0].(map[string]any)["cron"].(string)
	// minute hour day-of-month month day-of-week: day 1, every month.
	if f := strings.Fields(cron); len(f) != 5 || f[2] != "1" || f[3] != "*" || f[4] != "*" {
		t.Errorf("cron %q, want a time on day 1 of every month", cron)
	}
}

// checkSteps finds each required step and checks their order.
func checkSteps(t *testing.T, steps []workflowStep) {
	t.Helper()
	find := func(what string, match func(workflowStep) bool) int {
		for i, s := range steps {
			if match(s) {
				return i
			}
		}
		t.Errorf("no step that %s", what)
		return -1
	}
	uses := func(action string) func(workflowStep) bool {
		return func(s workflowStep) bool { return strings.HasPrefix(s.Uses, action+"@") }
	}
	runs := func(cmd string) func(workflowStep) bool {
		return func(s workflowStep) bool { return strings.Contains(s.Run, cmd) }
	}
	order := []int{
		find("checks out the repository", uses("actions/checkout")),
		find("sets up Go", uses("actions/setup-go")),
		find("runs make build", runs("make build")),
		find("restores the warehouse", uses("actions/cache/restore")),
		find("runs whyno run", runs("bin/whyno run --config whyno.yaml --json")),
		find("saves the warehouse", uses("actions/cache/save")),
		find("uploads the reports", uses("actions/upload-artifact")),
	}
	for i := 1; i < len(order); i++ {
		if order[i-1] >= 0 && order[i] >= 0 && order[i-1] > order[i] {
			t.Errorf("step %d comes after step %d: want checkout, Go, build, restore, run, save, upload", order[i-1]+1, order[i]+1)
		}
	}
	if i := order[4]; i >= 0 {
		run := steps[i].Run
		for _, want := range []string{`3)`, "::warning", `exit "$status"`} {
			if !strings.Contains(run, want) {
				t.Errorf("the run step lacks %q: exit 3 must warn and 1 or 2 fail the job", want)
			}
		}
	}
	if i := order[6]; i >= 0 {
		if p, _ := steps[i].With["path"].(string); !strings.Contains(p, "reports/") {
			t.Errorf("artifact path %q, want reports/", p)
		}
	}
	restore, save := order[3], order[5]
	if restore >= 0 && save >= 0 && steps[restore].With["key"] != steps[save].With["key"] {
		t.Errorf("restore key %v and save key %v differ", steps[restore].With["key"], steps[save].With["key"])
	}
}

// commandLine matches a shell line that calls make or whyno.
var commandLine = regexp.MustCompile(`(?m)^\s*((?:test -f \S+ \|\| )?(?:make \S+|bin/whyno .*?))\s*(?:[>|#].*)?$`)

// checkDocumented asserts each make and whyno command of the workflow is
// written, word for word, in README.md or docs/scheduling.md.
func checkDocumented(t *testing.T, steps []workflowStep) {
	t.Helper()
	var docs strings.Builder
	for _, f := range []string{"../../README.md", "../../docs/scheduling.md"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs.Write(b)
	}
	n := 0
	for _, s := range steps {
		for _, m := range commandLine.FindAllStringSubmatch(s.Run, -1) {
			cmd := strings.TrimSpace(strings.TrimPrefix(m[1], "test -f whyno.yaml || "))
			n++
			if !strings.Contains(docs.String(), cmd) {
				t.Errorf("step %q runs %q, which README.md and docs/scheduling.md do not show", s.Name, cmd)
			}
		}
	}
	if n < 3 {
		t.Errorf("found %d make/whyno commands in the workflow, want build, init and run", n)
	}
}
