-- Materialises the views every query reads as temporary tables of the
-- connection. Temporary tables come first in DuckDB's search path, so they
-- shadow the views of the same name (calls_labelled and the macros read
-- them too) until the connection closes or Release drops them. A report
-- that runs many queries then pays the join of labels and the per-company
-- window once instead of in every query.
-- Every query orders its own output, so the copies need not keep row order,
-- which lets DuckDB build them on all cores (Release restores the setting).
SET preserve_insertion_order = false;
-- Free text (note, subject) is left out: it is most of the bytes, and the two
-- queries that show notes read them from calls for the rows they list.
CREATE OR REPLACE TEMP TABLE calls_joined AS SELECT * EXCLUDE (note, subject) FROM main.calls_joined;
CREATE OR REPLACE TEMP TABLE calls_sequence AS SELECT * FROM main.calls_sequence;
