-- A small, hand-checkable warehouse for the query tests: 3 reps (anna and bo
-- in team nord, carl in team syd), Feb-Apr 2026, 55 calls. Run after
-- pipeline/warehouse/schema.sql and queries/views.sql.
--
-- Stories the goldens rely on:
-- * Alfa ApS says not-now (timing) on 10/2 with a callback 16/3, is called on
--   16/3 and books a meeting: called back by date, meeting 34 days later.
-- * Beta Bolig says timing on 3/3 (callback 6/4), is called only 20/4 and books
--   27/4: called back late, meeting after 55 days.
-- * Uniform Ure says timing on 23/3 (callback 13/4), called 28/4 with a meeting
--   (36 days). Gamma Glas (callback 4/5), Delta Data (2/3), Oscar Olie (29/4)
--   and Papa Print (1/6) were never called again; Tango Tekstil gave no date.
-- * March (the headline month): 24 dials with a time, 19 reached, 3 meetings,
--   14 no's; plus one partial-time March row (Zulu Zink) with no date.
-- * Ball theirs: Epsilon El (never followed), Mike Medie (followed next day),
--   November Net (followed after 28 days), Whiskey Web (twice, 35 days apart).
-- * "Kilo Kemi" is written " KILO KEMI " once; one company has only a phone.

CREATE TEMP TABLE fixture (
    k VARCHAR, called TIMESTAMP, month TINYINT, weekday TINYINT, rep VARCHAR, company VARCHAR,
    phone VARCHAR, direction VARCHAR, attempt INTEGER, outcome VARCHAR, reason VARCHAR,
    ball VARCHAR, callback DATE, confidence DOUBLE, evidence VARCHAR, note VARCHAR
);

