package warehouse

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"strings"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/duckdb/duckdb-go/v2"

	"whyno/pipeline/classify"
)

// LabelFunc classifies a batch of calls: out[i] is the labels of in[i].
// classify.Classifier's ClassifyBatch is one.
type LabelFunc func(in []classify.Input, out []classify.Labels)

// labelChunk is how many calls are read, classified and written at a time:
// large enough to keep both cores busy, small enough to keep memory flat.
const labelChunk = 1 << 17

// labelRun labels the calls loaded by one run.
func labelRun(ctx context.Context, conn *sql.Conn, runID int64, label LabelFunc) error {
	var lo, hi sql.NullInt64
	err := conn.QueryRowContext(ctx, "SELECT min(rowid), max(rowid) FROM calls WHERE run_id = $1", runID).Scan(&lo, &hi)
	if err != nil || !lo.Valid {
		return err
	}
	return labelRange(ctx, conn, lo.Int64, hi.Int64, "run_id = $3", runID, label)
}

// Reclassify replaces every call's labels using label, in one transaction,
// and returns how many calls it labelled.
func (w *Warehouse) Reclassify(ctx context.Context, label LabelFunc) (int64, error) {
	conn, err := w.db.Conn(ctx)
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN TRANSACTION"); err != nil {
		return 0, err
	}
	var lo, hi sql.NullInt64
	var n int64
	err = conn.QueryRowContext(ctx, "SELECT min(rowid), max(rowid), count(*) FROM calls").Scan(&lo, &hi, &n)
	if err == nil {
		_, err = conn.ExecContext(ctx, "DELETE FROM labels")
	}
	if err == nil && lo.Valid {
		err = labelRange(ctx, conn, lo.Int64, hi.Int64, "true", nil, label)
	}
	if err == nil {
		_, err = conn.ExecContext(ctx, "COMMIT")
	}
	if err != nil {
		rollback(conn)
		return 0, fmt.Errorf("reclassify: %w", err)
	}
	return n, nil
}

// labelRange classifies the calls with rowid in [lo, hi] matching filter,
// chunk by chunk. DuckDB work (reading a chunk, writing labels) stays on
// this connection, in order; the classification of one chunk runs in the
// background meanwhile, so the cores are busy with both.
func labelRange(ctx context.Context, conn *sql.Conn, lo, hi int64, filter string, arg any, label LabelFunc) error {
	return conn.Raw(func(dc any) error {
		a, err := duckdb.NewArrowFromConn(dc.(driver.Conn))
		if err != nil {
			return err
		}
		exec := dc.(driver.ExecerContext)
		q := `SELECT call_key, coalesce(note, ''), coalesce(disposition, ''), coalesce(disposition_outcome, ''), called_at
			FROM calls WHERE rowid BETWEEN $1 AND $2 AND ` + filter
		var pending *labelJob
		for from := lo; from <= hi; from += labelChunk {
			if err := ctx.Err(); err != nil {
				return err
			}
			args := []any{from, min(from+labelChunk-1, hi)}
			if arg != nil {
				args = append(args, arg)
			}
			job := &labelJob{done: make(chan struct{})}
			if job.keys, job.in, err = readInputs(ctx, a, q, args, nil, nil); err != nil {
				return err
			}
			job.start(label)
			if err := pending.write(ctx, exec, a); err != nil {
				return err
			}
			pending = job
		}
		return pending.write(ctx, exec, a)
	})
}

// labelJob is one chunk of calls being classified in the background.
type labelJob struct {
	keys []string
	in   []classify.Input
	out  []classify.Labels
	done chan struct{}
}

func (j *labelJob) start(label LabelFunc) {
	j.out = make([]classify.Labels, len(j.in))
	go func() {
		defer close(j.done)
		label(j.in, j.out)
	}()
}

// write waits for the chunk's labels and stores them; a nil job is a no-op.
func (j *labelJob) write(ctx context.Context, exec driver.ExecerContext, a *duckdb.Arrow) error {
	if j == nil {
		return nil
	}
	<-j.done
	if len(j.out) == 0 {
		return nil
	}
	return writeLabels(ctx, exec, a, j.keys, j.out)
}

