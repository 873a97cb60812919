package queries

import (
	"strings"
	"testing"
)

// FuzzParse feeds arbitrary files to the header parser: it must not panic,
// and what it accepts must be a well-formed query.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"-- name: q\n-- purpose: p\n-- param: from date = NULL first day\n-- columns: a, b\nSELECT 1",
		"-- name: q\n-- param: top int = 5 n\n-- param: as_of date today\n-- columns: a\n-- purpose: p\n",
		"-- name:\n", "-- param: = = =\n", "-- columns: ,\n", "--\n-- name: q", "",
	} {
		f.Add(seed)
	}
	all, err := load(files)
	if err != nil {
		f.Fatal(err)
	}
	for _, q := range all {
		f.Add(q.SQL)
	}
	f.Fuzz(func(t *testing.T, text string) {
		q, err := parse("q.sql", text)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "queries/q.sql:") {
				t.Errorf("error %q is not located", err)
			}
			return
		}
		if !isIdent(q.Name) || q.Purpose == "" || len(q.Columns) == 0 {
			t.Errorf("accepted an incomplete header: %+v", q)
		}
		for _, p := range q.Params {
			if err := p.check(); err != nil {
				t.Errorf("accepted a bad param %+v: %v", p, err)
			}
		}
	})
}
