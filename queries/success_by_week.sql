-- name: success_by_week
-- purpose: seasonality by ISO week of the year: dials, conversations, meetings and rates
-- param: from date = NULL   first day of the period, inclusive (NULL: no lower bound)
-- param: to date = NULL     day after the period, exclusive (NULL: no upper bound)
-- param: rep text = NULL    only this rep (NULL: all)
-- param: team text = NULL   only this team (NULL: all)
-- columns: week, dials, reached, meetings, connect_rate, meeting_rate
--
-- week is the ISO week 1-53; the same week of different years adds up.
-- Calls without a date are left out.
WITH dated AS (
    SELECT weekofyear(call_date) AS week, reached, is_meeting
    FROM joined_in_scope($from::DATE, $to::DATE, $rep::VARCHAR, $team::VARCHAR)
    WHERE call_date IS NOT NULL
),
counts AS (
    SELECT
        week,
        count(*) AS dials,
        count(*) FILTER (WHERE reached) AS reached,
        count(*) FILTER (WHERE is_meeting) AS meetings
    FROM dated
    GROUP BY week
)
SELECT
    CAST(week AS INTEGER) AS week,
    dials,
    reached,
    meetings,
    ratio(reached, dials) AS connect_rate,
    ratio(meetings, reached) AS meeting_rate
FROM counts
ORDER BY week;
