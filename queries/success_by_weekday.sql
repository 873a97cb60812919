-- name: success_by_weekday
-- purpose: calls, meetings and meeting rate per weekday
-- param: from date = NULL   first day of the period, inclusive (NULL: no lower bound)
-- param: to date = NULL     day after the period, exclusive (NULL: no upper bound)
-- param: rep text = NULL    only this rep (NULL: all)
-- param: team text = NULL   only this team (NULL: all)
-- columns: weekday, calls, meetings, rate
--
-- weekday is ISO (Monday = 1) from call_weekday, so sources with only a month
-- and weekday count too, as long as no period is given. rate is meetings per call.
WITH days AS (
    SELECT coalesce(call_weekday, isodow(called_at)) AS weekday, is_meeting
    FROM joined_in_scope($from::DATE, $to::DATE, $rep::VARCHAR, $team::VARCHAR)
),
counts AS (
    SELECT weekday, count(*) AS calls, count(*) FILTER (WHERE is_meeting) AS meetings
    FROM days
    WHERE weekday IS NOT NULL
    GROUP BY weekday
)
SELECT CAST(weekday AS INTEGER) AS weekday, calls, meetings, ratio(meetings, calls) AS rate
FROM counts
ORDER BY weekday;
