package queries_test

import (
	"context"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"whyno/queries"
)

// TestHandChecked runs queries on the fixture and compares a few columns with
// numbers counted by hand from testdata/fixture.sql (the comments say how).
func TestHandChecked(t *testing.T) {
	march := map[string]string{"from": "2026-03-01", "to": "2026-04-01"}
	tests := []struct {
		name   string
		query  string
		params map[string]string
		cols   []string
		want   [][]string
	}{
		{
			// March: c13-c35 and c37 (24 calls); not reached c13 c19 c24 c32 c37;
			// meetings c16 c25 c28. February: c01-c11; meetings c06 c10.
			name: "headline of March", query: "headline", params: march,
			cols: []string{"period", "period_start", "period_end", "dials", "reached", "meetings"},
			want: [][]string{
				{"current", "2026-03-01", "2026-04-01", "24.000000", "19.000000", "3.000000"},
				{"previous", "2026-02-01", "2026-03-01", "11.000000", "8.000000", "2.000000"},
				{"trailing3", "2025-12-01", "2026-03-01", "3.666667", "2.666667", "0.666667"},
			},
		},
		{
			// a week: c20 c21 c22 c23 c24 c37; the week before: c13-c19; the three
			// months before: all of February (11, 8, 2) and c13-c19 (7, 5, 1)
			name: "headline of a week compares with the week before", query: "headline",
			params: map[string]string{"from": "2026-03-09", "to": "2026-03-16"},
			cols:   []string{"period", "period_start", "period_end", "dials", "reached", "meetings"},
			want: [][]string{
				{"current", "2026-03-09", "2026-03-16", "6.000000", "4.000000", "0.000000"},
				{"previous", "2026-03-02", "2026-03-09", "7.000000", "5.000000", "1.000000"},
				{"trailing3", "2025-12-09", "2026-03-09", "6.000000", "4.333333", "1.000000"},
			},
		},
		{
			// anna in March: c13 c14 c16 c18 c23 c24 c25 c30 c31 c37; meetings c16 c25;
			// in February c01 c02 c05 c11 (c12 has no date)
			name: "headline of one rep", query: "headline",
			params: map[string]string{"from": "2026-03-01", "to": "2026-04-01", "rep": "anna"},
			cols:   []string{"period", "dials", "reached", "meetings", "meeting_rate"},
			want: [][]string{
				{"current", "10.000000", "7.000000", "2.000000", "0.285714"},
				{"previous", "4.000000", "2.000000", "0.000000", "0.000000"},
				{"trailing3", "1.333333", "0.666667", "0.000000", "0.000000"},
			},
		},
		{
			// team syd is carl: c17 c19 c22 c27 c28 c33 c35 in March
			name: "headline of one team", query: "headline",
			params: map[string]string{"from": "2026-03-01", "to": "2026-04-01", "team": "syd"},
			cols:   []string{"period", "dials", "reached", "meetings"},
			want: [][]string{
				{"current", "7.000000", "6.000000", "1.000000"},
				{"previous", "3.000000", "3.000000", "1.000000"},
				{"trailing3", "1.000000", "1.000000", "0.333333"},
			},
		},
		{
			// no calls at all: rates are NULL, not 0 and not NaN
			name: "headline of an empty period", query: "headline",
			params: map[string]string{"from": "2025-01-01", "to": "2025-02-01"},
			cols:   []string{"period", "dials", "connect_rate", "meeting_rate"},
			want: [][]string{
				{"current", "0.000000", "NULL", "NULL"},
				{"previous", "0.000000", "NULL", "NULL"},
				{"trailing3", "0.000000", "NULL", "NULL"},
			},
		},
		{
			// March has 22 weekdays; anna called on 2 3 5 11 12 14(Sat) 16 23 24 March
			name: "rep activity of anna in March", query: "rep_activity",
			params: map[string]string{"from": "2026-03-01", "to": "2026-04-01", "rep": "anna"},
			cols:   []string{"rep", "team", "working_days", "days_with_calls", "days_without_calls", "calls", "calls_per_day", "nos_per_meeting"},
			want:   [][]string{{"anna", "nord", "22", "9", "14", "10", "1.111111", "2.000000"}},
		},
		{
			// the partial-time March row (c36) counts by month, not in a dated period
			name: "month of year counts partial-time rows", query: "success_by_month_of_year",
			cols: []string{"month", "calls", "meetings"},
			want: [][]string{{"2", "12", "2"}, {"3", "25", "3"}, {"4", "18", "3"}},
		},
		{
			name: "month of year within a period leaves partial rows out", query: "success_by_month_of_year",
			params: march,
			cols:   []string{"month", "calls", "meetings"},
			want:   [][]string{{"3", "24", "3"}},
		},
		{
			// Alfa by date; Beta and Uniform late; meetings after 34, 55, 36 days
			name: "timing follow-up", query: "timing_followup",
			cols: []string{"timing_nos", "with_callback_date", "called_again_by_date", "called_again_later", "later_meeting", "median_days_to_meeting"},
			want: [][]string{{"8", "7", "1", "2", "3", "36.000000"}},
		},
		{
			// as of 20/4 the calls of 22/4 and later are unknown: Uniform not yet
			// called again, Beta and Uniform not yet met
			name: "timing follow-up as of an earlier day", query: "timing_followup",
			params: map[string]string{"as_of": "2026-04-20"},
			cols:   []string{"timing_nos", "with_callback_date", "called_again_by_date", "called_again_later", "later_meeting", "median_days_to_meeting"},
			want:   [][]string{{"6", "6", "1", "1", "1", "34.000000"}},
		},
		{
			name: "callback queue, overdue only", query: "callback_queue",
			params: map[string]string{"as_of": "2026-04-30", "horizon": "0"},
			cols:   []string{"rep", "company", "callback_date", "status", "days"},
			want: [][]string{
				{"anna", "Oscar Olie", "2026-04-29", "overdue", "-1"},
				{"carl", "Delta Data", "2026-03-02", "overdue", "-59"},
			},
		},
		{
			// as of 1/3 Alfa (callback 16/3) and Delta (2/3) are due; Golf's
			// 25/2 was met by a call on 25/2
			name: "callback queue as of an earlier day", query: "callback_queue",
			params: map[string]string{"as_of": "2026-03-01", "team": "syd"},
			cols:   []string{"rep", "company", "callback_date", "status", "days"},
			want:   [][]string{{"carl", "Delta Data", "2026-03-02", "due", "1"}},
		},
		{
			// November Net was called after 28 days: followed within 30
			name: "theirs not followed, longer grace", query: "theirs_not_followed",
			params: map[string]string{"grace": "30"},
			cols:   []string{"rep", "company", "called_at"},
			want: [][]string{
				{"anna", "Epsilon El", "2026-03-05 13:30:00"},
				{"anna", "Whiskey Web", "2026-04-30 09:00:00"},
				{"carl", "Whiskey Web", "2026-03-26 16:30:00"},
			},
		},
		{
			name: "top evidence per reason", query: "reason_evidence",
			params: map[string]string{"top": "1"},
			cols:   []string{"reason", "evidence", "calls"},
			want: [][]string{
				{"busy", "ring senere", "1"},
				{"existing_supplier", "har fast leverandør", "3"},
				{"no_budget", "ingen budget", "2"},
				{"no_cold_calls", "vil ikke ringes op", "1"},
				{"no_need", "ikke relevant", "1"},
				{"not_decision_maker", "ikke mig der bestemmer", "1"},
				{"not_interested", "ikke interesseret", "4"},
				{"send_info", "send en mail", "1"},
				{"timing", "efter påske", "1"},
			},
		},
	}
	db := openFixture(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := queries.Run(context.Background(), db, tt.query, tt.params)
			if err != nil {
				t.Fatalf("run: %v", err)
			}
			if diff := cmp.Diff(tt.want, pick(t, res, tt.cols)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.query, diff)
			}
		})
	}
}

