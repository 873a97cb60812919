-- name: rep_reasons
-- purpose: the refusal reason mix per rep
-- param: from date = NULL   first day of the period, inclusive (NULL: no lower bound)
-- param: to date = NULL     day after the period, exclusive (NULL: no upper bound)
-- param: rep text = NULL    only this rep (NULL: all)
-- param: team text = NULL   only this team (NULL: all)
-- columns: rep, reason, nos, rep_nos, share
--
-- share is the reason's part of the rep's no's. Only reasons the rep heard
-- are listed. A no without a reason counts as unknown.
WITH counts AS (
    SELECT rep, coalesce(reason, 'unknown') AS reason, count(*) AS nos
    FROM joined_in_scope($from::DATE, $to::DATE, $rep::VARCHAR, $team::VARCHAR)
    WHERE outcome = 'no'
    GROUP BY ALL
)
SELECT
    rep,
    reason,
    nos,
    sum(nos) OVER (PARTITION BY rep) AS rep_nos,
    ratio(nos, sum(nos) OVER (PARTITION BY rep)) AS share
FROM counts
ORDER BY rep, nos DESC, reason;
