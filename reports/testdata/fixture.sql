-- A deterministic synthetic warehouse for the report tests and benchmark.
-- Run after pipeline/warehouse/schema.sql and queries/views.sql, with
-- SET VARIABLE n_calls = N first. Every choice is a hash of the call number
-- and a salt, so the same N gives the same calls on every run.
--
-- Shape: 8 reps in two teams (Hanne Møller makes only ~1 % of the calls, a
-- small sample), calls on weekdays from 1 April 2025 to 31 March 2026 with a
-- July dip, better connect rates at 9-11, about one company per six calls,
-- not-now answers with callback dates, and a few notes that look like
-- spreadsheet formulas or need escaping in iCalendar.

CREATE TEMP TABLE gen AS
WITH base AS (
    SELECT
        i,
        (hash(i, 'u1') % 1000000) / 1e6 AS u1,
        (hash(i, 'u2') % 1000000) / 1e6 AS u2,
        (hash(i, 'u3') % 1000000) / 1e6 AS u3,
        (hash(i, 'u4') % 1000000) / 1e6 AS u4,
        (hash(i, 'u5') % 1000000) / 1e6 AS u5,
        hash(i, 'company') % (getvariable('n_calls') // 6 + 50) AS company_id,
        CASE WHEN hash(i, 'rep') % 100 = 0 THEN 7 ELSE hash(i, 'rep2') % 7 END AS rep_id,
        DATE '2025-04-01' + CAST(hash(i, 'day') % 365 AS INTEGER) AS raw_day,
        8 + CAST(hash(i, 'hour') % 9 AS INTEGER) AS hour,
        CAST(hash(i, 'minute') % 60 AS INTEGER) AS minute
    FROM range(getvariable('n_calls')) AS t(i)
),
dated AS (
    SELECT
        *,
        -- July dip: most July calls move to August
        CASE WHEN month(raw_day) = 7 AND u5 < 0.6 THEN raw_day + 31 ELSE raw_day END AS d0
    FROM base
),
weekdays AS (
    SELECT
        *,
        -- weekends move back to Friday
        CASE WHEN isodow(d0) >= 6 THEN d0 - CAST(isodow(d0) - 5 AS INTEGER) ELSE d0 END AS day
    FROM dated
),
outcomes AS (
    SELECT
        *,
        CASE
            WHEN u1 < 0.04 THEN 'invalid'
            WHEN u2 < 0.33 + CASE WHEN hour IN (9, 10) THEN 0.14 WHEN hour = 12 THEN -0.10 ELSE 0 END
                           - CASE WHEN isodow(day) = 5 THEN 0.08 ELSE 0 END THEN
                CASE
                    WHEN u3 < CASE WHEN month(day) IN (7, 8) THEN 0.07 ELSE 0.14 END THEN 'meeting'
                    WHEN u3 < 0.30 THEN 'interested'
                    ELSE 'no'
                END
            ELSE 'not_reached'
        END AS outcome
    FROM weekdays
),
reasons AS (
    SELECT
        *,
        CASE WHEN outcome = 'no' THEN
            CASE
                WHEN u4 < 0.28 THEN 'timing'
                WHEN u4 < 0.36 THEN 'busy'
                WHEN u4 < 0.54 THEN 'not_interested'
                WHEN u4 < 0.68 THEN 'existing_supplier'
                WHEN u4 < 0.78 THEN 'no_need'
                WHEN u4 < 0.86 THEN 'no_budget'
                WHEN u4 < 0.92 THEN 'not_decision_maker'
                WHEN u4 < 0.96 THEN 'send_info'
                WHEN u4 < 0.98 THEN 'no_cold_calls'
                ELSE 'unknown'
            END
        END AS reason
    FROM outcomes
)
SELECT
    i,
    day + to_hours(hour) + to_minutes(minute) AS called_at,
    (['Anne Sørensen', 'Bo Ågård', 'Carl Nielsen', 'Dorthe Østergaard', 'Emil Jensen', 'Frida Hansen', 'Gustav Lund', 'Hanne Møller'])[CAST(rep_id AS BIGINT) + 1] AS rep,
    CASE WHEN rep_id < 4 THEN 'Nord' ELSE 'Syd' END AS team,
    CASE
        WHEN company_id % 101 = 0 THEN ''
        WHEN company_id % 97 = 0 THEN 'Ærø Tømrer ' || company_id || ' ApS'
        WHEN company_id % 89 = 0 THEN 'Smith, Jones; & Co \ ' || company_id
        ELSE 'Firma ' || company_id || ' ApS'
    END AS company,
    'Kontakt ' || company_id AS contact,
    '+45' || (20000000 + company_id) AS phone,
    CASE WHEN u5 > 0.95 THEN 'inbound' ELSE 'outbound' END AS direction,
    outcome,
    reason,
    CASE
        WHEN outcome = 'meeting' THEN 'ours'
        WHEN outcome = 'interested' THEN CASE WHEN u4 < 0.6 THEN 'ours' ELSE 'theirs' END
        WHEN reason = 'timing' THEN CASE WHEN u5 < 0.7 THEN 'ours' ELSE 'theirs' END
        WHEN reason = 'send_info' THEN 'theirs'
        WHEN reason = 'busy' THEN CASE WHEN u5 < 0.5 THEN 'ours' ELSE 'theirs' END
        WHEN outcome = 'not_reached' AND u4 < 0.2 THEN 'theirs'
        ELSE 'none'
    END AS ball,
    CASE
        WHEN reason = 'timing' THEN day + CAST(14 + hash(i, 'cb') % 120 AS INTEGER)
        WHEN reason = 'busy' THEN day + CAST(1 + hash(i, 'cb') % 7 AS INTEGER)
        WHEN outcome = 'interested' AND u4 < 0.6 THEN day + 7
    END AS callback_date,
    0.3 + 0.7 * u3 AS confidence,
    CASE coalesce(reason, outcome)
        WHEN 'timing' THEN (['ikke lige nu', 'ring efter sommerferien', 'ring igen i uge 34'])[CAST(hash(i, 'ev') % 3 AS BIGINT) + 1]
        WHEN 'busy' THEN (['sidder i bilen', 'har ikke tid nu'])[CAST(hash(i, 'ev') % 2 AS BIGINT) + 1]
        WHEN 'not_interested' THEN (['ikke interesseret', 'nej tak'])[CAST(hash(i, 'ev') % 2 AS BIGINT) + 1]
        WHEN 'existing_supplier' THEN (['har fast leverandør', 'klarer det selv'])[CAST(hash(i, 'ev') % 2 AS BIGINT) + 1]
        WHEN 'no_need' THEN 'ikke relevant for os'
        WHEN 'no_budget' THEN (['ingen budget', 'for dyrt'])[CAST(hash(i, 'ev') % 2 AS BIGINT) + 1]
        WHEN 'not_decision_maker' THEN 'det er ikke mig der bestemmer'
        WHEN 'send_info' THEN 'send en mail'
        WHEN 'no_cold_calls' THEN 'vil ikke ringes op'
        WHEN 'meeting' THEN 'møde booket'
        WHEN 'interested' THEN 'vil gerne have et tilbud'
        WHEN 'not_reached' THEN (['ingen svar', 'vm', 'optaget'])[CAST(hash(i, 'ev') % 3 AS BIGINT) + 1]
        WHEN 'invalid' THEN 'forkert nummer'
    END AS evidence
FROM reasons;

INSERT INTO ingest_runs VALUES
    (1, 'fixture.csv', NULL, 'generic', 'f1x7', getvariable('n_calls') + 12, getvariable('n_calls'), 9, 3,
     TIMESTAMPTZ '2026-04-01 06:00:00+00', TIMESTAMPTZ '2026-04-01 06:01:00+00', 'Europe/Copenhagen');

INSERT INTO call_rows
SELECT
    md5('fixture' || i), i + 2, 1, 'R' || i,
    called_at, month(called_at), isodow(called_at), hour(called_at),
    rep, team, company, contact, phone, NULL, NULL, direction, NULL, NULL, NULL, NULL, NULL,
    CASE
        WHEN i % 997 = 5 THEN '=HYPERLINK("http://evil.example","klik")'
        WHEN i % 991 = 7 THEN '-ikke interesseret, ring aldrig igen'
        WHEN i % 983 = 3 THEN '@kunde: ' || evidence
        WHEN i % 977 = 1 THEN NULL
        ELSE upper(evidence[1]) || evidence[2:] || '. Talte med ' || contact || ', noterede; ' || outcome || '.'
    END
FROM gen;

INSERT INTO labels
SELECT md5('fixture' || i), outcome, reason, ball, callback_date, 'da', confidence, evidence
FROM gen;

DROP TABLE gen;
