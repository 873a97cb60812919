package warehouse

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
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

// Chunks are how many calls are read, classified and written at a time:
// large enough to keep both cores busy, small enough to keep memory flat.
// An ingest keeps DuckDB's stage in memory too, so it uses smaller chunks
// (a 10M-row ingest peaks at ~810 MiB, docs/benchmarks.md).
const (
	ingestChunk     = 1 << 16
	reclassifyChunk = 1 << 17
)

// labelRun labels the calls loaded by one run.
func labelRun(ctx context.Context, conn *sql.Conn, runID int64, label LabelFunc) error {
	var lo, hi sql.NullInt64
	err := conn.QueryRowContext(ctx, "SELECT min(rowid), max(rowid) FROM calls WHERE run_id = $1", runID).Scan(&lo, &hi)
	if err != nil || !lo.Valid {
		return err
	}
	return labelRange(ctx, conn, lo.Int64, hi.Int64, "run_id = $3", runID, label, "labels", ingestChunk)
}

// Reclassify replaces every call's labels using label, in one transaction,
// and returns how many calls it labelled.
func (w *Warehouse) Reclassify(ctx context.Context, label LabelFunc) (n int64, err error) {
	conn, err := w.db.Conn(ctx)
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	// New labels go to a temporary table first, outside any transaction:
	// rows written inside one live in transaction-local storage, which
	// DuckDB writes and reads on one thread. The swap is one transaction.
	defer func() {
		_, derr := conn.ExecContext(context.WithoutCancel(ctx), "DROP TABLE IF EXISTS temp.whyno_new_labels; RESET preserve_insertion_order")
		if err == nil {
			err = derr
		}
	}()
	var lo, hi sql.NullInt64
	err = conn.QueryRowContext(ctx, "SELECT min(rowid), max(rowid), count(*) FROM calls").Scan(&lo, &hi, &n)
	if err == nil {
		// Labels are keyed by call, not ordered: let DuckDB write in parallel.
		_, err = conn.ExecContext(ctx, `SET preserve_insertion_order = false;
			CREATE OR REPLACE TEMP TABLE whyno_new_labels AS SELECT * FROM labels LIMIT 0`)
	}
	if err == nil && lo.Valid {
		err = labelRange(ctx, conn, lo.Int64, hi.Int64, "true", nil, label, "whyno_new_labels", reclassifyChunk)
	}
	if err == nil {
		_, err = conn.ExecContext(ctx, "BEGIN TRANSACTION")
	}
	if err == nil {
		_, err = conn.ExecContext(ctx, "DELETE FROM labels; INSERT INTO labels SELECT * FROM whyno_new_labels; COMMIT")
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
func labelRange(ctx context.Context, conn *sql.Conn, lo, hi int64, filter string, arg any, label LabelFunc, target string, chunk int64) error {
	return conn.Raw(func(dc any) error {
		a, err := duckdb.NewArrowFromConn(dc.(driver.Conn))
		if err != nil {
			return err
		}
		exec := dc.(driver.ExecerContext)
		q := `SELECT call_key, coalesce(note, ''), coalesce(disposition, ''), coalesce(disposition_outcome, ''), called_at
			FROM calls WHERE rowid BETWEEN $1 AND $2 AND ` + filter
		var pending *labelJob
		for from := lo; from <= hi; from += chunk {
			if err := ctx.Err(); err != nil {
				return err
			}
			args := []any{from, min(from+chunk-1, hi)}
			if arg != nil {
				args = append(args, arg)
			}
			job := &labelJob{done: make(chan struct{}), target: target}
			if job.recs, job.keys, job.in, err = readInputs(ctx, a, q, args); err != nil {
				job.release()
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

// labelJob is one chunk of calls being classified in the background. Its
// keys and inputs alias the Arrow batches they were read from, which it
// holds until its labels are written.
type labelJob struct {
	recs   []arrow.RecordBatch
	keys   []string
	in     []classify.Input
	out    []classify.Labels
	done   chan struct{}
	target string
}

func (j *labelJob) release() {
	for _, r := range j.recs {
		r.Release()
	}
	j.recs = nil
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
	defer j.release()
	if len(j.out) == 0 {
		return nil
	}
	return writeLabels(ctx, exec, a, j.target, j.keys, j.out)
}

// stringColumn is what arrow's string arrays (String, LargeString,
// StringView) have in common.
type stringColumn interface {
	Value(i int) string
	IsNull(i int) bool
}

// readInputs reads one chunk of calls. The strings alias the returned
// batches (no copies): the caller releases them when done with the inputs.
func readInputs(ctx context.Context, a *duckdb.Arrow, q string, args []any) ([]arrow.RecordBatch, []string, []classify.Input, error) {
	rr, err := a.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, nil, nil, err
	}
	defer rr.Release()
	var recs []arrow.RecordBatch
	var keys []string
	var in []classify.Input
	for rr.Next() {
		rec := rr.RecordBatch()
		rec.Retain()
		recs = append(recs, rec)
		cols := make([]stringColumn, 4)
		for i := range cols {
			c, ok := rec.Column(i).(stringColumn)
			if !ok {
				return recs, nil, nil, fmt.Errorf("labels: column %d is %s, not text", i, rec.Column(i).DataType())
			}
			cols[i] = c
		}
		ts, ok := rec.Column(4).(*array.Timestamp)
		if !ok {
			return recs, nil, nil, fmt.Errorf("labels: called_at is %s", rec.Column(4).DataType())
		}
		unit := ts.DataType().(*arrow.TimestampType).Unit
		for i := 0; i < int(rec.NumRows()); i++ {
			var at time.Time
			if !ts.IsNull(i) {
				at = ts.Value(i).ToTime(unit)
			}
			keys = append(keys, cols[0].Value(i))
			in = append(in, classify.Input{
				Note: cols[1].Value(i), Disposition: cols[2].Value(i),
				DispositionOutcome: cols[3].Value(i), CalledAt: at,
			})
		}
	}
	return recs, keys, in, rr.Err()
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
func writeLabels(ctx context.Context, exec driver.ExecerContext, a *duckdb.Arrow, target string, keys []string, out []classify.Labels) error {
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
	release, err := a.RegisterView(rr, "whyno_label_batch")
	if err != nil {
		return err
	}
	defer release()
	_, err = exec.ExecContext(ctx, "INSERT INTO "+target+" SELECT * FROM whyno_label_batch", nil)
	return err
}
