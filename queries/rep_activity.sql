-- name: rep_activity
-- purpose: each rep's activity: days with and without calls, calls per day, conversations, meetings, no's per meeting
-- param: from date = NULL   first day of the period, inclusive (NULL: from the first call)
-- param: to date = NULL     day after the period, exclusive (NULL: to the last call)
-- param: rep text = NULL    only this rep (NULL: all)
-- param: team text = NULL   only this team (NULL: all)
-- columns: rep, team, working_days, days_with_calls, days_without_calls, calls, calls_per_day, reached, meetings, nos, nos_per_meeting
--
-- working_days: Monday to Friday in the period (public holidays are not
-- known, so they count); without from/to the period runs from the first to
-- the last dated call in scope. days_with_calls: days the rep made a dated
-- call (weekends too); days_without_calls: working days without one.
-- calls_per_day = calls / days_with_calls (calls on a day worked).
-- team is the team of most of the rep's calls (ties: by name).
WITH params AS (
    SELECT $from::DATE AS from_date, $to::DATE AS to_date, $rep::VARCHAR AS rep, $team::VARCHAR AS team
),
scoped AS (
    SELECT c.*
    FROM params AS p, joined_in_scope(p.from_date, p.to_date, p.rep, p.team) AS c
),
span AS (
    SELECT
        coalesce(any_value(p.from_date), min(s.call_date)) AS first_day,
        coalesce(any_value(p.to_date) - 1, max(s.call_date)) AS last_day
    FROM params AS p
    LEFT JOIN scoped AS s ON true
),
days AS (
    SELECT CAST(unnest(generate_series(first_day, last_day, INTERVAL 1 DAY)) AS DATE) AS day
    FROM span
),
working AS (
    SELECT count(*) AS working_days
    FROM days
    WHERE isodow(day) <= 5
),
teams AS (
    SELECT rep, team
    FROM (SELECT rep, team, count(*) AS n FROM scoped GROUP BY rep, team)
    QUALIFY row_number() OVER (PARTITION BY rep ORDER BY n DESC, team NULLS LAST) = 1
),
counts AS (
    SELECT
        rep,
        count(DISTINCT call_date) AS days_with_calls,
        count(DISTINCT call_date) FILTER (WHERE isodow(call_date) <= 5) AS working_days_with_calls,
        count(*) AS calls,
        count(*) FILTER (WHERE reached) AS reached,
        count(*) FILTER (WHERE is_meeting) AS meetings,
        count(*) FILTER (WHERE outcome = 'no') AS nos
    FROM scoped
    GROUP BY rep
)
SELECT
    n.rep,
    t.team,
    w.working_days,
    n.days_with_calls,
    w.working_days - n.working_days_with_calls AS days_without_calls,
    n.calls,
    ratio(n.calls, n.days_with_calls) AS calls_per_day,
    n.reached,
    n.meetings,
    n.nos,
    ratio(n.nos, n.meetings) AS nos_per_meeting
FROM counts AS n
JOIN teams AS t ON t.rep IS NOT DISTINCT FROM n.rep
CROSS JOIN working AS w
ORDER BY n.rep;
