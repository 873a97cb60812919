-- name: monthly_trend
-- purpose: dials, conversations, meetings and their rates per month
-- param: from date = NULL   first day of the period, inclusive (NULL: no lower bound)
-- param: to date = NULL     day after the period, exclusive (NULL: no upper bound)
-- param: rep text = NULL    only this rep (NULL: all)
-- param: team text = NULL   only this team (NULL: all)
-- columns: month, dials, reached, meetings, connect_rate, meeting_rate
--
-- month is the 1st of the month. Every month from the first to the last with
-- calls is listed, so a month without calls shows as 0 (not as a gap).
-- Calls without a date (partial time) are left out.
WITH scoped AS (
    SELECT CAST(date_trunc('month', call_date) AS DATE) AS month, reached, is_meeting
    FROM joined_in_scope($from::DATE, $to::DATE, $rep::VARCHAR, $team::VARCHAR)
    WHERE call_date IS NOT NULL
),
months AS (
    SELECT CAST(unnest(generate_series(min(month), max(month), INTERVAL 1 MONTH)) AS DATE) AS month
    FROM scoped
),
counts AS (
    SELECT
        month,
        count(*) AS dials,
        count(*) FILTER (WHERE reached) AS reached,
        count(*) FILTER (WHERE is_meeting) AS meetings
    FROM scoped
    GROUP BY month
)
SELECT
    m.month,
    coalesce(n.dials, 0) AS dials,
    coalesce(n.reached, 0) AS reached,
    coalesce(n.meetings, 0) AS meetings,
    ratio(n.reached, n.dials) AS connect_rate,
    ratio(n.meetings, n.reached) AS meeting_rate
FROM months AS m
LEFT JOIN counts AS n USING (month)
ORDER BY m.month;
