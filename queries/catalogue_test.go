package queries_test

import (
	"errors"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"whyno/queries"
)

// contractColumns are the queries and output columns the reports package
// relies on (the queries/reports contract). Changing one is a breaking change.
var contractColumns = map[string][]string{
	"headline":                 {"period", "period_start", "period_end", "dials", "reached", "meetings", "connect_rate", "meeting_rate"},
	"monthly_trend":            {"month", "dials", "reached", "meetings", "connect_rate", "meeting_rate"},
	"reasons":                  {"reason", "nos", "share"},
	"reasons_trend":            {"month", "reason", "nos", "month_nos", "share"},
	"reason_evidence":          {"reason", "evidence", "calls"},
	"when_hour_weekday":        {"weekday", "hour", "dials", "reached", "meetings", "connect_rate", "meeting_rate"},
	"success_by_week":          {"week", "dials", "reached", "meetings", "connect_rate", "meeting_rate"},
	"success_by_month_of_year": {"month", "calls", "meetings", "rate"},
	"success_by_weekday":       {"weekday", "calls", "meetings", "rate"},
	"success_by_attempt":       {"attempt", "calls", "meetings", "rate"},
	"touches_to_outcome":       {"touches", "companies_reached", "companies_meeting"},
	"timing_followup":          {"timing_nos", "with_callback_date", "called_again_by_date", "called_again_later", "later_meeting", "median_days_to_meeting"},
	"callback_queue":           {"rep", "company", "contact", "phone", "last_called_at", "callback_date", "status", "days", "evidence", "note"},
	"ball_by_rep":              {"rep", "calls", "ours", "theirs", "none", "ours_share", "theirs_share", "none_share"},
	"theirs_not_followed":      {"rep", "company", "called_at", "direction", "note"},
	"ball_by_direction":        {"direction", "calls", "ours", "theirs", "none"},
	"rep_activity":             {"rep", "team", "working_days", "days_with_calls", "days_without_calls", "calls", "calls_per_day", "reached", "meetings", "nos", "nos_per_meeting"},
	"rep_reasons":              {"rep", "reason", "nos", "rep_nos", "share"},
	"data_quality":             {"metric", "value"},
}

// contractParams are the params each query must declare, beyond the
// period params from, to, rep and team that all but callback_queue take.
var contractParams = map[string][]string{
	"reason_evidence":     {"top"},
	"timing_followup":     {"as_of"},
	"callback_queue":      {"as_of", "horizon"},
	"theirs_not_followed": {"grace"},
}

func TestCatalogueMatchesContract(t *testing.T) {
	all := queries.All()
	var names []string
	for _, q := range all {
		names = append(names, q.Name)
		want, ok := contractColumns[q.Name]
		if !ok {
			t.Errorf("query %s is not in the contract", q.Name)
			continue
		}
		if diff := cmp.Diff(want, q.Columns); diff != "" {
			t.Errorf("%s columns (-want +got):\n%s", q.Name, diff)
		}
		for _, p := range wantParams(q.Name) {
			if !slices.ContainsFunc(q.Params, func(qp queries.Param) bool { return qp.Name == p }) {
				t.Errorf("%s: missing param %s", q.Name, p)
			}
		}
	}
	if !slices.IsSorted(names) {
		t.Errorf("All() not sorted by name: %v", names)
	}
	if len(all) != len(contractColumns) {
		t.Errorf("got %d queries, want %d", len(all), len(contractColumns))
	}
}

// wantParams lists the params the contract requires of a query.
func wantParams(name string) []string {
	if name == "callback_queue" {
		return []string{"as_of", "horizon", "rep", "team"}
	}
	return append([]string{"from", "to", "rep", "team"}, contractParams[name]...)
}

// sqlParam finds $name parameters in SQL text.
var sqlParam = regexp.MustCompile(`\$([a-z_][a-z0-9_]*)`)

// TestParamsMatchSQL checks that every declared param is used in the SQL and
// every $param in the SQL is declared: the driver binds an undeclared name by
// position, which would silently bind the wrong value.
func TestParamsMatchSQL(t *testing.T) {
	for _, q := range queries.All() {
		t.Run(q.Name, func(t *testing.T) {
			used := map[string]bool{}
			for _, m := range sqlParam.FindAllStringSubmatch(stripComments(q.SQL), -1) {
				used[m[1]] = true
			}
			for _, p := range q.Params {
				if !used[p.Name] {
					t.Errorf("param %s declared but not used", p.Name)
				}
				delete(used, p.Name)
			}
			for name := range used {
				t.Errorf("$%s used but not declared", name)
			}
		})
	}
}

func TestEveryQueryIsOrdered(t *testing.T) {
	for _, q := range queries.All() {
		if !strings.Contains(stripComments(q.SQL), "ORDER BY") {
			t.Errorf("%s has no ORDER BY", q.Name)
		}
	}
}

// stripComments removes -- comments, line by line (no query has "--" in a string).
func stripComments(sql string) string {
	var b strings.Builder
	for line := range strings.Lines(sql) {
		if i := strings.Index(line, "--"); i >= 0 {
			line = line[:i] + "\n"
		}
		b.WriteString(line)
	}
	return b.String()
}

func TestGet(t *testing.T) {
	tests := []struct {
		name    string
		query   string
		want    string
		wantErr error
	}{
		{name: "known", query: "headline", want: "headline"},
		{name: "unknown", query: "nope", wantErr: queries.ErrUnknownQuery},
		{name: "views is not a query", query: "views", wantErr: queries.ErrUnknownQuery},
		{name: "file name is not a query name", query: "headline.sql", wantErr: queries.ErrUnknownQuery},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := queries.Get(tt.query)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Get(%q) error = %v, want %v", tt.query, err, tt.wantErr)
			}
			if q.Name != tt.want {
				t.Errorf("Get(%q).Name = %q, want %q", tt.query, q.Name, tt.want)
			}
		})
	}
}

func TestGetUnknownMessage(t *testing.T) {
	_, err := queries.Get("nope")
	if got, want := err.Error(), `queries: unknown query "nope"`; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestAllReturnsCopies(t *testing.T) {
	a := queries.All()
	a[0].Columns[0] = "changed"
	a[0].Params = nil
	b := queries.All()
	if b[0].Columns[0] == "changed" {
		t.Error("All() shares its Columns slice with the catalogue")
	}
}
