package warehouse

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"slices"
	"sync"
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
// large enough to keep both cores busy, small enough to keep memory flat
// (a 10M-row ingest peaks at ~850 MiB, docs/benchmarks.md). A reclassify
// runs three chunks at once (read, classified, written): at 32k calls it
// faults in a third less memory than at 128k and is faster for it. They
// are variables so that tests can cross chunk boundaries with a few calls.
var (
	ingestChunk     int64 = 1 << 16
	reclassifyChunk int64 = 1 << 15
)

// labelRun labels the calls loaded by one run.
func labelRun(ctx context.Context, conn *sql.Conn, runID int64, label LabelFunc) error {
	var lo, hi sql.NullInt64
	err := conn.QueryRowContext(ctx, "SELECT min(rowid), max(rowid) FROM call_rows WHERE run_id = $1", runID).Scan(&lo, &hi)
	if err != nil || !lo.Valid {
		return err
	}
	return labelRange(ctx, conn, lo.Int64, hi.Int64, "run_id = $3", runID, label, ingestChunk)
}

// Reclassify replaces every call's labels using label, in one transaction,
// and returns how many calls it labelled.
//
// One connection reads the calls chunk by chunk; each chunk is classified
// in the background; the other connection streams the labels, as they come,
// into one INSERT inside the transaction. So DuckDB reads, Go classifies
// and DuckDB writes at the same time, and the labels are written once.
func (w *Warehouse) Reclassify(ctx context.Context, label LabelFunc) (n int64, err error) {
	read, err := w.db.Conn(ctx)
	if err != nil {
		return 0, err
	}
	defer read.Close()
	write, err := w.db.Conn(ctx)
	if err != nil {
		return 0, err
	}
	defer write.Close()
	// The reads share one snapshot, so the count and the chunks agree.
	if _, err := read.ExecContext(ctx, "BEGIN TRANSACTION"); err != nil {
		return 0, fmt.Errorf("reclassify: %w", err)
	}
	defer rollback(read)
	var lo, hi sql.NullInt64
	if err := read.QueryRowContext(ctx, "SELECT min(rowid), max(rowid), count(*) FROM call_rows").Scan(&lo, &hi, &n); err != nil {
		return 0, fmt.Errorf("reclassify: %w", err)
	}
	// Labels are keyed by call, not ordered: DuckDB may write them in
	// parallel, and the checkpoint at close stays cheap (~35 ms, not ~0.5 s).
	defer resetOrder(write)
	if _, err := write.ExecContext(ctx, "SET preserve_insertion_order = false; BEGIN TRANSACTION; DELETE FROM labels"); err != nil {
		rollback(write)
		return 0, fmt.Errorf("reclassify: %w", err)
	}
	if lo.Valid {
		err = streamLabels(ctx, read, write, lo.Int64, hi.Int64, n, label)
	}
	if err == nil {
		_, err = write.ExecContext(ctx, "COMMIT")
	}
	if err != nil {
		rollback(write)
		return 0, fmt.Errorf("reclassify: %w", err)
	}
	return n, nil
}

// resetOrder gives a pooled connection back with DuckDB's default of
// keeping insertion order.
func resetOrder(conn *sql.Conn) {
	_, _ = conn.ExecContext(context.Background(), "RESET preserve_insertion_order")
}

// streamLabels labels every call with rowid in [lo, hi], n calls: it reads
// them on read and inserts their labels into the labels table on write.
func streamLabels(ctx context.Context, read, write *sql.Conn, lo, hi, n int64, label LabelFunc) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan *labelJob, 1)
	pool := newJobPool()
	stream := &labelStream{jobs: jobs, refs: 1}
	go func() {
		defer close(jobs)
		stream.err = read.Raw(func(dc any) error {
			a, err := duckdb.NewArrowFromConn(dc.(driver.Conn))
			if err != nil {
				return err
			}
			for from := lo; from <= hi; from += reclassifyChunk {
				job, err := readJob(ctx, a, pool, from, min(from+reclassifyChunk-1, hi), "true", nil)
				if err != nil {
					return err
				}
				job.start(label)
				select {
				case jobs <- job:
				case <-ctx.Done():
					<-job.done
					job.release()
					return ctx.Err()
				}
			}
			return nil
		})
	}()
	err := write.Raw(func(dc any) error {
		a, err := duckdb.NewArrowFromConn(dc.(driver.Conn))
		if err != nil {
			return err
		}
		return execOverArrow(ctx, a, dc.(driver.ExecerContext), stream, "whyno_label_stream", "INSERT INTO labels SELECT * FROM whyno_label_stream", nil)
	})
	stream.Release()
	cancel()
	for job := range jobs { // the reader stops at the cancel; free what it made
		<-job.done
		job.release()
	}
	switch { // the channel is closed: the reader is done
	case stream.err != nil && (err == nil || !errors.Is(stream.err, context.Canceled)):
		return stream.err // what broke the insert, or what it did not see
	case err != nil:
		return err
	case stream.rows != n:
		return fmt.Errorf("labelled %d of %d calls", stream.rows, n)
	}
	return nil
}

