package warehouse

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

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

// noStreamViews fails if a view over an Arrow stream outlived its statement
// (duckdb-go registers them as ordinary views, stored with the warehouse).
func noStreamViews(t *testing.T, w *Warehouse) {
	t.Helper()
	var names sql.NullString
	if err := w.DB().QueryRow(`SELECT string_agg(view_name, ', ') FROM duckdb_views()
		WHERE NOT temporary AND view_name LIKE 'whyno%'`).Scan(&names); err != nil {
		t.Fatal(err)
	}
	if names.Valid {
		t.Errorf("views left in the warehouse: %s", names.String)
	}
}

// TestNoStreamViewsLeft: an ingest (CSV and XLSX, classified) and a
// reclassify leave none of their Arrow views behind.
func TestNoStreamViewsLeft(t *testing.T) {
	w := labelledWarehouse(t)
	noStreamViews(t, w)
	if _, err := w.Reclassify(context.Background(), classify.Default().ClassifyBatch); err != nil {
		t.Fatal(err)
	}
	noStreamViews(t, w)
}

// TestReclassifyWriteFailureKeepsLabels: labels DuckDB refuses to store
// (text that is not UTF-8) fail the reclassify, every call keeps its label,
// and the next reclassify works.
func TestReclassifyWriteFailureKeepsLabels(t *testing.T) {
	w := labelledWarehouse(t)
	before := dumpCSV(t, w.DB(), labelsDump)
	bad := func(in []classify.Input, out []classify.Labels) {
		for i := range out {
			out[i] = classify.Labels{Outcome: "no\xff\xfe", Ball: "none"}
		}
	}
	if _, err := w.Reclassify(context.Background(), bad); err == nil {
		t.Fatal("reclassify stored labels that are not UTF-8")
	}
	if got := dumpCSV(t, w.DB(), labelsDump); got != before {
		t.Errorf("a failed reclassify changed labels:\n%s", got)
	}
	noStreamViews(t, w)
	if _, err := w.Reclassify(context.Background(), classify.Default().ClassifyBatch); err != nil {
		t.Fatalf("reclassify after a failed one: %v", err)
	}
	if got := dumpCSV(t, w.DB(), labelsDump); got != before {
		t.Errorf("labels after the second reclassify differ from the ingest's")
	}
}

// TestReclassifySessionMatchesClassify reclassifies, through a session
// and across chunks big enough to group, calls whose notes repeat at many
// call dates (some naming a date): every label is what Classify gives the
// call alone.
func TestReclassifySessionMatchesClassify(t *testing.T) {
	notes := []string{"vm", "ingen svar", "ikke interesseret, har fast leverandør", "ring igen uge 34",
		"call back next week", "not the DM, try Hanne in finance", "reklamebeskyttet",
		"møde booket tirs 14/3 kl 10", "ring efter sommerferien", "ikke lige nu"}
	var b strings.Builder
	b.WriteString(genericHeader)
	for i := 0; i < 6000; i++ {
		fmt.Fprintf(&b, "%02d-%02d-2026;10:%02d;Anne;Firma %d;;%s;60;%s\n",
			1+i%28, 1+(i/28)%12, i%60, i, []string{"", "Ikke interesseret", "Intet svar"}[i%3], notes[i%len(notes)])
	}
	w := openTemp(t)
	ingest(t, w, testOptions(), writeFile(t, "repeats.csv", b.String()))
	defer func(r int64) { reclassifyChunk = r }(reclassifyChunk)
	reclassifyChunk = 2500 // three chunks, each big enough to group
	c := classify.Default()
	if _, err := w.Reclassify(context.Background(), c.NewSession().ClassifyBatch); err != nil {
		t.Fatal(err)
	}
	rows, err := w.DB().Query(`SELECT coalesce(note, ''), coalesce(disposition, ''), coalesce(disposition_outcome, ''), called_at,
		outcome, coalesce(reason, ''), ball, callback_date, coalesce(language, ''), confidence, coalesce(evidence, '')
		FROM calls JOIN labels USING (call_key)`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var in classify.Input
		var got classify.Labels
		var date sql.NullTime
		if err := rows.Scan(&in.Note, &in.Disposition, &in.DispositionOutcome, &in.CalledAt,
			&got.Outcome, &got.Reason, &got.Ball, &date, &got.Language, &got.Confidence, &got.Evidence); err != nil {
			t.Fatal(err)
		}
		want := c.Classify(in)
		if date.Valid {
			got.CallbackDate = date.Time
		}
		if got.CallbackDate.Format(time.DateOnly) != want.CallbackDate.Format(time.DateOnly) {
			t.Fatalf("%q at %s: callback %s, alone %s", in.Note, in.CalledAt, got.CallbackDate, want.CallbackDate)
		}
		got.CallbackDate, want.CallbackDate = time.Time{}, time.Time{}
		if got != want {
			t.Fatalf("%q at %s: reclassify gave %+v, alone %+v", in.Note, in.CalledAt, got, want)
		}
		n++
	}
	if err := rows.Err(); err != nil || n != 6000 {
		t.Fatalf("compared %d of 6000 calls: %v", n, err)
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
