-- whyno warehouse schema. Applied at every open; every statement is idempotent.
-- Documented column by column in docs/warehouse.md.

CREATE SEQUENCE IF NOT EXISTS whyno_run_id START 1;

CREATE TABLE IF NOT EXISTS ingest_runs (
    run_id        BIGINT PRIMARY KEY,
    file          VARCHAR NOT NULL,      -- path as given on the command line
    sheet         VARCHAR,               -- XLSX sheet name; NULL for text files
    source        VARCHAR NOT NULL,      -- mapping name (hubspot, salesforce, ...)
    sha256        VARCHAR NOT NULL,      -- of the file's bytes
    rows_read     BIGINT NOT NULL,       -- data rows in the file (header excluded)
    rows_loaded   BIGINT NOT NULL,       -- new calls added
    duplicates    BIGINT NOT NULL,       -- rows whose call was already in the warehouse
    rejected      BIGINT NOT NULL,       -- rows in rejects
    started_at    TIMESTAMPTZ NOT NULL,
    finished_at   TIMESTAMPTZ NOT NULL,
    tz            VARCHAR                -- the zone the run's called_at are in (--tz)
);
-- tz came later; a warehouse from before has it added (migrate.sql fills it).
ALTER TABLE ingest_runs ADD COLUMN IF NOT EXISTS tz VARCHAR;

CREATE TABLE IF NOT EXISTS rejects (
    run_id   BIGINT NOT NULL,
    file     VARCHAR NOT NULL,
    sheet    VARCHAR,
    "row"    BIGINT NOT NULL,            -- line (CSV) or row (XLSX) number as a spreadsheet shows it
    "column" VARCHAR,                    -- header name of the offending column, NULL for whole-row faults
    value    VARCHAR,                    -- the offending value (or raw line), cut to 200 characters
    reason   VARCHAR NOT NULL
);

-- Calls are stored in call_rows and read through the view calls. What is the
-- same for every call of an import (source, file, sheet, zone) is stored once,
-- in ingest_runs: DuckDB spends as long on each row of a constant text column
-- as on a real one (~50 ms per column per million calls).
--
-- Column compression: DuckDB analyses every string column for the best of its
-- methods when it writes, and the analysis costs more than the write for some
-- (docs/benchmarks.md). Keys (md5 hex) are stored uncompressed, as are
-- company and phone, which rarely repeat; few-valued columns use a dictionary
-- without trying the others; the note is FSST, what DuckDB picks for notes.
CREATE TABLE IF NOT EXISTS call_rows (
    call_key            VARCHAR NOT NULL USING COMPRESSION uncompressed, -- md5 of source + record id, or of the row's content + occurrence
    source_row          BIGINT NOT NULL,
    run_id              BIGINT NOT NULL,
    record_id           VARCHAR USING COMPRESSION dictionary,
    called_at           TIMESTAMP,        -- local wall-clock time in zone tz; NULL when only partial time is known
    call_month          TINYINT,          -- 1..12, from called_at or the partial month
    call_weekday        TINYINT,          -- 1..7 ISO (Monday = 1), from called_at or the partial weekday
    call_hour           TINYINT,          -- 0..23 local, NULL without a time of day
    rep                 VARCHAR USING COMPRESSION dictionary,
    team                VARCHAR USING COMPRESSION dictionary,
    company             VARCHAR USING COMPRESSION uncompressed,
    contact             VARCHAR USING COMPRESSION dictionary,
    phone               VARCHAR USING COMPRESSION uncompressed, -- E.164 (+4512345678) where it could be normalised, else as given
    industry            VARCHAR USING COMPRESSION dictionary,
    size                VARCHAR USING COMPRESSION dictionary,
    direction           VARCHAR USING COMPRESSION dictionary, -- outbound | inbound
    duration_s          INTEGER,
    attempt             INTEGER,
    disposition         VARCHAR USING COMPRESSION dictionary, -- the export's structured outcome, raw
    disposition_outcome VARCHAR USING COMPRESSION dictionary, -- a taxonomy outcome the mapping derived from the export
    subject             VARCHAR USING COMPRESSION dictionary,
    note                VARCHAR USING COMPRESSION fsst
);

-- One row per call, with its import's columns. A LEFT JOIN: a call whose run
-- were missing would still show (with NULL source), not vanish.
CREATE OR REPLACE VIEW calls AS
SELECT
    c.call_key, r.source, r.file AS source_file, r.sheet AS source_sheet, c.source_row, c.run_id,
    c.record_id, c.called_at, r.tz, c.call_month, c.call_weekday, c.call_hour, c.rep, c.team,
    c.company, c.contact, c.phone, c.industry, c.size, c.direction, c.duration_s, c.attempt,
    c.disposition, c.disposition_outcome, c.subject, c.note
FROM call_rows AS c
LEFT JOIN ingest_runs AS r USING (run_id);

-- Classification (../TAXONOMY.md), one row per call, replaced by reclassify.
CREATE TABLE IF NOT EXISTS labels (
    call_key      VARCHAR NOT NULL USING COMPRESSION uncompressed,
    outcome       VARCHAR NOT NULL USING COMPRESSION dictionary, -- meeting | interested | no | not_reached | invalid
    reason        VARCHAR USING COMPRESSION dictionary,          -- set only when outcome = 'no'
    ball          VARCHAR NOT NULL USING COMPRESSION dictionary, -- ours | theirs | none
    callback_date DATE,
    language      VARCHAR USING COMPRESSION dictionary,
    confidence    DOUBLE,
    evidence      VARCHAR
);

-- Views over Arrow streams exist only while a statement reads them; earlier
-- versions left them behind, pointing at freed memory (querying one crashed).
DROP VIEW IF EXISTS whyno_label_stream;
DROP VIEW IF EXISTS whyno_label_batch;
DROP VIEW IF EXISTS whyno_xsheet;
