package queries_test

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"whyno/queries"
)

func TestArgs(t *testing.T) {
	march := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		query   string
		params  map[string]string
		want    []any
		wantErr string
	}{
		{
			name: "defaults", query: "reason_evidence",
			want: []any{sql.Named("from", nil), sql.Named("to", nil), sql.Named("rep", nil), sql.Named("team", nil), sql.Named("top", int64(5))},
		},
		{
			name: "typed values", query: "reason_evidence",
			params: map[string]string{"from": "2026-03-01", "rep": "Anna Ø", "top": "3"},
			want:   []any{sql.Named("from", march), sql.Named("to", nil), sql.Named("rep", "Anna Ø"), sql.Named("team", nil), sql.Named("top", int64(3))},
		},
		{
			name: "text is bound as given, never parsed", query: "reasons",
			params: map[string]string{"rep": "x'; DROP TABLE calls; --"},
			want:   []any{sql.Named("from", nil), sql.Named("to", nil), sql.Named("rep", "x'; DROP TABLE calls; --"), sql.Named("team", nil)},
		},
		{
			name: "unknown param", query: "reasons", params: map[string]string{"form": "2026-03-01", "zz": "1"},
			wantErr: `queries/reasons.sql: unknown param "form" (have from, to, rep, team)`,
		},
		{
			name: "missing required", query: "headline", params: map[string]string{"from": "2026-03-01"},
			wantErr: "queries/headline.sql: missing required param to (date)",
		},
		{
			name: "bad date", query: "headline", params: map[string]string{"from": "1/3/2026", "to": "2026-04-01"},
			wantErr: `queries/headline.sql: param from: "1/3/2026" is not a date (want YYYY-MM-DD)`,
		},
		{
			name: "bad int", query: "callback_queue", params: map[string]string{"as_of": "2026-04-30", "horizon": "31d"},
			wantErr: `queries/callback_queue.sql: param horizon: "31d" is not an integer`,
		},
		{
			name: "empty value is not a date", query: "reasons", params: map[string]string{"from": ""},
			wantErr: `queries/reasons.sql: param from: "" is not a date (want YYYY-MM-DD)`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := queries.Get(tt.query)
			if err != nil {
				t.Fatal(err)
			}
			got, err := q.Args(tt.params)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("Args error = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Args: %v", err)
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.IgnoreUnexported(sql.NamedArg{})); diff != "" {
				t.Errorf("Args (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRunErrors(t *testing.T) {
	ctx := context.Background()
	fixture := openFixture(t)
	bare, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = bare.Close() }) // in-memory
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	tests := []struct {
		name    string
		ctx     context.Context
		db      queries.Querier
		query   string
		params  map[string]string
		wantIs  error
		wantMsg string // prefix of the message
		wantIn  string // and a part of it
	}{
		{name: "unknown query", ctx: ctx, db: fixture, query: "nope", wantIs: queries.ErrUnknownQuery, wantMsg: `queries: unknown query "nope"`},
		{name: "unknown param", ctx: ctx, db: fixture, query: "reasons", params: map[string]string{"x": "1"}, wantMsg: `queries/reasons.sql: unknown param "x" (have from, to, rep, team)`},
		{name: "warehouse without views", ctx: ctx, db: bare, query: "reasons", wantMsg: "queries/reasons.sql: ", wantIn: "joined_in_scope"},
		{name: "reversed period", ctx: ctx, db: fixture, query: "headline", params: map[string]string{"from": "2026-04-01", "to": "2026-03-01"}, wantMsg: "queries/headline.sql: ", wantIn: "headline: to must be after from"},
		{name: "cancelled", ctx: cancelled, db: fixture, query: "reasons", wantIs: context.Canceled, wantMsg: "queries/reasons.sql: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := queries.Run(tt.ctx, tt.db, tt.query, tt.params)
			if err == nil {
				t.Fatalf("Run returned %v, want an error", res)
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("error %v is not %v", err, tt.wantIs)
			}
			if got := err.Error(); !strings.HasPrefix(got, tt.wantMsg) || !strings.Contains(got, tt.wantIn) {
				t.Errorf("error %q, want prefix %q and %q in it", got, tt.wantMsg, tt.wantIn)
			}
		})
	}
}

func TestRunValues(t *testing.T) {
	db := openFixture(t)
	res, err := queries.Run(context.Background(), db, "headline", map[string]string{"from": "2026-03-01", "to": "2026-04-01"})
	if err != nil {
		t.Fatal(err)
	}
	// the driver's own types: reports convert from these
	row := res.Rows[0]
	if _, ok := row[0].(string); !ok {
		t.Errorf("period is %T, want string", row[0])
	}
	if _, ok := row[1].(time.Time); !ok {
		t.Errorf("period_start is %T, want time.Time", row[1])
	}
	if _, ok := row[3].(float64); !ok {
		t.Errorf("dials is %T, want float64", row[3])
	}
}
