-- whyno analytic views and macros. The warehouse runs this file at every
-- open, after schema.sql; every statement is idempotent. The named queries
-- read these views, and so can any DuckDB client. docs/queries.md is
-- generated from the "-- view:" and "-- column:" comments below (go test
-- ./queries -update), so keep them in step with the SQL.

-- macro: company_key(company, phone)
-- Company identity: the name, ignoring case and outer spaces; the phone
-- number when the name is empty; NULL when both are.
-- Example: SELECT company_key(' Alfa ApS ', '+4511000001')
CREATE OR REPLACE MACRO company_key(company, phone) AS
    coalesce(nullif(lower(trim(company)), ''), nullif(trim(phone), ''));

-- view: calls_joined
-- Every call with its labels (NULL where a call is not classified yet) and
-- the derived columns that need no look at the company's other calls. It is
-- calls_labelled without call_seq, next_called_at and attempt_no, and much
-- cheaper on a big warehouse: use it when those are not needed.
-- column: call_date       the day of called_at; NULL when only partial time is known
-- column: company_key     company identity: lower(trim(company)), else the trimmed phone; NULL when both are empty
-- column: reached         a conversation: outcome meeting, interested or no
-- column: is_meeting      outcome meeting
-- column: has_note        the call has a note (not empty or blank)
CREATE OR REPLACE VIEW calls_joined AS
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
    company_key(c.company, c.phone) AS company_key,
    coalesce(l.outcome IN ('meeting', 'interested', 'no'), false) AS reached,
    coalesce(l.outcome = 'meeting', false) AS is_meeting,
    nullif(trim(c.note), '') IS NOT NULL AS has_note
FROM calls AS c
LEFT JOIN labels AS l USING (call_key);

-- view: calls_sequence
-- Each call's place among its company's calls: in time order, calls without a
-- time last, ties broken by ingest run, sheet and row so the order is the
-- same at every run. Only calls with a company_key.
-- column: call_seq        the company's calls in time order (1 = first)
-- column: next_called_at  called_at of the company's next call; NULL when it was not called since or the call has no time
CREATE OR REPLACE VIEW calls_sequence AS
-- Read from calls_joined, which already has company_key: in a report's
-- snapshot that name is the snapshot's copy, so the keys are not computed twice.
WITH keyed AS (
    SELECT call_key, called_at, run_id, source_sheet, source_row, company_key
    FROM calls_joined
)
SELECT
    call_key,
    company_key,
    called_at,
    CAST(called_at AS DATE) AS call_date,
    row_number() OVER company_calls AS call_seq,
    CASE WHEN called_at IS NOT NULL THEN lead(called_at) OVER company_calls END AS next_called_at
FROM keyed
WHERE company_key IS NOT NULL
WINDOW company_calls AS (
    PARTITION BY company_key
    ORDER BY called_at NULLS LAST, run_id, source_sheet NULLS FIRST, source_row
);

-- view: calls_labelled
-- Every call with its labels and all derived columns: calls_joined with the
-- call's place among its company's calls (calls_sequence).
-- column: attempt_no      the export's attempt number where it has one, else call_seq
CREATE OR REPLACE VIEW calls_labelled AS
SELECT j.*, s.call_seq, s.next_called_at, coalesce(j.attempt, s.call_seq) AS attempt_no
FROM calls_joined AS j
LEFT JOIN calls_sequence AS s USING (call_key);

-- view: callbacks
-- Every call that named a date to call again, and whether the company was
-- called again by then.
-- column: called_back_by_date  the company's next call came on or before callback_date + 3 days (the taxonomy's tolerance)
-- column: open                 no call to the company since
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

-- view: companies
-- One row per company (company_key), its calls and where it stands.
-- column: company                the name as written (trimmed) on the company's latest call
-- column: calls                  calls to the company
-- column: first_called_at        its first call with a time
-- column: last_called_at         its latest call with a time
-- column: reached                its conversations
-- column: meetings               its meetings
-- column: first_reached_attempt  attempt_no of its first conversation
-- column: first_meeting_attempt  attempt_no of its first meeting
-- column: last_outcome           outcome of its latest call
-- column: last_ball              ball of its latest call
-- column: last_rep               rep of its latest call
CREATE OR REPLACE VIEW companies AS
SELECT
    company_key,
    arg_max(nullif(trim(company), ''), call_seq) AS company,
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

-- macro: calls_in_scope(p_from, p_to, p_rep, p_team)
-- A table: the rows of calls_labelled in the period [p_from, p_to) of rep
-- p_rep and team p_team; a NULL argument does not filter. Calls without a
-- date (partial time) are in scope only when p_from and p_to are both NULL.
-- Example: SELECT count(*) FROM calls_in_scope(DATE '2026-03-01', DATE '2026-04-01', NULL, 'nord')
CREATE OR REPLACE MACRO calls_in_scope(p_from, p_to, p_rep, p_team) AS TABLE
    SELECT *
    FROM calls_labelled
    WHERE (p_from IS NULL OR call_date >= p_from)
      AND (p_to IS NULL OR call_date < p_to)
      AND (p_rep IS NULL OR rep = p_rep)
      AND (p_team IS NULL OR team = p_team);

-- macro: joined_in_scope(p_from, p_to, p_rep, p_team)
-- The same as calls_in_scope, over calls_joined: faster, without call_seq,
-- next_called_at and attempt_no.
-- Example: SELECT reason, count(*) FROM joined_in_scope(NULL, NULL, 'anna', NULL) WHERE outcome = 'no' GROUP BY reason ORDER BY reason
CREATE OR REPLACE MACRO joined_in_scope(p_from, p_to, p_rep, p_team) AS TABLE
    SELECT *
    FROM calls_joined
    WHERE (p_from IS NULL OR call_date >= p_from)
      AND (p_to IS NULL OR call_date < p_to)
      AND (p_rep IS NULL OR rep = p_rep)
      AND (p_team IS NULL OR team = p_team);

-- macro: ratio(num, den)
-- num / den as DOUBLE; NULL when den is 0 or NULL (never NaN or infinity).
-- Example: SELECT ratio(count(*) FILTER (WHERE is_meeting), count(*)) FROM calls_labelled
CREATE OR REPLACE MACRO ratio(num, den) AS
    CASE WHEN den = 0 THEN NULL ELSE CAST(num AS DOUBLE) / den END;
