-- Moves a warehouse written before call_rows, whose calls table held source,
-- file, sheet and zone on every row, to call_rows and the calls view. Run by
-- Open in one transaction, after the old table was renamed calls_v1 and
-- schema.sql made call_rows and the view; Open then checks that every call
-- agrees with its run before it drops calls_v1.

-- The zone of each run: the one most of its calls have (a run has one).
UPDATE ingest_runs SET tz = z.tz
FROM (SELECT run_id, mode(tz) AS tz FROM calls_v1 GROUP BY run_id) AS z
WHERE ingest_runs.run_id = z.run_id AND ingest_runs.tz IS NULL;

-- Calls whose run is gone (whyno writes both in one transaction, so only a
-- hand edit does this) get it back from their own columns, so they keep them.
INSERT INTO ingest_runs
SELECT run_id, any_value(source_file), any_value(source_sheet), any_value(source), '',
    count(*), count(*), 0, 0, TIMESTAMPTZ 'epoch', TIMESTAMPTZ 'epoch', any_value(tz)
FROM calls_v1
WHERE run_id NOT IN (SELECT run_id FROM ingest_runs)
GROUP BY run_id;

INSERT INTO call_rows
SELECT call_key, source_row, run_id, record_id, called_at, call_month, call_weekday, call_hour,
    rep, team, company, contact, phone, industry, size, direction, duration_s, attempt,
    disposition, disposition_outcome, subject, note
FROM calls_v1;
