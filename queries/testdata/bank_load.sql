-- Loads the UCI bank-marketing file (read into the temp table bank by the
-- test) into calls and labels the way an ingest of that file would: no dates,
-- only the month and weekday of the last contact; campaign is the attempt
-- number; y = 'yes' is a meeting, everything else a no.
INSERT INTO calls (call_key, source, source_file, source_row, run_id, called_at, tz, call_month,
                   call_weekday, attempt)
SELECT
    'bank-' || n, 'bank', 'bank-additional-full.csv', n + 1, 1, NULL, 'Europe/Lisbon',
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
