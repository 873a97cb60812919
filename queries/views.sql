-- whyno analytic views. The warehouse runs this file at every open, after
-- schema.sql; every statement is idempotent. The named queries read these
-- views, and so can any DuckDB client: they are documented in docs/queries.md.

-- calls_labelled: every call with its labels and the derived columns the
-- analytics share.
CREATE OR REPLACE VIEW calls_labelled AS
WITH joined AS (
    SELECT
        c.*,
        l.outcome,
        l.reason,
        l.ball,
        l.callback_date,
        l.language,
        l.confidence,
        l.evidence,
        CAST(c.called_at AS DATE) AS call_date,
        -- company identity: the name, ignoring case and outer spaces; the
        -- phone number when the name is empty
        coalesce(nullif(lower(trim(c.company)), ''), nullif(trim(c.phone), '')) AS company_key
    FROM calls AS c
    LEFT JOIN labels AS l USING (call_key)
),
sequenced AS (
    SELECT
        *,
        -- the company's calls in time order; calls without a time come last
        CASE WHEN company_key IS NOT NULL THEN row_number() OVER company_calls END AS call_seq,
        -- when the company was called next (NULL: not since, or no time known)
        CASE WHEN company_key IS NOT NULL AND called_at IS NOT NULL THEN lead(called_at) OVER company_calls END
            AS next_called_at
    FROM joined
    WINDOW company_calls AS (
        PARTITION BY company_key
        ORDER BY called_at NULLS LAST, source_file, source_row, call_key
    )
)
SELECT
    *,
    coalesce(outcome IN ('meeting', 'interested', 'no'), false) AS reached,
    coalesce(outcome = 'meeting', false) AS is_meeting,
    -- the export's attempt number where it has one, else the company's call count so far
    coalesce(attempt, call_seq) AS attempt_no
FROM sequenced;

-- calls_in_scope: the labelled calls of a period [p_from, p_to) and of one
-- rep and team; a NULL argument does not filter. Calls without a date
-- (partial time) are in scope only when the period is open on both ends.
CREATE OR REPLACE MACRO calls_in_scope(p_from, p_to, p_rep, p_team) AS TABLE
    SELECT *
    FROM calls_labelled
    WHERE (p_from IS NULL OR call_date >= p_from)
      AND (p_to IS NULL OR call_date < p_to)
      AND (p_rep IS NULL OR rep = p_rep)
      AND (p_team IS NULL OR team = p_team);

-- callbacks: every call that named a date to call again, and whether the
-- company was called again by then (within 3 days, the taxonomy's tolerance).
CREATE OR REPLACE VIEW callbacks AS
SELECT
    call_key,
    company_key,
    company,
    contact,
    phone,
    rep,
    team,
    called_at,
    outcome,
    reason,
    ball,
    callback_date,
    next_called_at,
    coalesce(CAST(next_called_at AS DATE) <= callback_date + 3, false) AS called_back_by_date,
    next_called_at IS NULL AS open,
    evidence,
    note
FROM calls_labelled
WHERE callback_date IS NOT NULL;

-- companies: one row per company, its calls and where it stands.
CREATE OR REPLACE VIEW companies AS
SELECT
    company_key,
    -- the name as written on the company's latest call
    arg_max(company, call_seq) AS company,
    count(*) AS calls,
    min(called_at) AS first_called_at,
    max(called_at) AS last_called_at,
    count(*) FILTER (WHERE reached) AS reached,
    count(*) FILTER (WHERE is_meeting) AS meetings,
    min(attempt_no) FILTER (WHERE reached) AS first_reached_attempt,
    min(attempt_no) FILTER (WHERE is_meeting) AS first_meeting_attempt,
    arg_max(outcome, call_seq) AS last_outcome,
    arg_max(ball, call_seq) AS last_ball,
    arg_max(rep, call_seq) AS last_rep
FROM calls_labelled
WHERE company_key IS NOT NULL
GROUP BY company_key;

-- ratio: num / den as DOUBLE; NULL when den is 0 or NULL.
CREATE OR REPLACE MACRO ratio(num, den) AS
    CASE WHEN den = 0 THEN NULL ELSE CAST(num AS DOUBLE) / den END;