INSERT INTO fixture VALUES
-- February
('c01', '2026-02-03 09:15', NULL, NULL, 'anna', 'Alfa ApS', '+4511000001', 'outbound', NULL, 'not_reached', NULL, 'none', NULL, 0.9, 'ingen svar', 'Ingen svar'),
('c02', '2026-02-03 10:30', NULL, NULL, 'anna', 'Bravo IT', '+4511000002', 'outbound', NULL, 'no', 'not_interested', 'none', NULL, 0.9, 'ikke interesseret', 'Ikke interesseret'),
('c03', '2026-02-04 11:00', NULL, NULL, 'bo', 'Charlie Byg', '+4511000003', 'outbound', NULL, 'no', 'existing_supplier', 'none', NULL, 0.9, 'har fast leverandør', 'Har fast leverandør'),
('c04', '2026-02-05 14:20', NULL, NULL, 'bo', 'Delta Data', '+4511000004', 'outbound', NULL, 'not_reached', NULL, 'none', NULL, 0.9, 'vm', 'vm'),
('c05', '2026-02-10 09:45', NULL, NULL, 'anna', 'Alfa ApS', '+4511000001', 'outbound', NULL, 'no', 'timing', 'ours', '2026-03-16', 0.9, 'ikke lige nu', 'Ikke lige nu, ring igen 16/3'),
('c06', '2026-02-11 13:10', NULL, NULL, 'carl', 'Echo Transport', '+4511000006', 'outbound', NULL, 'meeting', NULL, 'ours', NULL, 0.9, 'møde booket', 'Møde booket 18/2'),
('c07', '2026-02-12 15:30', NULL, NULL, 'carl', 'Foxtrot Foods', '+4511000007', 'outbound', NULL, 'no', 'no_budget', 'none', NULL, 0.9, 'ingen budget', 'Ingen budget'),
('c08', '2026-02-17 10:00', NULL, NULL, 'carl', 'Delta Data', '+4511000004', 'outbound', NULL, 'no', 'timing', 'ours', '2026-03-02', 0.9, 'ring igen', 'Travlt, ring igen 2/3'),
('c09', '2026-02-18 11:20', NULL, NULL, 'bo', 'Golf Gruppen', '+4511000009', 'outbound', NULL, 'interested', NULL, 'ours', '2026-02-25', 0.9, 'vil gerne have et tilbud', 'Vil gerne have et tilbud, ring 25/2'),
('c10', '2026-02-25 09:30', NULL, NULL, 'bo', 'Golf Gruppen', '+4511000009', 'outbound', NULL, 'meeting', NULL, 'ours', NULL, 0.9, 'møde booket', 'Møde booket'),
('c11', '2026-02-26 16:05', NULL, NULL, 'anna', 'Hotel Indigo', '+4511000011', 'outbound', NULL, 'invalid', NULL, 'none', NULL, 0.9, 'forkert nummer', 'Forkert nummer'),
('c12', NULL, 2, 3, 'anna', 'Juliet Jern', '+4511000012', 'outbound', 1, 'not_reached', NULL, 'none', NULL, 0.9, 'ingen svar', 'Ingen svar'),
-- March
('c13', '2026-03-02 09:05', NULL, NULL, 'anna', 'Kilo Kemi', '+4511000013', 'outbound', NULL, 'not_reached', NULL, 'none', NULL, 0.9, 'ingen svar', 'Ingen svar'),
('c14', '2026-03-02 09:20', NULL, NULL, 'anna', 'Lima Logistik', '+4511000014', 'outbound', NULL, 'no', 'busy', 'ours', '2026-03-03', 0.9, 'sidder i bilen', 'Sidder i bilen, ring i morgen'),
('c15', '2026-03-03 10:10', NULL, NULL, 'bo', 'Beta Bolig', '+4511000015', 'outbound', NULL, 'no', 'timing', 'ours', '2026-04-06', 0.9, 'efter påske', 'Ring efter påske'),
('c16', '2026-03-03 10:40', NULL, NULL, 'anna', 'Lima Logistik', '+4511000014', 'outbound', NULL, 'meeting', NULL, 'ours', NULL, 0.9, 'møde booket', 'Møde booket'),
('c17', '2026-03-04 11:00', NULL, NULL, 'carl', 'Gamma Glas', '+4511000017', 'outbound', NULL, 'no', 'timing', 'ours', '2026-05-04', 0.9, 'ring i maj', 'Ikke nu, ring i maj'),
('c18', '2026-03-05 13:30', NULL, NULL, 'anna', 'Epsilon El', '+4511000018', 'outbound', NULL, 'interested', NULL, 'theirs', NULL, 0.9, 'han vender tilbage', 'Han vender tilbage'),
('c19', '2026-03-05 14:00', NULL, NULL, 'carl', 'Kilo Kemi', '+4511000013', 'outbound', NULL, 'not_reached', NULL, 'none', NULL, 0.9, 'vm', 'vm'),
('c20', '2026-03-09 09:00', NULL, NULL, 'bo', 'Mike Medie', '+4511000020', 'inbound', NULL, 'no', 'busy', 'theirs', NULL, 0.9, 'ring senere', 'Ringede ind, bad os ringe senere'),
('c21', '2026-03-10 10:15', NULL, NULL, 'bo', 'Mike Medie', '+4511000020', 'outbound', NULL, 'no', 'not_interested', 'none', NULL, 0.9, 'nej tak', 'Nej tak'),
('c22', '2026-03-10 14:45', NULL, NULL, 'carl', 'November Net', '+4511000022', 'outbound', NULL, 'no', 'not_decision_maker', 'theirs', NULL, 0.9, 'ikke mig der bestemmer', 'Det er ikke mig der bestemmer'),
('c23', '2026-03-11 09:30', NULL, NULL, 'anna', 'Oscar Olie', '+4511000023', 'outbound', NULL, 'no', 'unknown', 'none', NULL, 0.4, NULL, 'nej'),
('c24', '2026-03-12 10:00', NULL, NULL, 'anna', 'Papa Print', '+4511000024', 'outbound', NULL, 'not_reached', NULL, 'none', NULL, 0.9, 'optaget', 'Optaget'),
('c25', '2026-03-16 09:10', NULL, NULL, 'anna', 'Alfa ApS', '+4511000001', 'outbound', NULL, 'meeting', NULL, 'ours', NULL, 0.9, 'møde booket', 'Møde booket'),
('c26', '2026-03-17 11:30', NULL, NULL, 'bo', 'Quebec Quality', '+4511000026', 'outbound', NULL, 'no', 'existing_supplier', 'none', NULL, 0.9, 'har fast leverandør', 'Har fast leverandør'),
('c27', '2026-03-18 15:00', NULL, NULL, 'carl', 'Romeo Rør', '+4511000027', 'outbound', NULL, 'no', 'no_budget', 'none', NULL, 0.9, 'for dyrt', 'For dyrt'),
('c28', '2026-03-19 10:45', NULL, NULL, 'carl', 'Sierra Solar', '+4511000028', 'outbound', NULL, 'meeting', NULL, 'ours', NULL, 0.9, 'booked demo', 'Booked demo for Thursday'),
('c29', '2026-03-20 13:00', NULL, NULL, 'bo', 'Tango Tekstil', '+4511000029', 'outbound', NULL, 'no', 'not_interested', 'none', NULL, 0.9, 'ikke interesseret', 'Ikke interesseret'),
('c30', '2026-03-23 09:50', NULL, NULL, 'anna', 'Uniform Ure', '+4511000030', 'outbound', NULL, 'no', 'timing', 'ours', '2026-04-13', 0.9, 'ring igen i uge 16', 'Ring igen i uge 16'),
('c31', '2026-03-24 10:20', NULL, NULL, 'anna', 'Kilo Kemi', '+4511000013', 'outbound', NULL, 'no', 'no_need', 'none', NULL, 0.9, 'ikke relevant', 'Ikke relevant for os'),
('c32', '2026-03-25 14:10', NULL, NULL, 'bo', 'Victor Vin', '+4511000032', 'outbound', NULL, 'not_reached', NULL, 'none', NULL, 0.9, NULL, ''),
('c33', '2026-03-26 16:30', NULL, NULL, 'carl', 'Whiskey Web', '+4511000033', 'outbound', NULL, 'no', 'send_info', 'theirs', NULL, 0.9, 'send en mail', 'Send en mail'),
('c34', '2026-03-30 09:00', NULL, NULL, 'bo', 'Xray Xtra', '+4511000034', 'outbound', NULL, 'interested', NULL, 'ours', '2026-04-02', 0.9, 'vil have tilbud', 'Vil have tilbud, ring torsdag'),
('c35', '2026-03-31 11:00', NULL, NULL, 'carl', 'Yankee Yacht', '+4511000035', 'outbound', NULL, 'no', 'no_cold_calls', 'none', NULL, 0.9, 'vil ikke ringes op', 'Vil ikke ringes op'),
('c36', NULL, 3, 5, 'bo', 'Zulu Zink', '+4511000036', 'outbound', 2, 'no', 'not_interested', 'none', NULL, 0.9, 'ikke interesseret', 'Ikke interesseret'),
('c37', '2026-03-14 10:00', NULL, NULL, 'anna', 'Papa Print', '+4511000024', 'outbound', NULL, 'not_reached', NULL, 'none', NULL, 0.9, 'ingen svar', 'Ingen svar (lørdag)'),
-- April
('c38', '2026-04-01 09:30', NULL, NULL, 'bo', 'Xray Xtra', '+4511000034', 'outbound', NULL, 'meeting', NULL, 'ours', NULL, 0.9, 'møde booket', 'Møde booket'),
('c39', '2026-04-02 10:00', NULL, NULL, 'anna', 'Papa Print', '+4511000024', 'outbound', NULL, 'no', 'timing', 'ours', '2026-06-01', 0.9, 'til sommer', 'Ikke nu, prøv til sommer'),
('c40', '2026-04-07 11:15', NULL, NULL, 'carl', 'November Net', '+4511000022', 'outbound', NULL, 'not_reached', NULL, 'none', NULL, 0.9, 'ingen svar', 'Ingen svar'),
('c41', '2026-04-08 13:00', NULL, NULL, 'anna', ' KILO KEMI ', '+4511000013', 'outbound', NULL, 'not_reached', NULL, 'none', NULL, 0.9, 'ingen svar', 'Ingen svar'),
('c42', '2026-04-09 14:30', NULL, NULL, 'bo', 'Charlie Byg', '+4511000003', 'outbound', NULL, 'no', 'existing_supplier', 'none', NULL, 0.9, 'har fast leverandør', 'Har stadig fast leverandør'),
('c43', '2026-04-14 09:00', NULL, NULL, 'carl', 'Romeo Rør', '+4511000027', 'outbound', NULL, 'no', 'no_budget', 'none', NULL, 0.9, 'ingen budget', 'Ingen budget i år'),
('c44', '2026-04-15 10:30', NULL, NULL, 'bo', 'Bravo IT', '+4511000002', 'outbound', NULL, 'no', 'not_interested', 'none', NULL, 0.45, 'nej tak', 'Nej tak'),
('c45', '2026-04-16 15:45', NULL, NULL, 'anna', 'Lima Logistik', '+4511000014', 'outbound', NULL, 'interested', NULL, 'ours', '2026-05-05', 0.9, 'vil have tilbud', 'Vil have tilbud på udvidelse, ring 5/5'),
('c46', '2026-04-20 10:10', NULL, NULL, 'bo', 'Beta Bolig', '+4511000015', 'outbound', NULL, 'interested', NULL, 'ours', '2026-04-27', 0.9, 'vil gerne have et tilbud', 'Vil gerne have et tilbud'),
('c47', '2026-04-21 11:00', NULL, NULL, 'carl', 'Foxtrot Foods', '+4511000007', 'outbound', NULL, 'not_reached', NULL, 'none', NULL, 0.9, 'vm', 'vm'),
('c48', '2026-04-22 09:40', NULL, NULL, 'anna', 'Oscar Olie', '+4511000023', 'outbound', NULL, 'no', 'timing', 'ours', '2026-04-29', 0.9, 'næste uge', 'Ring i næste uge'),
('c49', '2026-04-27 13:20', NULL, NULL, 'bo', 'Beta Bolig', '+4511000015', 'outbound', NULL, 'meeting', NULL, 'ours', NULL, 0.9, 'møde booket', 'Møde booket'),
('c50', '2026-04-28 10:00', NULL, NULL, 'anna', 'Uniform Ure', '+4511000030', 'outbound', NULL, 'meeting', NULL, 'ours', NULL, 0.9, 'møde booket', 'Møde booket'),
('c51', '2026-04-29 16:00', NULL, NULL, 'carl', 'Tango Tekstil', '+4511000029', 'outbound', NULL, 'no', 'timing', 'ours', NULL, 0.9, 'ikke nu', 'Ikke nu'),
('c52', NULL, 4, 2, 'carl', 'Victor Vin', '+4511000032', 'outbound', 1, 'not_reached', NULL, 'none', NULL, 0.9, 'ingen svar', 'Ingen svar'),
('c53', '2026-04-30 09:00', NULL, NULL, 'anna', 'Whiskey Web', '+4511000033', 'inbound', NULL, 'interested', NULL, 'theirs', NULL, 0.9, 'ringer selv tilbage', 'Ringede ind, ringer selv tilbage'),
('c54', '2026-04-10 10:00', NULL, NULL, 'bo', NULL, '+4522000099', 'outbound', NULL, 'not_reached', NULL, 'none', NULL, 0.9, 'ingen svar', 'Ingen svar'),
('c55', '2026-04-13 10:00', NULL, NULL, 'bo', '', '+4522000099', 'outbound', NULL, 'no', 'not_interested', 'none', NULL, 0.9, 'ikke interesseret', 'Ikke interesseret');