// labelStream is an arrow RecordReader over the labels of the jobs it
// receives, one batch per job, in the order they come. The reader sets err
// before it closes the channel. DuckDB's scan threads call Next one at a
// time under DuckDB's own lock; mu makes that not matter.
type labelStream struct {
	mu   sync.Mutex
	jobs <-chan *labelJob
	err  error
	rows int64
	rec  arrow.RecordBatch
	refs int64
}

func (s *labelStream) Retain()                        { s.refs++ }
func (s *labelStream) Schema() *arrow.Schema          { return labelSchema }
func (s *labelStream) RecordBatch() arrow.RecordBatch { return s.rec }
func (s *labelStream) Record() arrow.RecordBatch      { return s.rec }
func (s *labelStream) Err() error                     { return s.err }

func (s *labelStream) Release() {
	if s.refs--; s.refs == 0 && s.rec != nil {
		s.rec.Release()
		s.rec = nil
	}
}

// Next waits for the next job's labels.
func (s *labelStream) Next() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.rec != nil {
		s.rec.Release()
		s.rec = nil
	}
	job, ok := <-s.jobs
	if !ok {
		return false
	}
	<-job.done
	s.rec = buildLabelRecord(job.keys, job.out)
	s.rows += int64(len(job.out))
	job.release()
	return true
}

// labelRange classifies the calls with rowid in [lo, hi] matching filter
// and appends their labels to the labels table, chunk by chunk. DuckDB work
// (reading a chunk, writing labels) stays on this connection, in order, as
// an ingest's new calls are visible only in its transaction; the
// classification of one chunk runs in the background meanwhile.
func labelRange(ctx context.Context, conn *sql.Conn, lo, hi int64, filter string, arg any, label LabelFunc, chunk int64) error {
	return conn.Raw(func(dc any) error {
		a, err := duckdb.NewArrowFromConn(dc.(driver.Conn))
		if err != nil {
			return err
		}
		exec := dc.(driver.ExecerContext)
		pool := newJobPool()
		var pending *labelJob // classifying; released by write, or here on a failure
		defer func() {
			if pending != nil {
				<-pending.done
				pending.release()
			}
		}()
		for from := lo; from <= hi; from += chunk {
			if err := ctx.Err(); err != nil {
				return err
			}
			job, err := readJob(ctx, a, pool, from, min(from+chunk-1, hi), filter, arg)
			if err != nil {
				return err
			}
			job.start(label)
			err = pending.write(ctx, exec, a)
			pending = job
			if err != nil {
				return err
			}
		}
		last := pending
		pending = nil
		return last.write(ctx, exec, a)
	})
}

// readJob reads the calls with rowid in [from, to] matching filter (which
// may use $3, bound to arg) as a job to classify.
func readJob(ctx context.Context, a *duckdb.Arrow, pool jobPool, from, to int64, filter string, arg any) (*labelJob, error) {
	q := `SELECT call_key, coalesce(note, ''), coalesce(disposition, ''), coalesce(disposition_outcome, ''), called_at
		FROM call_rows WHERE rowid BETWEEN $1 AND $2 AND ` + filter
	args := []any{from, to}
	if arg != nil {
		args = append(args, arg)
	}
	job := pool.get()
	job.done = make(chan struct{})
	if err := job.read(ctx, a, q, args, int(to-from+1)); err != nil {
		job.release()
		return nil, err
	}
	return job, nil
}

