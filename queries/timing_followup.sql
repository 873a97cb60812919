-- name: timing_followup
-- purpose: "no rarely means no": of the not-now (timing) no's, how many were called again by their callback date and how many later booked a meeting
-- param: from date = NULL   first day of the period, inclusive (NULL: no lower bound)
-- param: to date = NULL     day after the period, exclusive (NULL: no upper bound)
-- param: rep text = NULL    only this rep (NULL: all)
-- param: team text = NULL   only this team (NULL: all)
-- param: as_of date = NULL  ignore calls after this day (NULL: all calls)
-- columns: timing_nos, with_callback_date, called_again_by_date, called_again_later, later_meeting, median_days_to_meeting
--
-- timing_nos: dated no's with reason timing in the period. with_callback_date: of
-- those, the ones with a callback date. called_again_by_date: of those, the
-- ones whose company was called again on or before the callback date + 3
-- days (the taxonomy's tolerance); called_again_later: called again, but
-- only after that. The rest of with_callback_date were not called again
-- (yet). later_meeting: timing no's whose company booked a meeting on a
-- later call (any rep); median_days_to_meeting: from the no to that first
-- later meeting, in days. "Later" follows calls_labelled.call_seq.
WITH params AS (
    SELECT
        $from::DATE AS from_date,
        $to::DATE AS to_date,
        $rep::VARCHAR AS rep,
        $team::VARCHAR AS team,
        $as_of::DATE AS as_of
),
-- the dated timing no's in scope, known as of as_of, with their place in the company's calls
timing AS (
    SELECT j.call_key, j.company_key, s.call_seq, j.call_date, j.callback_date
    FROM params AS p,
        joined_in_scope(p.from_date, p.to_date, p.rep, p.team) AS j
    JOIN calls_sequence AS s USING (call_key)
    WHERE j.outcome = 'no' AND j.reason = 'timing' AND j.call_date IS NOT NULL
      AND (p.as_of IS NULL OR j.call_date <= p.as_of)
),
-- the dated calls, known as of as_of, of the companies that said timing
known AS (
    SELECT s.company_key, s.call_seq, s.call_date, coalesce(l.outcome = 'meeting', false) AS is_meeting
    FROM params AS p, calls_sequence AS s
    LEFT JOIN labels AS l USING (call_key)
    WHERE s.call_date IS NOT NULL
      AND (p.as_of IS NULL OR s.call_date <= p.as_of)
      AND s.company_key IN (SELECT company_key FROM timing)
),
-- per timing no: the date of the company's next call and of its first later meeting
followups AS (
    SELECT
        t.call_key,
        any_value(t.call_date) AS call_date,
        any_value(t.callback_date) AS callback_date,
        min(k.call_date) AS next_call_date,
        min(k.call_date) FILTER (WHERE k.is_meeting) AS meeting_date
    FROM timing AS t
    LEFT JOIN known AS k ON k.company_key = t.company_key AND k.call_seq > t.call_seq
    GROUP BY t.call_key
)
SELECT
    count(*) AS timing_nos,
    count(*) FILTER (WHERE callback_date IS NOT NULL) AS with_callback_date,
    count(*) FILTER (WHERE next_call_date <= callback_date + 3) AS called_again_by_date,
    count(*) FILTER (WHERE next_call_date > callback_date + 3) AS called_again_later,
    count(*) FILTER (WHERE meeting_date IS NOT NULL) AS later_meeting,
    CAST(median(meeting_date - call_date) AS DOUBLE) AS median_days_to_meeting
FROM followups
ORDER BY ALL;
