package warehouse

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"

	"whyno/pipeline/classify"
)

const labelsDump = `SELECT c.source_file, c.source_row, l.outcome, l.reason, l.ball, l.callback_date,
	l.language, l.confidence, l.evidence
	FROM labels l JOIN calls c USING (call_key) ORDER BY c.source_file, c.source_sheet, c.source_row`

// labelledWarehouse loads every sample export, classified, with chunks of
// three calls so that every path crosses chunk boundaries.
func labelledWarehouse(t *testing.T) *Warehouse {
	t.Helper()
	defer func(i, r int64) { ingestChunk, reclassifyChunk = i, r }(ingestChunk, reclassifyChunk)
	ingestChunk, reclassifyChunk = 3, 3
	w := openTemp(t)
	opts := testOptions()
	opts.Label = classify.Default().ClassifyBatch
	ingest(t, w, opts, sampleFiles(t)...)
	return w
}

// everyCallLabelledOnce fails unless each call has exactly one label.
func everyCallLabelledOnce(t *testing.T, w *Warehouse) {
	t.Helper()
	var calls, labels, distinct int
	err := w.DB().QueryRow(`SELECT (SELECT count(*) FROM calls), count(*), count(DISTINCT call_key)
		FROM labels WHERE call_key IN (SELECT call_key FROM calls)`).Scan(&calls, &labels, &distinct)
	if err != nil {
		t.Fatal(err)
	}
	if labels != calls || distinct != calls {
		t.Errorf("%d calls, %d labels of %d distinct calls; want one label per call", calls, labels, distinct)
	}
}

// TestReclassifyReplacesEveryLabel re-labels a warehouse with other rules
// and then with the built-in ones: every call ends with exactly one label,
// and the second run gives back what the ingest wrote.
func TestReclassifyReplacesEveryLabel(t *testing.T) {
	w := labelledWarehouse(t)
	defer func(r int64) { reclassifyChunk = r }(reclassifyChunk)
	reclassifyChunk = 3
	ingested := dumpCSV(t, w.DB(), labelsDump)
	everyCallLabelledOnce(t, w)

	invalid := func(in []classify.Input, out []classify.Labels) {
		for i := range out {
			out[i] = classify.Labels{Outcome: "invalid", Ball: "none", Confidence: 1}
		}
	}
	n, err := w.Reclassify(context.Background(), invalid)
	if err != nil {
		t.Fatal(err)
	}
	var calls, other int64
	w.DB().QueryRow("SELECT count(*), count(*) FILTER (outcome <> 'invalid') FROM calls JOIN labels USING (call_key)").Scan(&calls, &other)
	if n != calls || other != 0 {
		t.Errorf("reclassified %d of %d calls, %d kept another outcome", n, calls, other)
	}
	everyCallLabelledOnce(t, w)

	if _, err := w.Reclassify(context.Background(), classify.Default().ClassifyBatch); err != nil {
		t.Fatal(err)
	}
	if got := dumpCSV(t, w.DB(), labelsDump); got != ingested {
		t.Errorf("labels after reclassify differ from the ingest's:\n%s\nwant\n%s", got, ingested)
	}
}

// TestReclassifyIsAllOrNothing cancels a reclassify after its first chunk:
// it fails, and every call keeps the label it had.
func TestReclassifyIsAllOrNothing(t *testing.T) {
	w := labelledWarehouse(t)
	defer func(r int64) { reclassifyChunk = r }(reclassifyChunk)
	reclassifyChunk = 3
	before := dumpCSV(t, w.DB(), labelsDump)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var chunks atomic.Int32
	label := func(in []classify.Input, out []classify.Labels) {
		if chunks.Add(1) == 2 {
			cancel()
		}
		for i := range out {
			out[i] = classify.Labels{Outcome: "invalid", Ball: "none"}
		}
	}
	_, err := w.Reclassify(ctx, label)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled reclassify: err = %v, want context.Canceled", err)
	}
	if got := dumpCSV(t, w.DB(), labelsDump); got != before {
		t.Errorf("a failed reclassify changed labels:\n%s", got)
	}
	everyCallLabelledOnce(t, w)
	if strings.Count(before, "\n") < 10 {
		t.Fatalf("too few labelled calls to cross chunks: %q", before)
	}
}

// TestReclassifyEmptyWarehouse has nothing to do and says so.
func TestReclassifyEmptyWarehouse(t *testing.T) {
	w := openTemp(t)
	n, err := w.Reclassify(context.Background(), classify.Default().ClassifyBatch)
	if n != 0 || err != nil {
		t.Errorf("Reclassify on an empty warehouse = %d, %v; want 0, nil", n, err)
	}
}