// labelJob is one chunk of calls being classified in the background. Its
// keys and inputs alias the Arrow batches they were read from, which it
// holds until its labels are written. Jobs are reused (jobPool): a chunk's
// buffers are tens of megabytes, and allocating them afresh for every
// chunk cost page faults and garbage collections.
type labelJob struct {
	recs []arrow.RecordBatch
	keys []string
	in   []classify.Input
	out  []classify.Labels
	done chan struct{}
	pool jobPool
}

// jobPool holds released jobs for reuse. (A sync.Pool would drop them at
// every garbage collection, and a reclassify runs dozens.)
type jobPool chan *labelJob

// newJobPool makes a pool for the few jobs in flight at a time.
func newJobPool() jobPool { return make(jobPool, 4) }

func (p jobPool) get() *labelJob {
	select {
	case j := <-p:
		return j
	default:
		return &labelJob{pool: p}
	}
}

// release frees the job's Arrow batches and returns it to the pool.
func (j *labelJob) release() {
	for _, r := range j.recs {
		r.Release()
	}
	clear(j.recs)
	clear(j.keys)
	clear(j.in)
	clear(j.out)
	j.recs, j.keys, j.in, j.out = j.recs[:0], j.keys[:0], j.in[:0], j.out[:0]
	select {
	case j.pool <- j:
	default: // the pool is full: let the job go
	}
}

func (j *labelJob) start(label LabelFunc) {
	j.out = slices.Grow(j.out[:0], len(j.in))[:len(j.in)]
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
	return writeLabels(ctx, exec, a, j.keys, j.out)
}

// stringColumn is what arrow's string arrays (String, LargeString,
// StringView) have in common.
type stringColumn interface {
	Value(i int) string
	IsNull(i int) bool
}

// read reads one chunk of calls into the job. The strings alias the
// Arrow batches (no copies), which the job keeps until it is released.
func (j *labelJob) read(ctx context.Context, a *duckdb.Arrow, q string, args []any, size int) error {
	j.keys, j.in = slices.Grow(j.keys, size), slices.Grow(j.in, size)
	rr, err := a.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rr.Release()
	for rr.Next() {
		rec := rr.RecordBatch()
		rec.Retain()
		j.recs = append(j.recs, rec)
		cols := make([]stringColumn, 4)
		for i := range cols {
			c, ok := rec.Column(i).(stringColumn)
			if !ok {
				return fmt.Errorf("labels: column %d is %s, not text", i, rec.Column(i).DataType())
			}
			cols[i] = c
		}
		ts, ok := rec.Column(4).(*array.Timestamp)
		if !ok {
			return fmt.Errorf("labels: called_at is %s", rec.Column(4).DataType())
		}
		unit := ts.DataType().(*arrow.TimestampType).Unit
		for i := 0; i < int(rec.NumRows()); i++ {
			var at time.Time
			if !ts.IsNull(i) {
				at = ts.Value(i).ToTime(unit)
			}
			j.keys = append(j.keys, cols[0].Value(i))
			j.in = append(j.in, classify.Input{
				Note: cols[1].Value(i), Disposition: cols[2].Value(i),
				DispositionOutcome: cols[3].Value(i), CalledAt: at,
			})
		}
	}
	return rr.Err()
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
	rec := buildLabelRecord(keys, out)
	defer rec.Release()
	rr, err := array.NewRecordReader(labelSchema, []arrow.RecordBatch{rec})
	if err != nil {
		return err
	}
	defer rr.Release()
	return execOverArrow(ctx, a, exec, rr, "whyno_label_batch", "INSERT INTO labels SELECT * FROM whyno_label_batch", nil)
}

func buildLabelRecord(keys []string, out []classify.Labels) arrow.RecordBatch {
	b := array.NewRecordBuilder(memory.DefaultAllocator, labelSchema)
	defer b.Release()
	b.Reserve(len(out)) // no regrowth; string bytes are reserved below
	str := func(i int) *array.StringBuilder { return b.Field(i).(*array.StringBuilder) }
	if len(keys) > 0 {
		str(0).ReserveData(len(keys) * len(keys[0]))
	}
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
	return b.NewRecordBatch()
}
