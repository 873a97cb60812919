-- name: data_quality
-- purpose: how much to trust the numbers: rows loaded, duplicates, rejects, unknown reasons, low-confidence labels
-- param: from date = NULL   first day of the period, inclusive (NULL: no lower bound)
-- param: to date = NULL     day after the period, exclusive (NULL: no upper bound)
-- param: rep text = NULL    only this rep (NULL: all)
-- param: team text = NULL   only this team (NULL: all)
-- columns: metric, value
--
-- rows_read, rows_loaded, duplicates and rejected add up every ingest run
-- (all time, all reps). calls, calls_without_note, unknown_reasons (no's
-- with reason unknown or none) and low_confidence (confidence < 0.5) count
-- the calls in scope.
WITH runs AS (
    SELECT
        CAST(coalesce(sum(rows_read), 0) AS BIGINT) AS rows_read,
        CAST(coalesce(sum(rows_loaded), 0) AS BIGINT) AS rows_loaded,
        CAST(coalesce(sum(duplicates), 0) AS BIGINT) AS duplicates,
        CAST(coalesce(sum(rejected), 0) AS BIGINT) AS rejected
    FROM ingest_runs
),
scoped AS (
    SELECT
        count(*) AS calls,
        count(*) FILTER (WHERE NOT has_note) AS calls_without_note,
        count(*) FILTER (WHERE outcome = 'no' AND coalesce(reason, 'unknown') = 'unknown') AS unknown_reasons,
        count(*) FILTER (WHERE confidence < 0.5) AS low_confidence
    FROM joined_in_scope($from::DATE, $to::DATE, $rep::VARCHAR, $team::VARCHAR)
),
-- one row per metric, in a fixed order
metrics AS (
    SELECT 1 AS ord, 'rows_read' AS metric, rows_read AS value FROM runs
    UNION ALL SELECT 2, 'rows_loaded', rows_loaded FROM runs
    UNION ALL SELECT 3, 'duplicates', duplicates FROM runs
    UNION ALL SELECT 4, 'rejected', rejected FROM runs
    UNION ALL SELECT 5, 'calls', calls FROM scoped
    UNION ALL SELECT 6, 'calls_without_note', calls_without_note FROM scoped
    UNION ALL SELECT 7, 'unknown_reasons', unknown_reasons FROM scoped
    UNION ALL SELECT 8, 'low_confidence', low_confidence FROM scoped
)
SELECT metric, value
FROM metrics
ORDER BY ord;
