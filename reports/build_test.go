package reports

import (
	"context"
	"database/sql"
	"errors"
	"math"
	"slices"
	"sync"
	"testing"
	"time"
)

// fixtureModels caches one Build per language: the fixture warehouse is
// read-only, so tests share it.
var fixtureModels = struct {
	sync.Mutex
	db *sql.DB
	m  map[string]*Model
}{m: map[string]*Model{}}

// fixtureModel builds (once) the March 2026 report of the fixture.
func fixtureModel(t *testing.T, lang string) *Model {
	t.Helper()
	fixtureModels.Lock()
	defer fixtureModels.Unlock()
	if m, ok := fixtureModels.m[lang]; ok {
		return m
	}
	if fixtureModels.db == nil {
		fixtureModels.db = openFixtureShared(t, fixtureCalls)
	}
	m, err := Build(context.Background(), fixtureModels.db, fixtureOptions(lang))
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	fixtureModels.m[lang] = m
	return m
}

// count runs a scalar count on the fixture.
func count(t *testing.T, db *sql.DB, q string, args ...any) int64 {
	t.Helper()
	var n int64
	if err := db.QueryRowContext(context.Background(), q, args...).Scan(&n); err != nil {
		t.Fatalf("count %q: %v", q, err)
	}
	return n
}

func TestBuildHeadlineMatchesDirectCounts(t *testing.T) {
	m := fixtureModel(t, "da")
	db := fixtureModels.db
	const march = `FROM calls JOIN labels USING (call_key) WHERE called_at >= DATE '2026-03-01' AND called_at < DATE '2026-04-01'`
	dials := count(t, db, `SELECT count(*) `+march)
	reached := count(t, db, `SELECT count(*) `+march+` AND outcome IN ('meeting', 'interested', 'no')`)
	meetings := count(t, db, `SELECT count(*) `+march+` AND outcome = 'meeting'`)
	c := m.Headline.Current
	if c.Dials != dials || c.Reached != reached || c.Meetings != meetings {
		t.Errorf("current = %d/%d/%d dials/reached/meetings, want %d/%d/%d", c.Dials, c.Reached, c.Meetings, dials, reached, meetings)
	}
	if want := NewRate(meetings, reached); c.Meeting != want {
		t.Errorf("meeting rate = %+v, want %+v", c.Meeting, want)
	}
	if !m.Headline.Previous.Start.Equal(date(2026, 2, 1)) {
		t.Errorf("previous starts %v, want 2026-02-01", m.Headline.Previous.Start)
	}
}

func TestBuildReasonsAndRanks(t *testing.T) {
	m := fixtureModel(t, "da")
	var sum int64
	for i, r := range m.Reasons {
		sum += r.Share.Num
		if i > 0 && r.Share.Num > m.Reasons[i-1].Share.Num {
			t.Errorf("reasons not sorted by count: %s (%d) after %s (%d)", r.Reason, r.Share.Num, m.Reasons[i-1].Reason, m.Reasons[i-1].Share.Num)
		}
	}
	if len(m.Reasons) == 0 || sum != m.Reasons[0].Share.Den {
		t.Fatalf("reason counts sum to %d, want the denominator %v", sum, m.Reasons)
	}
	if m.NotNow.Den != sum || !m.NotNow.Valid {
		t.Errorf("not-now share %+v, want a share of %d no's", m.NotNow, sum)
	}
	for _, r := range m.Reps {
		if r.Rank > 0 && r.Meeting.Den < SmallSample {
			t.Errorf("rep %s ranked %d on %d conversations", r.Rep, r.Rank, r.Meeting.Den)
		}
		if r.Rank == 0 && r.Meeting.Den >= SmallSample {
			t.Errorf("rep %s with %d conversations not ranked", r.Rep, r.Meeting.Den)
		}
	}
}

func TestBuildQueueAndChanges(t *testing.T) {
	m := fixtureModel(t, "da")
	if len(m.Callbacks) == 0 {
		t.Fatal("no callbacks in the fixture's queue")
	}
	horizon := m.AsOf.AddDate(0, 0, 31)
	for _, c := range m.Callbacks {
		if !c.Date.Before(horizon) {
			t.Errorf("callback %s on %v is beyond the 31-day horizon", c.Company, c.Date)
		}
		if c.Overdue != c.Date.Before(m.AsOf) {
			t.Errorf("callback %s on %v: overdue = %v", c.Company, c.Date, c.Overdue)
		}
	}
	if len(m.Changes) == 0 {
		t.Fatal("no changes against February")
	}
	if !slices.IsSortedFunc(m.Changes, func(a, b Change) int {
		return -cmpFloat(math.Abs(a.Score), math.Abs(b.Score))
	}) {
		t.Errorf("changes not sorted by |score|: %+v", m.Changes)
	}
	if n := len(m.Ball); n == 0 || m.Ball[n-1].Rep != "" {
		t.Errorf("ball table has no total row: %+v", m.Ball)
	}
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func TestBuildOptions(t *testing.T) {
	db := openFixtureShared(t, fixtureCalls)
	asOf := date(2026, 4, 15)
	tests := []struct {
		name     string
		opts     Options
		wantFrom time.Time
		wantTo   time.Time
		wantErr  error
	}{
		{name: "default is the month before as-of", opts: Options{AsOf: asOf}, wantFrom: date(2026, 3, 1), wantTo: date(2026, 4, 1)},
		{name: "explicit period", opts: Options{AsOf: asOf, From: date(2026, 1, 5), To: date(2026, 1, 19)}, wantFrom: date(2026, 1, 5), wantTo: date(2026, 1, 19)},
		{name: "missing as-of", opts: Options{From: date(2026, 1, 1), To: date(2026, 2, 1)}, wantErr: ErrNoAsOf},
		{name: "unknown language", opts: Options{AsOf: asOf, Lang: "sv"}, wantErr: errAny},
		{name: "empty period", opts: Options{AsOf: asOf, From: date(2026, 2, 1), To: date(2026, 2, 1)}, wantErr: errAny},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Build(context.Background(), db, tt.opts)
			if tt.wantErr != nil {
				if err == nil || (tt.wantErr != errAny && !errors.Is(err, tt.wantErr)) {
					t.Fatalf("Build error = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Build: %v", err)
			}
			if !m.From.Equal(tt.wantFrom) || !m.To.Equal(tt.wantTo) {
				t.Errorf("period %v..%v, want %v..%v", m.From, m.To, tt.wantFrom, tt.wantTo)
			}
		})
	}
}

// errAny marks a table case that wants some error, whatever it is.
var errAny = errors.New("any error")

func TestBuildRepFilter(t *testing.T) {
	db := openFixtureShared(t, fixtureCalls)
	opts := fixtureOptions("en")
	opts.Rep = "Bo Ågård"
	m, err := Build(context.Background(), db, opts)
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	if len(m.Reps) != 1 || m.Reps[0].Rep != opts.Rep {
		t.Errorf("reps = %+v, want only %s", m.Reps, opts.Rep)
	}
	for _, c := range m.Callbacks {
		if c.Rep != opts.Rep {
			t.Errorf("callback of %s in a report for %s", c.Rep, opts.Rep)
		}
	}
}

func TestBuildQueryError(t *testing.T) {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_, err = Build(context.Background(), db, fixtureOptions("da"))
	if err == nil {
		t.Fatal("Build on an empty database succeeded, want an error naming the query file")
	}
	if want := "queries/"; !contains(err.Error(), want) {
		t.Errorf("error %q does not name %s", err, want)
	}
}