-- calls as the warehouse stores them: partial rows keep only month and weekday
INSERT INTO call_rows (call_key, source_row, run_id, called_at, call_month,
                   call_weekday, call_hour, rep, team, company, contact, phone, direction, attempt, note)
SELECT
    k, CAST(substr(k, 2) AS BIGINT) + 1, 1, called,
    coalesce(month(called), month), coalesce(isodow(called), weekday), hour(called),
    rep, CASE rep WHEN 'carl' THEN 'syd' ELSE 'nord' END, company, 'Kontakt ' || k, phone,
    direction, attempt, note
FROM fixture;

INSERT INTO labels (call_key, outcome, reason, ball, callback_date, language, confidence, evidence)
SELECT k, outcome, reason, ball, callback, 'da', confidence, evidence
FROM fixture;

INSERT INTO ingest_runs VALUES
(1, 'feb.csv', NULL, 'fixture', 'aa', 14, 12, 1, 1, '2026-03-01 08:00:00+00', '2026-03-01 08:00:01+00', 'Europe/Copenhagen'),
(2, 'mar-apr.xlsx', 'Calls', 'fixture', 'bb', 46, 43, 0, 3, '2026-05-01 08:00:00+00', '2026-05-01 08:00:02+00', 'Europe/Copenhagen');

INSERT INTO rejects VALUES
(1, 'feb.csv', NULL, 7, 'called_at', '31/02/2026', 'no such date'),
(2, 'mar-apr.xlsx', 'Calls', 12, 'phone', '', 'empty phone and company'),
(2, 'mar-apr.xlsx', 'Calls', 30, NULL, ';;;', 'row has 3 fields, want 18'),
(2, 'mar-apr.xlsx', 'Calls', 41, 'rep', '', 'empty rep');

DROP TABLE fixture;
