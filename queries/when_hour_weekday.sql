-- name: when_hour_weekday
-- purpose: when calls work: dials, conversations and meetings by weekday and hour of day (heatmap)
-- param: from date = NULL   first day of the period, inclusive (NULL: no lower bound)
-- param: to date = NULL     day after the period, exclusive (NULL: no upper bound)
-- param: rep text = NULL    only this rep (NULL: all)
-- param: team text = NULL   only this team (NULL: all)
-- columns: weekday, hour, dials, reached, meetings, connect_rate, meeting_rate
--
-- weekday is ISO (Monday = 1), hour the local hour 0-23. Only calls with a
-- time of day count; only cells with calls are listed.
WITH timed AS (
    SELECT isodow(called_at) AS weekday, call_hour AS hour, reached, is_meeting
    FROM joined_in_scope($from::DATE, $to::DATE, $rep::VARCHAR, $team::VARCHAR)
    WHERE called_at IS NOT NULL AND call_hour IS NOT NULL
),
counts AS (
    SELECT
        weekday,
        hour,
        count(*) AS dials,
        count(*) FILTER (WHERE reached) AS reached,
        count(*) FILTER (WHERE is_meeting) AS meetings
    FROM timed
    GROUP BY weekday, hour
)
SELECT
    CAST(weekday AS INTEGER) AS weekday,
    CAST(hour AS INTEGER) AS hour,
    dials,
    reached,
    meetings,
    ratio(reached, dials) AS connect_rate,
    ratio(meetings, reached) AS meeting_rate
FROM counts
ORDER BY weekday, hour;
