-- name: callback_queue
-- purpose: the callbacks reps owe: overdue, and due within the horizon, per rep
-- param: as_of date          today: callbacks before it are overdue; later calls are ignored
-- param: horizon int = 31    days after as_of still listed as due
-- param: rep text = NULL     only this rep (NULL: all)
-- param: team text = NULL    only this team (NULL: all)
-- columns: rep, company, contact, phone, last_called_at, callback_date, status, days, evidence, note
--
-- One row per company whose latest call (on or before as_of) named a callback
-- date before as_of + horizon: nobody has called it since. status is overdue
-- (callback date before as_of) or due; days = callback_date - as_of
-- (negative when overdue). rep is the rep of that latest call. A booked
-- meeting is not a callback: its date is the meeting's, so those calls are
-- left out.
WITH params AS (
    SELECT $as_of::DATE AS as_of, $horizon::INTEGER AS horizon, $rep::VARCHAR AS rep, $team::VARCHAR AS team
),
-- calls known as of as_of that name a callback date within the horizon
asked AS (
    SELECT c.*
    FROM params AS p, calls_joined AS c
    WHERE c.callback_date IS NOT NULL
      AND c.outcome IS DISTINCT FROM 'meeting'
      AND c.callback_date < p.as_of + p.horizon
      AND c.call_date <= p.as_of
      AND (p.rep IS NULL OR c.rep = p.rep)
      AND (p.team IS NULL OR c.team = p.team)
),
-- of those, the company's latest call as of as_of: its next call, if any,
-- came after as_of
latest AS (
    SELECT a.*
    FROM asked AS a
    JOIN calls_sequence AS s USING (call_key)
    CROSS JOIN params AS p
    WHERE s.next_called_at IS NULL OR CAST(s.next_called_at AS DATE) > p.as_of
)
SELECT
    l.rep,
    nullif(trim(l.company), '') AS company,
    l.contact,
    l.phone,
    l.called_at AS last_called_at,
    l.callback_date,
    CASE WHEN l.callback_date < p.as_of THEN 'overdue' ELSE 'due' END AS status,
    l.callback_date - p.as_of AS days,
    l.evidence,
    n.note
FROM latest AS l
CROSS JOIN params AS p
-- the note from calls itself: a report's snapshot leaves free text out
LEFT JOIN calls AS n USING (call_key)
ORDER BY l.rep, l.callback_date, company, l.phone, l.called_at;
