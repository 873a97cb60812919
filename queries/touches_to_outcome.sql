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
WITH params AS (
    SELECT $from::DATE AS from_date, $to::DATE AS to_date, $rep::VARCHAR AS rep, $team::VARCHAR AS team
),
-- each company's first conversation and first meeting ever, in one pass
firsts AS (
    SELECT
        arg_min({touches: attempt_no, call_date: call_date, rep: rep, team: team}, call_seq)
            FILTER (WHERE reached) AS first_reached,
        arg_min({touches: attempt_no, call_date: call_date, rep: rep, team: team}, call_seq)
            FILTER (WHERE is_meeting) AS first_meeting
    FROM calls_labelled
    WHERE company_key IS NOT NULL
    GROUP BY company_key
),
events AS (
    SELECT 'reached' AS kind, unnest(first_reached) FROM firsts WHERE first_reached IS NOT NULL
    UNION ALL
    SELECT 'meeting' AS kind, unnest(first_meeting) FROM firsts WHERE first_meeting IS NOT NULL
),
-- the scope filter of calls_in_scope, applied to the first calls
in_scope AS (
    SELECT e.kind, e.touches
    FROM events AS e, params AS p
    WHERE (p.from_date IS NULL OR e.call_date >= p.from_date)
      AND (p.to_date IS NULL OR e.call_date < p.to_date)
      AND (p.rep IS NULL OR e.rep = p.rep)
      AND (p.team IS NULL OR e.team = p.team)
      AND e.touches IS NOT NULL
)
SELECT
    CAST(touches AS BIGINT) AS touches,
    count(*) FILTER (WHERE kind = 'reached') AS companies_reached,
    count(*) FILTER (WHERE kind = 'meeting') AS companies_meeting
FROM in_scope
GROUP BY touches
ORDER BY touches;