// stringColumn is what arrow's string arrays (String, LargeString,
// StringView) have in common.
type stringColumn interface {
	Value(i int) string
	IsNull(i int) bool
}

func readInputs(ctx context.Context, a *duckdb.Arrow, q string, args []any, keys []string, in []classify.Input) ([]string, []classify.Input, error) {
	rr, err := a.QueryContext(ctx, q, args...)
	if err != nil {
		return keys, in, err
	}
	defer rr.Release()
	for rr.Next() {
		rec := rr.RecordBatch()
		cols := make([]stringColumn, 4)
		for i := range cols {
			c, ok := rec.Column(i).(stringColumn)
			if !ok {
				return keys, in, fmt.Errorf("labels: column %d is %s, not text", i, rec.Column(i).DataType())
			}
			cols[i] = c
		}
		ts, ok := rec.Column(4).(*array.Timestamp)
		if !ok {
			return keys, in, fmt.Errorf("labels: called_at is %s", rec.Column(4).DataType())
		}
		unit := ts.DataType().(*arrow.TimestampType).Unit
		for i := 0; i < int(rec.NumRows()); i++ {
			var at time.Time
			if !ts.IsNull(i) {
				at = ts.Value(i).ToTime(unit)
			}
			// Arrow's strings alias the batch's buffers, which are freed
			// on Release: copy what outlives the batch.
			keys = append(keys, strings.Clone(cols[0].Value(i)))
			in = append(in, classify.Input{
				Note: strings.Clone(cols[1].Value(i)), Disposition: strings.Clone(cols[2].Value(i)),
				DispositionOutcome: strings.Clone(cols[3].Value(i)), CalledAt: at,
			})
		}
	}
	return keys, in, rr.Err()
}

var labelSchema = arrow.NewSchema([]arrow.Field{
	{Name: "call_key", Type: arrow.BinaryTypes.String},
	{Name: "outcome", Type: arrow.BinaryTypes.String},
	{Name: "reason", Type: arrow.BinaryTypes.String, Nullable: true},
	{Name: "ball", Type: arrow.BinaryTypes.String},
	{Name: "callback_date", Type: arrow.FixedWidthTypes.Date32, Nullable: true},
	{Name: "language", Type: arrow.BinaryTypes.String, Nullable: true},
	{Name: "confidence", Type: arrow.PrimitiveTypes.Float64},
	{Name: "evidence", Type: arrow.BinaryTypes.String, Nullable: true},
}, nil)

// writeLabels appends one chunk of labels through an Arrow view.
// It runs inside sql.Conn.Raw, so it executes on the driver connection.
func writeLabels(ctx context.Context, exec driver.ExecerContext, a *duckdb.Arrow, keys []string, out []classify.Labels) error {
	b := array.NewRecordBuilder(memory.DefaultAllocator, labelSchema)
	defer b.Release()
	str := func(i int) *array.StringBuilder { return b.Field(i).(*array.StringBuilder) }
	opt := func(i int, s string) {
		if s == "" {
			str(i).AppendNull()
		} else {
			str(i).Append(s)
		}
	}
	dates := b.Field(4).(*array.Date32Builder)
	conf := b.Field(6).(*array.Float64Builder)
	for i, l := range out {
		str(0).Append(keys[i])
		str(1).Append(l.Outcome)
		opt(2, l.Reason)
		str(3).Append(l.Ball)
		if l.CallbackDate.IsZero() {
			dates.AppendNull()
		} else {
			dates.Append(arrow.Date32FromTime(l.CallbackDate))
		}
		opt(5, l.Language)
		conf.Append(l.Confidence)
		opt(7, l.Evidence)
	}
	rec := b.NewRecordBatch()
	defer rec.Release()
	rr, err := array.NewRecordReader(labelSchema, []arrow.RecordBatch{rec})
	if err != nil {
		return err
	}
	defer rr.Release()
	release, err := a.RegisterView(rr, "whyno_new_labels")
	if err != nil {
		return err
	}
	defer release()
	_, err = exec.ExecContext(ctx, "INSERT INTO labels SELECT * FROM whyno_new_labels", nil)
	return err
}
