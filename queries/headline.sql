-- name: headline
-- purpose: dials, conversations and meetings of the period against the period before and the three months before
-- param: from date         first day of the period, inclusive
-- param: to date           day after the period, exclusive
-- param: rep text = NULL   only this rep (NULL: all)
-- param: team text = NULL  only this team (NULL: all)
-- columns: period, period_start, period_end, dials, reached, meetings, connect_rate, meeting_rate
--
-- previous is the period of the same length just before from; when from and
-- to are both the 1st of a month it is the same number of calendar months
-- before. trailing3 is the three calendar months before from, its counts
-- divided by 3 (a monthly average), its rates pooled over the three months.
-- period_end is exclusive, like to. Counts are DOUBLE because of trailing3.
-- to must be after from.
WITH given AS (
    SELECT $from::DATE AS from_date, $to::DATE AS to_date, $rep::VARCHAR AS rep, $team::VARCHAR AS team
),
-- an empty or reversed period has no "period before": refuse it
params AS (
    SELECT
        CASE WHEN to_date > from_date THEN from_date ELSE error('headline: to must be after from') END AS from_date,
        to_date,
        rep,
        team
    FROM given
),
-- whole calendar months when the period runs from a 1st to a 1st
shape AS (
    SELECT
        *,
        CASE WHEN day(from_date) = 1 AND day(to_date) = 1 THEN datediff('month', from_date, to_date) END AS months
    FROM params
),
periods AS (
    SELECT 1 AS ord, 'current' AS period, from_date AS period_start, to_date AS period_end, 1 AS divisor
    FROM shape
    UNION ALL
    SELECT
        2,
        'previous',
        CASE
            WHEN months > 0 THEN CAST(from_date - to_months(months) AS DATE)
            ELSE from_date - CAST(to_date - from_date AS INTEGER)
        END,
        from_date,
        1
    FROM shape
    UNION ALL
    SELECT 3, 'trailing3', CAST(from_date - INTERVAL 3 MONTH AS DATE), from_date, 3
    FROM shape
),
scoped AS (
    SELECT c.*
    FROM params AS p, joined_in_scope(NULL, NULL, p.rep, p.team) AS c
    WHERE c.call_date IS NOT NULL
),
counts AS (
    SELECT
        pe.ord,
        count(c.call_key) AS dials,
        count(c.call_key) FILTER (WHERE c.reached) AS reached,
        count(c.call_key) FILTER (WHERE c.is_meeting) AS meetings
    FROM periods AS pe
    LEFT JOIN scoped AS c
        ON c.call_date >= pe.period_start AND c.call_date < pe.period_end
    GROUP BY pe.ord
)
SELECT
    pe.period,
    pe.period_start,
    pe.period_end,
    CAST(n.dials AS DOUBLE) / pe.divisor AS dials,
    CAST(n.reached AS DOUBLE) / pe.divisor AS reached,
    CAST(n.meetings AS DOUBLE) / pe.divisor AS meetings,
    ratio(n.reached, n.dials) AS connect_rate,
    ratio(n.meetings, n.reached) AS meeting_rate
FROM periods AS pe
JOIN counts AS n USING (ord)
ORDER BY pe.ord;
