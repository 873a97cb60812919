-- name: success_by_attempt
-- purpose: calls, meetings and meeting rate by attempt number (the Nth call to a company)
-- param: from date = NULL   first day of the period, inclusive (NULL: no lower bound)
-- param: to date = NULL     day after the period, exclusive (NULL: no upper bound)
-- param: rep text = NULL    only this rep (NULL: all)
-- param: team text = NULL   only this team (NULL: all)
-- columns: attempt, calls, meetings, rate
--
-- attempt is attempt_no of calls_labelled: the export's attempt number where
-- it has one, else the company's call count so far (over all time, not only
-- the period). rate is meetings per call.
WITH counts AS (
    SELECT attempt_no AS attempt, count(*) AS calls, count(*) FILTER (WHERE is_meeting) AS meetings
    FROM calls_in_scope($from::DATE, $to::DATE, $rep::VARCHAR, $team::VARCHAR)
    WHERE attempt_no IS NOT NULL
    GROUP BY attempt_no
)
SELECT CAST(attempt AS BIGINT) AS attempt, calls, meetings, ratio(meetings, calls) AS rate
FROM counts
ORDER BY attempt;
