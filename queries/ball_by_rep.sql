-- name: ball_by_rep
-- purpose: ball on our own half: who holds the next step after each rep's conversations
-- param: from date = NULL   first day of the period, inclusive (NULL: no lower bound)
-- param: to date = NULL     day after the period, exclusive (NULL: no upper bound)
-- param: rep text = NULL    only this rep (NULL: all)
-- param: team text = NULL   only this team (NULL: all)
-- columns: rep, calls, ours, theirs, none, ours_share, theirs_share, none_share
--
-- Conversations only (reached calls). calls = ours + theirs + none; totals
-- over all reps are for the caller to add up.
WITH counts AS (
    SELECT
        rep,
        count(*) AS calls,
        count(*) FILTER (WHERE ball = 'ours') AS ours,
        count(*) FILTER (WHERE ball = 'theirs') AS theirs,
        count(*) FILTER (WHERE ball = 'none') AS "none"
    FROM joined_in_scope($from::DATE, $to::DATE, $rep::VARCHAR, $team::VARCHAR)
    WHERE reached
    GROUP BY rep
)
SELECT
    rep,
    calls,
    ours,
    theirs,
    "none",
    ratio(ours, calls) AS ours_share,
    ratio(theirs, calls) AS theirs_share,
    ratio("none", calls) AS none_share
FROM counts
ORDER BY rep;
