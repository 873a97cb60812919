package warehouse

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"whyno/pipeline/source"
)

// okCond is true on stage rows that pass every check.
func okCond(c *compiled) string {
	conds := []string{"_ragged IS NULL"}
	for _, ch := range c.checks {
		conds = append(conds, "NOT coalesce("+ch.cond+", false)")
	}
	return strings.Join(conds, " AND ")
}

// rejectRows records every row that cannot be loaded, with its reasons, and
// counts rows read and rejected.
func (w *Warehouse) rejectRows(ctx context.Context, conn *sql.Conn, t table, c *compiled, res *Result) error {
	engine, err := t.engineRejects(ctx, conn)
	if err != nil {
		return err
	}
	lines := map[int64]bool{}
	for _, r := range engine {
		lines[r.Row] = true
		if _, err := conn.ExecContext(ctx, `INSERT INTO rejects VALUES ($1, $2, $3, $4, NULL, left($5, 200), $6)`,
			res.RunID, res.File, nullable(res.Sheet), r.Row, r.Value, r.Reason); err != nil {
			return err
		}
	}
	loc := []any{res.RunID, res.File, nullable(res.Sheet)}
	if _, err := conn.ExecContext(ctx, `INSERT INTO rejects
		SELECT $1, $2, $3, _row, NULL, left(_line, 200), _ragged FROM stage WHERE _ragged <> ''`, loc...); err != nil {
		return err
	}
	for _, ch := range c.checks {
		q := fmt.Sprintf(`INSERT INTO rejects SELECT $1, $2, $3, _row, $4, left(%s, 200), $5 FROM stage
			WHERE _ragged IS NULL AND coalesce(%s, false)`, ch.value, ch.cond)
		if _, err := conn.ExecContext(ctx, q, append(loc, ch.column, ch.reason)...); err != nil {
			return err
		}
	}
	// One scan counts the rows, the good ones, and whether any are identical
	// (distinct 64-bit hashes of _k1: a collision only says yes, the safe
	// answer, and occurrences are then numbered).
	var staged, ok, distinct int64
	notBlank := "_ragged IS DISTINCT FROM ''" // a blank row's _ragged is '' (stageSQL)
	err = conn.QueryRowContext(ctx, "SELECT count(*) FILTER (WHERE "+notBlank+"), count(*) FILTER (WHERE "+okCond(c)+
		"), count(DISTINCT hash(_k1)) FILTER (WHERE "+notBlank+") FROM stage").Scan(&staged, &ok, &distinct)
	if err != nil {
		return err
	}
	res.repeated = distinct != staged
	res.Read = staged + int64(len(lines))
	res.Rejected = staged - ok + int64(len(lines))
	return w.sampleRejects(ctx, conn, res)
}

// sampleRejects keeps the first rejects of the run for display.
func (w *Warehouse) sampleRejects(ctx context.Context, conn *sql.Conn, res *Result) error {
	rows, err := conn.QueryContext(ctx, `SELECT "row", coalesce("column", ''), coalesce(value, ''), reason
		FROM rejects WHERE run_id = $1 ORDER BY "row", "column" NULLS FIRST, reason LIMIT $2`, res.RunID, maxRejectsShown)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		r := Reject{File: res.File, Sheet: res.Sheet}
		if err := rows.Scan(&r.Row, &r.Column, &r.Value, &r.Reason); err != nil {
			return err
		}
		res.Rejects = append(res.Rejects, r)
	}
	return rows.Err()
}

// callColumns are the call_rows table's columns in order (schema.sql); the
// run's source, file, sheet and zone are in its ingest_runs row.
var callColumns = []string{
	"call_key", "source_row", "run_id", "record_id", "called_at", "call_month", "call_weekday",
	"call_hour", "rep", "team", "company", "contact", "phone", "industry", "size", "direction",
	"duration_s", "attempt", "disposition", "disposition_outcome", "subject", "note",
}

// fieldColumn maps a mapping field to its calls column where the names differ.
var fieldColumn = map[string]string{source.FieldOutcome: "disposition_outcome"}

// insertCalls adds the stage's good rows that are not in the warehouse yet.
// A row's key is its source and record id when the export has one; else its
// source, its raw content and its occurrence number among identical rows of
// the file, so identical rows that are separate calls are all kept while a
// re-import of the same file (or an overlapping export) adds nothing.
func (w *Warehouse) insertCalls(ctx context.Context, conn *sql.Conn, t table, c *compiled, opts IngestOptions, res *Result) error {
	f := func(name string) string {
		if c.fields[name] {
			return "f_" + name
		}
		return "NULL"
	}
	// _k1 is the md5 of the source and the row's raw text. Identical rows of
	// a file are numbered in file order; the first keeps _k1, the others get
	// md5(_k1#n). Numbering over hash(_k1) sorts 64-bit integers instead of
	// text; a collision only numbers two different rows in one sequence,
	// which keeps their keys distinct and stable on a re-import.
	key := "CASE WHEN _occ = 1 THEN _k1 ELSE md5(_k1 || '#' || _occ) END"
	occ := "row_number() OVER (PARTITION BY hash(_k1) ORDER BY _row)"
	if !res.repeated {
		// Most files have no identical rows: skip the window's sort.
		occ = "1"
	}
	dedupe := "" // without record ids, keys are unique within the file by construction
	args := []any{res.RunID}
	if c.fields[source.FieldRecordID] {
		key = "CASE WHEN f_record_id IS NOT NULL THEN md5(concat_ws(chr(31), $2, 'id', f_record_id)) ELSE " + key + " END"
		args = append(args, res.Source)
		dedupe = "QUALIFY row_number() OVER (PARTITION BY _key ORDER BY _row) = 1"
	}
	at := "CAST(" + f(source.FieldCalledAt) + " AS TIMESTAMP)"
	hour := "NULL"
	if c.fields[source.FieldCalledAt] {
		hour = "f_hour"
	}
	sel := map[string]string{
		"call_key": "_key", "source_row": "_row", "run_id": "$1",
		"call_month":   "coalesce(month(" + at + "), " + f(source.FieldMonth) + ")",
		"call_weekday": "coalesce(isodow(" + at + "), " + f(source.FieldWeekday) + ")",
		"call_hour":    hour,
	}
	for _, name := range source.Fields {
		col := name
		if alt, ok := fieldColumn[name]; ok {
			col = alt
		}
		if _, set := sel[col]; !set && name != source.FieldMonth && name != source.FieldWeekday {
			sel[col] = f(name)
		}
	}
	exprs := make([]string, len(callColumns))
	for i, col := range callColumns {
		exprs[i] = sel[col]
	}
	q := fmt.Sprintf(`INSERT INTO call_rows
		SELECT %s FROM (
			SELECT *, %s AS _key FROM (SELECT *, %s AS _occ FROM stage WHERE %s) %s
		) s ANTI JOIN call_rows c ON c.call_key = s._key`,
		strings.Join(exprs, ", "), key, occ, okCond(c), dedupe)
	// Rows carry their own source_row, so the insert need not keep their
	// order, and DuckDB can then write the table in parallel.
	if _, err := conn.ExecContext(ctx, "SET preserve_insertion_order = false"); err != nil {
		return err
	}
	r, err := conn.ExecContext(ctx, q, args...)
	if _, rerr := conn.ExecContext(ctx, "RESET preserve_insertion_order"); err == nil {
		err = rerr
	}
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	res.Loaded, err = r.RowsAffected()
	if err != nil {
		return err
	}
	res.Duplicates = res.Read - res.Rejected - res.Loaded
	return nil
}
