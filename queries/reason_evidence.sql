-- name: reason_evidence
-- purpose: what prospects actually say: the most frequent evidence phrases per refusal reason
-- param: from date = NULL   first day of the period, inclusive (NULL: no lower bound)
-- param: to date = NULL     day after the period, exclusive (NULL: no upper bound)
-- param: rep text = NULL    only this rep (NULL: all)
-- param: team text = NULL   only this team (NULL: all)
-- param: top int = 5        phrases per reason
-- columns: reason, evidence, calls
--
-- Phrases are compared lower-cased and trimmed; no's without evidence are
-- left out. Ties are broken by the phrase.
WITH phrases AS (
    SELECT coalesce(reason, 'unknown') AS reason, lower(trim(evidence)) AS evidence
    FROM joined_in_scope($from::DATE, $to::DATE, $rep::VARCHAR, $team::VARCHAR)
    WHERE outcome = 'no' AND nullif(trim(evidence), '') IS NOT NULL
),
counts AS (
    SELECT reason, evidence, count(*) AS calls
    FROM phrases
    GROUP BY reason, evidence
),
ranked AS (
    SELECT *, row_number() OVER (PARTITION BY reason ORDER BY calls DESC, evidence) AS rank
    FROM counts
)
SELECT reason, evidence, calls
FROM ranked
WHERE rank <= $top::BIGINT
ORDER BY reason, calls DESC, evidence;
