-- name: reasons
-- purpose: why they said no: each refusal reason's count and share of all no's
-- param: from date = NULL   first day of the period, inclusive (NULL: no lower bound)
-- param: to date = NULL     day after the period, exclusive (NULL: no upper bound)
-- param: rep text = NULL    only this rep (NULL: all)
-- param: team text = NULL   only this team (NULL: all)
-- columns: reason, nos, share
--
-- A no without a reason counts as unknown.
WITH nos AS (
    SELECT coalesce(reason, 'unknown') AS reason
    FROM joined_in_scope($from::DATE, $to::DATE, $rep::VARCHAR, $team::VARCHAR)
    WHERE outcome = 'no'
),
counts AS (
    SELECT reason, count(*) AS nos
    FROM nos
    GROUP BY reason
)
SELECT reason, nos, ratio(nos, sum(nos) OVER ()) AS share
FROM counts
ORDER BY nos DESC, reason;
