-- name: touches_to_outcome
-- purpose: how many touches until a conversation and until a meeting: companies by the attempt of their first of each
-- param: from date = NULL   first day of the period, inclusive (NULL: no lower bound)
-- param: to date = NULL     day after the period, exclusive (NULL: no upper bound)
-- param: rep text = NULL    only this rep (NULL: all)
-- param: team text = NULL   only this team (NULL: all)
-- columns: touches, companies_reached, companies_meeting
--
-- A company counts once for its first conversation ever (reached) and once
-- for its first meeting ever, at that call's attempt_no, when that call is in
-- the period and of the rep and team asked for.
WITH firsts AS (
    SELECT
        company_key,
        arg_min(call_key, call_seq) FILTER (WHERE reached) AS first_reached_key,
        arg_min(call_key, call_seq) FILTER (WHERE is_meeting) AS first_meeting_key
    FROM calls_labelled
    WHERE company_key IS NOT NULL
    GROUP BY company_key
),
scoped AS (
    SELECT call_key, attempt_no
    FROM calls_in_scope($from::DATE, $to::DATE, $rep::VARCHAR, $team::VARCHAR)
),
first_reached AS (
    SELECT s.attempt_no AS touches, count(*) AS companies
    FROM firsts AS f
    JOIN scoped AS s ON s.call_key = f.first_reached_key
    GROUP BY s.attempt_no
),
first_meeting AS (
    SELECT s.attempt_no AS touches, count(*) AS companies
    FROM firsts AS f
    JOIN scoped AS s ON s.call_key = f.first_meeting_key
    GROUP BY s.attempt_no
)
SELECT
    CAST(touches AS BIGINT) AS touches,
    coalesce(r.companies, 0) AS companies_reached,
    coalesce(m.companies, 0) AS companies_meeting
FROM first_reached AS r
FULL JOIN first_meeting AS m USING (touches)
WHERE touches IS NOT NULL
ORDER BY touches;
