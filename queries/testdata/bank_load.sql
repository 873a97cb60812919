-- Loads the UCI bank-marketing file (read into the temp table bank by the
-- test) into calls and labels the way an ingest of that file would: no dates,
-- only the month and weekday of the last contact; campaign is the attempt
-- number; y = 'yes' is a meeting, everything else a no.
INSERT INTO ingest_runs
SELECT 1, 'bank-additional-full.csv', NULL, 'bank', '', count(*), count(*), 0, 0,
    TIMESTAMPTZ '2026-01-01 00:00:00+00', TIMESTAMPTZ '2026-01-01 00:00:01+00', 'Europe/Lisbon'
FROM bank;

INSERT INTO call_rows (call_key, source_row, run_id, called_at, call_month, call_weekday, attempt)
SELECT
    'bank-' || n, n + 1, 1, NULL,
    list_position(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'], month),
    list_position(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], day_of_week),
    campaign
FROM bank;

INSERT INTO labels (call_key, outcome, reason, ball)
SELECT
    'bank-' || n,
    CASE WHEN y = 'yes' THEN 'meeting' ELSE 'no' END,
    CASE WHEN y = 'yes' THEN NULL ELSE 'unknown' END,
    'none'
FROM bank;
