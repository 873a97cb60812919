package reports

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"whyno/queries"
)

// Build runs the named queries for opts and returns the report model.
// When db can hand out a connection (*sql.DB) or run statements itself
// (*sql.Conn, *sql.Tx), the queries run on one connection over a snapshot
// of the labelled calls (queries.Snapshot), so the labels join and the
// per-company ordering are computed once per report, not once per query.
func Build(ctx context.Context, db queries.Querier, opts Options) (m *Model, err error) {
	o, err := opts.normalize()
	if err != nil {
		return nil, err
	}
	q, done, err := snapshot(ctx, db)
	if err != nil {
		return nil, err
	}
	defer func() {
		if doneErr := done(); doneErr != nil && err == nil {
			m, err = nil, doneErr
		}
	}()
	b := &builder{ctx: ctx, db: q, o: o, m: &Model{
		Title: o.Title, Lang: o.Lang, From: o.From, To: o.To,
		TrendFrom: o.trendFrom(), AsOf: o.AsOf, Rep: o.Rep, Team: o.Team,
	}}
	if b.m.Title == "" {
		b.m.Title = textsFor(o.Lang).Title
	}
	steps := []func() error{
		b.headline, b.trend, b.reasons, b.reasonTrend, b.evidence,
		b.heatmap, b.weeks, b.seasonality, b.touches,
		b.followUp, b.callbacks, b.ball, b.theirs,
		b.reps, b.repReasons, b.quality, b.changes,
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
	}
	return b.m, nil
}

// connector is what *sql.DB offers: a dedicated connection.
type connector interface {
	Conn(ctx context.Context) (*sql.Conn, error)
}

// snapshot returns the Querier to run the report's queries on, over a
// snapshot where db allows one, and a function that releases it.
func snapshot(ctx context.Context, db queries.Querier) (queries.Querier, func() error, error) {
	switch x := db.(type) {
	case connector:
		conn, err := x.Conn(ctx)
		if err != nil {
			return nil, nil, fmt.Errorf("build report: %w", err)
		}
		if err := queries.Snapshot(ctx, conn); err != nil {
			conn.Close()
			return nil, nil, fmt.Errorf("build report: %w", err)
		}
		// Closing the connection returns it to the pool with its temporary
		// tables, so drop them first.
		return conn, func() error { return errors.Join(queries.Release(context.WithoutCancel(ctx), conn), conn.Close()) }, nil
	case queries.Execer:
		if err := queries.Snapshot(ctx, x); err != nil {
			return nil, nil, fmt.Errorf("build report: %w", err)
		}
		return db, func() error { return queries.Release(context.WithoutCancel(ctx), x) }, nil
	}
	return db, func() error { return nil }, nil
}

// builder carries one Build's inputs; it lives for one call only.
type builder struct {
	ctx context.Context
	db  queries.Querier
	o   Options
	m   *Model
	// prevReasons are the previous period's reasons, for Changes.
	prevReasons []Reason
}

// run runs one named query and wraps its result for reading.
func (b *builder) run(name string, params map[string]string) (*table, error) {
	res, err := queries.Run(b.ctx, b.db, name, params)
	if err != nil {
		return nil, fmt.Errorf("build report: %w", err)
	}
	return newTable(name, res), nil
}

// period runs a query over the report period.
func (b *builder) period(name string) (*table, error) {
	return b.run(name, b.o.params(b.o.From, b.o.To))
}

// window runs a query over the trend window (the last twelve months).
func (b *builder) window(name string) (*table, error) {
	return b.run(name, b.o.params(b.m.TrendFrom, b.o.To))
}

// with returns params plus one more key.
func with(params map[string]string, key, value string) map[string]string {
	params[key] = value
	return params
}

// funnelAt reads the dials/reached/meetings columns of one row.
func funnelAt(t *table, row int) Funnel {
	return newFunnel(t.Int(row, "dials"), t.Int(row, "reached"), t.Int(row, "meetings"))
}

// previousPeriod is the period before the report's, as the headline query
// defines it, falling back to the same length just before From.
func (b *builder) previousPeriod() (from, to time.Time) {
	p := b.m.Headline.Previous
	if !p.Start.IsZero() && p.End.After(p.Start) {
		return p.Start, p.End
	}
	days := int(b.o.To.Sub(b.o.From).Hours() / 24)
	return b.o.From.AddDate(0, 0, -days), b.o.From
}
