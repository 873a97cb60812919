-- name: ball_by_direction
-- purpose: who holds the next step after outbound and inbound conversations
-- param: from date = NULL   first day of the period, inclusive (NULL: no lower bound)
-- param: to date = NULL     day after the period, exclusive (NULL: no upper bound)
-- param: rep text = NULL    only this rep (NULL: all)
-- param: team text = NULL   only this team (NULL: all)
-- columns: direction, calls, ours, theirs, none
--
-- Conversations only (reached calls), like ball_by_rep. An inbound caller
-- left with the ball on their side is a customer handed to the competitor.
-- direction is NULL where the export does not tell.
SELECT
    direction,
    count(*) AS calls,
    count(*) FILTER (WHERE ball = 'ours') AS ours,
    count(*) FILTER (WHERE ball = 'theirs') AS theirs,
    count(*) FILTER (WHERE ball = 'none') AS "none"
FROM joined_in_scope($from::DATE, $to::DATE, $rep::VARCHAR, $team::VARCHAR)
WHERE reached
GROUP BY direction
ORDER BY direction;
