-- Value parsing used by the ingest's generated SQL, kept as macros so analysts can reuse them.

-- whyno_phone normalises a phone number to E.164 where it can: "12 34 56 78" -> "+4512345678"
-- (cc = default country code, e.g. '+45'), "0046 8 123 456" -> "+468123456"; anything else is
-- returned trimmed, as given. NULL for empty input. It runs on every row of every import, so it
-- avoids regular expressions (regexp_replace costs ~1 s per million rows here) and the ingest
-- computes whyno_phone_clean once per row and passes it to whyno_phone_digits.
CREATE OR REPLACE MACRO whyno_phone_clean(p) AS (
    CASE WHEN contains(p, '(') OR contains(p, '.') OR contains(p, '/') OR contains(p, chr(160))
        THEN translate(trim(p), ' -.()/' || chr(160), '')
        ELSE replace(replace(p, ' ', ''), '-', '')
    END
);
CREATE OR REPLACE MACRO whyno_phone_digits(d, cc, orig) AS (
    CASE
        WHEN d IS NULL OR d = '' THEN NULL
        WHEN length(d) = 8 AND try_cast(d AS UBIGINT) IS NOT NULL THEN cc || d
        WHEN left(d, 1) = '+' AND length(d) BETWEEN 7 AND 16 AND try_cast(substr(d, 2) AS UBIGINT) IS NOT NULL THEN d
        WHEN left(d, 2) = '00' AND length(d) BETWEEN 8 AND 17 AND try_cast(d AS UBIGINT) IS NOT NULL THEN '+' || substr(d, 3)
        ELSE trim(orig)
    END
);
CREATE OR REPLACE MACRO whyno_phone(p, cc) AS (
    whyno_phone_digits(whyno_phone_clean(p), cc, p)
);

-- whyno_month reads a month as a number 1..12 from a number or a Danish/English/Swedish/German name.
CREATE OR REPLACE MACRO whyno_month(m) AS (
    CASE left(lower(trim(m)), 3)
        WHEN 'jan' THEN 1 WHEN 'feb' THEN 2 WHEN 'mar' THEN 3 WHEN 'mär' THEN 3 WHEN 'apr' THEN 4
        WHEN 'maj' THEN 5 WHEN 'may' THEN 5 WHEN 'mai' THEN 5 WHEN 'jun' THEN 6 WHEN 'jul' THEN 7
        WHEN 'aug' THEN 8 WHEN 'sep' THEN 9 WHEN 'okt' THEN 10 WHEN 'oct' THEN 10 WHEN 'nov' THEN 11
        WHEN 'dec' THEN 12 WHEN 'dez' THEN 12
        ELSE CASE WHEN try_cast(trim(m) AS INTEGER) BETWEEN 1 AND 12 THEN try_cast(trim(m) AS INTEGER) END
    END
);

-- whyno_weekday reads an ISO weekday 1 (Monday) .. 7 from a number or a Danish/English name.
CREATE OR REPLACE MACRO whyno_weekday(d) AS (
    CASE left(lower(trim(d)), 3)
        WHEN 'mon' THEN 1 WHEN 'man' THEN 1 WHEN 'mån' THEN 1 WHEN 'tue' THEN 2 WHEN 'tir' THEN 2
        WHEN 'tis' THEN 2 WHEN 'die' THEN 2 WHEN 'wed' THEN 3 WHEN 'ons' THEN 3 WHEN 'mit' THEN 3
        WHEN 'thu' THEN 4 WHEN 'tor' THEN 4 WHEN 'don' THEN 4 WHEN 'fri' THEN 5 WHEN 'fre' THEN 5
        WHEN 'sat' THEN 6 WHEN 'lør' THEN 6 WHEN 'lor' THEN 6 WHEN 'sam' THEN 6 WHEN 'sun' THEN 7
        WHEN 'søn' THEN 7 WHEN 'son' THEN 7 WHEN 'sön' THEN 7
        ELSE CASE WHEN try_cast(trim(d) AS INTEGER) BETWEEN 1 AND 7 THEN try_cast(trim(d) AS INTEGER) END
    END
);

-- whyno_month_names rewrites Danish and English month names in a date text to numbers, so that
-- strptime's numeric formats read "12. marts 2024" and "March 12, 2024".
CREATE OR REPLACE MACRO whyno_month_names(s) AS (
    regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
    regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
        lower(s),
        '\bjan(uary|uar)?\.?', '01', 'g'), '\bfeb(ruary|ruar)?\.?', '02', 'g'),
        '\bmar(ch|ts)?\.?', '03', 'g'), '\bapr(il)?\.?', '04', 'g'),
        '\b(maj|may)\.?', '05', 'g'), '\bjun[ei]?\.?', '06', 'g'),
        '\bjul[iy]?\.?', '07', 'g'), '\baug(ust)?\.?', '08', 'g'),
        '\bsep(tember|t)?\.?', '09', 'g'), '\b(okt|oct)(ober)?\.?', '10', 'g'),
        '\bnov(ember)?\.?', '11', 'g'), '\bdec(ember)?\.?', '12', 'g')
);

-- whyno_excel_serial reads an Excel serial date-time (days since 1899-12-30, the fraction is the
-- time of day, rounded to the second) as a TIMESTAMP, as source.ParseExcelSerial does: serials
-- below 60 follow Excel's 1900 calendar, which has a 29 February 1900 (serial 60, NULL); NULL for
-- anything else or outside 1 (1900-01-01) .. 2958465 (9999-12-31).
CREATE OR REPLACE MACRO whyno_excel_serial(s) AS (
    CASE WHEN regexp_full_match(s, '[0-9]+([.,][0-9]*)?')
        AND try_cast(replace(s, ',', '.') AS DOUBLE) >= 1
        AND try_cast(replace(s, ',', '.') AS DOUBLE) < 2958466
        AND floor(try_cast(replace(s, ',', '.') AS DOUBLE)) <> 60
        THEN TIMESTAMP '1899-12-30' + to_seconds(CAST(round((try_cast(replace(s, ',', '.') AS DOUBLE)
            + CASE WHEN try_cast(replace(s, ',', '.') AS DOUBLE) < 60 THEN 1 ELSE 0 END) * 86400) AS BIGINT))
    END
);

-- whyno_text is a field's text, NULL when empty or blank, trimmed of spaces. Most values have
-- none to trim, and trim copies every value it is given (~0.15 s per column per million
-- rows), so only values that start or end with a space go through it.
CREATE OR REPLACE MACRO whyno_text(s) AS (
    CASE WHEN starts_with(s, ' ') OR ends_with(s, ' ') THEN nullif(trim(s), '') ELSE nullif(s, '') END
);
