-- name: success_by_month_of_year
-- purpose: seasonality: calls, meetings and meeting rate per calendar month
-- param: from date = NULL   first day of the period, inclusive (NULL: no lower bound)
-- param: to date = NULL     day after the period, exclusive (NULL: no upper bound)
-- param: rep text = NULL    only this rep (NULL: all)
-- param: team text = NULL   only this team (NULL: all)
-- columns: month, calls, meetings, rate
--
-- month is 1-12 from call_month, so sources with only a month and weekday
-- (no full date) count too, as long as no period is given. rate is meetings
-- per call. The same month of different years adds up.
WITH months AS (
    SELECT coalesce(call_month, month(called_at)) AS month, is_meeting
    FROM joined_in_scope($from::DATE, $to::DATE, $rep::VARCHAR, $team::VARCHAR)
),
counts AS (
    SELECT month, count(*) AS calls, count(*) FILTER (WHERE is_meeting) AS meetings
    FROM months
    WHERE month IS NOT NULL
    GROUP BY month
)
SELECT CAST(month AS INTEGER) AS month, calls, meetings, ratio(meetings, calls) AS rate
FROM counts
ORDER BY month;