// pick renders the named columns of every row with the golden cell format.
func pick(t *testing.T, res *queries.Result, cols []string) [][]string {
	t.Helper()
	idx := make([]int, len(cols))
	for i, c := range cols {
		idx[i] = slices.Index(res.Columns, c)
		if idx[i] < 0 {
			t.Fatalf("no column %q in %v", c, res.Columns)
		}
	}
	var out [][]string
	for _, row := range res.Rows {
		rec := make([]string, len(idx))
		for i, j := range idx {
			rec[i] = cell(row[j])
		}
		out = append(out, rec)
	}
	return out
}

// TestCallbackQueueSkipsMeetings: a booked meeting's date is the meeting's,
// not a callback a rep owes, so it never shows in the queue (overdue for
// months once the meeting is held and nobody calls).
func TestCallbackQueueSkipsMeetings(t *testing.T) {
	db := openFixture(t)
	for _, q := range []string{
		`INSERT INTO call_rows (call_key, source_row, run_id, called_at, call_month, call_weekday, rep, company, phone)
		 VALUES ('m01', 2, 99, '2026-04-02 10:00', 4, 4, 'anna', 'Meeting Maskiner', '+4519000001')`,
		`INSERT INTO labels (call_key, outcome, ball, callback_date, confidence, evidence)
		 VALUES ('m01', 'meeting', 'ours', '2026-04-09', 0.9, 'møde booket')`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	res, err := queries.Run(context.Background(), db, "callback_queue", map[string]string{"as_of": "2026-04-30"})
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range pick(t, res, []string{"company"}) {
		if row[0] == "Meeting Maskiner" {
			t.Errorf("the queue lists a booked meeting as a callback: %v", row)
		}
	}
}
