-- name: reasons_trend
-- purpose: the refusal reasons per month: count and share of the month's no's
-- param: from date = NULL   first day of the period, inclusive (NULL: no lower bound)
-- param: to date = NULL     day after the period, exclusive (NULL: no upper bound)
-- param: rep text = NULL    only this rep (NULL: all)
-- param: team text = NULL   only this team (NULL: all)
-- columns: month, reason, nos, month_nos, share
--
-- One row per month with no's and reason seen in the period, 0 where the
-- reason did not occur that month, so every reason's line is complete.
WITH nos AS (
    SELECT CAST(date_trunc('month', call_date) AS DATE) AS month, coalesce(reason, 'unknown') AS reason
    FROM joined_in_scope($from::DATE, $to::DATE, $rep::VARCHAR, $team::VARCHAR)
    WHERE outcome = 'no' AND call_date IS NOT NULL
),
grid AS (
    SELECT m.month, r.reason
    FROM (SELECT DISTINCT month FROM nos) AS m
    CROSS JOIN (SELECT DISTINCT reason FROM nos) AS r
),
counts AS (
    SELECT month, reason, count(*) AS nos
    FROM nos
    GROUP BY month, reason
),
filled AS (
    SELECT g.month, g.reason, coalesce(n.nos, 0) AS nos
    FROM grid AS g
    LEFT JOIN counts AS n USING (month, reason)
)
SELECT
    month,
    reason,
    nos,
    sum(nos) OVER (PARTITION BY month) AS month_nos,
    ratio(nos, sum(nos) OVER (PARTITION BY month)) AS share
FROM filled
ORDER BY month, reason;
