-- A large synthetic warehouse for benchmarks: $n calls over 2025 by 20 reps
-- in 4 teams to 40000 companies, with a deterministic mix of outcomes,
-- reasons, balls and callback dates. Not realistic; sized for timing only.
INSERT INTO ingest_runs VALUES (1, 'synth.csv', NULL, 'synth', '', CAST($n AS BIGINT), CAST($n AS BIGINT), 0, 0,
    TIMESTAMPTZ '2025-01-01 00:00:00+00', TIMESTAMPTZ '2025-01-01 00:00:01+00', 'Europe/Copenhagen');

INSERT INTO call_rows (call_key, source_row, run_id, called_at, call_month,
                   call_weekday, call_hour, rep, team, company, phone, direction, note)
SELECT
    'k' || i, i, 1, ts, month(ts), isodow(ts), hour(ts),
    'rep' || (i % 20), 'team' || (i % 4), 'Company ' || CAST(hash(i) % 40000 AS BIGINT), '+45' || CAST(10000000 + hash(i) % 40000 AS BIGINT),
    CASE WHEN i % 10 = 0 THEN 'inbound' ELSE 'outbound' END, 'note ' || (i % 97)
FROM (
    SELECT i, TIMESTAMP '2025-01-01 08:00' + to_seconds((i * 31) % (365 * 86400)) AS ts
    FROM range(CAST($n AS BIGINT)) AS t(i)
);

INSERT INTO labels (call_key, outcome, reason, ball, callback_date, language, confidence, evidence)
SELECT
    'k' || i,
    o,
    CASE WHEN o = 'no' THEN ['timing', 'busy', 'not_interested', 'existing_supplier', 'no_need', 'no_budget', 'unknown'][1 + i % 7] END,
    ['ours', 'theirs', 'none'][1 + i % 3],
    CASE WHEN i % 5 = 0 THEN DATE '2025-01-01' + CAST(i % 400 AS INTEGER) END,
    'da',
    (i % 100) / 100.0,
    'phrase ' || (i % 13)
FROM (
    SELECT i, ['not_reached', 'not_reached', 'not_reached', 'no', 'no', 'interested', 'meeting', 'invalid'][CAST(1 + hash(i * 7) % 8 AS BIGINT)] AS o
    FROM range(CAST($n AS BIGINT)) AS t(i)
);
