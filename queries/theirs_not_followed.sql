-- name: theirs_not_followed
-- purpose: calls that left the ball with the prospect and were not followed up within the grace period
-- param: from date = NULL   first day of the period, inclusive (NULL: no lower bound)
-- param: to date = NULL     day after the period, exclusive (NULL: no upper bound)
-- param: rep text = NULL    only this rep (NULL: all)
-- param: team text = NULL   only this team (NULL: all)
-- param: grace int = 14     days we may wait for them before we should call
-- columns: rep, company, called_at, direction, note
--
-- Calls with ball theirs after which the company's next call came more than
-- grace days later, or never.
WITH theirs AS (
    SELECT call_key, rep, company, called_at, direction
    FROM joined_in_scope($from::DATE, $to::DATE, $rep::VARCHAR, $team::VARCHAR)
    WHERE ball = 'theirs' AND called_at IS NOT NULL
)
SELECT
    t.rep,
    nullif(trim(t.company), '') AS company,
    t.called_at,
    t.direction,
    n.note
FROM theirs AS t
LEFT JOIN calls_sequence AS s USING (call_key)
-- the note from calls itself: a report's snapshot leaves free text out
LEFT JOIN calls AS n USING (call_key)
WHERE s.next_called_at IS NULL OR s.next_called_at > t.called_at + to_days($grace::INTEGER)
ORDER BY t.rep, t.called_at, company, t.call_key;
