-- Moves a warehouse written before call_rows, whose calls table held source,
-- file, sheet and zone on every row, to call_rows and the calls view. Run by
-- Open in one transaction, after the old table was renamed calls_v1 and
-- schema.sql made call_rows and the view.

-- The zone of each run, from its calls.
UPDATE ingest_runs SET tz = z.tz
FROM (SELECT run_id, any_value(tz) AS tz FROM calls_v1 GROUP BY run_id) AS z
WHERE ingest_runs.run_id = z.run_id AND ingest_runs.tz IS NULL;

INSERT INTO call_rows
SELECT call_key, source_row, run_id, record_id, called_at, call_month, call_weekday, call_hour,
    rep, team, company, contact, phone, industry, size, direction, duration_s, attempt,
    disposition, disposition_outcome, subject, note
FROM calls_v1;
