package queries

import (
	"errors"
	"fmt"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func TestEmbeddedFilesParse(t *testing.T) {
	all, err := load(files)
	if err != nil {
		t.Fatalf("embedded query files: %v", err)
	}
	if len(all) == 0 {
		t.Fatal("no embedded queries")
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		want    Query
		wantErr string
	}{
		{
			name: "full header",
			text: "-- name: q\n-- purpose: what it does\n" +
				"-- param: from date = NULL   first day, inclusive\n" +
				"-- param: as_of date   today\n" +
				"-- param: top int = 5 phrases per reason\n" +
				"-- columns: a, b_2 ,c\n--\n-- notes\nSELECT 1 ORDER BY 1\n",
			want: Query{
				Name:    "q",
				Purpose: "what it does",
				Params: []Param{
					{Name: "from", Type: "date", Default: "NULL", Doc: "first day, inclusive"},
					{Name: "as_of", Type: "date", Doc: "today"},
					{Name: "top", Type: "int", Default: "5", Doc: "phrases per reason"},
				},
				Columns: []string{"a", "b_2", "c"},
			},
		},
		{
			name: "no params",
			text: "-- name: q\n-- purpose: p\n-- columns: a\nSELECT 1",
			want: Query{Name: "q", Purpose: "p", Columns: []string{"a"}},
		},
		{name: "empty file", text: "", wantErr: "queries/q.sql:1: header has no name line"},
		{name: "no purpose", text: "-- name: q\n-- columns: a\n", wantErr: "queries/q.sql:3: header has no purpose line"},
		{name: "no columns", text: "-- name: q\n-- purpose: p\nSELECT 1", wantErr: "queries/q.sql:3: header has no columns line"},
		{name: "header after SQL is not a header", text: "SELECT 1\n-- name: q\n", wantErr: "queries/q.sql:1: header has no name line"},
		{name: "name twice", text: "-- name: q\n-- name: r\n", wantErr: "queries/q.sql:2: name given twice"},
		{name: "empty purpose", text: "-- name: q\n-- purpose:\n", wantErr: "queries/q.sql:2: empty purpose"},
		{name: "bad name", text: "-- name: Q-1\n-- purpose: p\n-- columns: a\n", wantErr: `queries/q.sql:4: bad query name "Q-1"`},
		{name: "bad column", text: "-- name: q\n-- columns: a, b c\n", wantErr: `queries/q.sql:2: bad column name "b c"`},
		{name: "empty column", text: "-- name: q\n-- columns: a,,b\n", wantErr: `queries/q.sql:2: bad column name ""`},
		{name: "param without doc", text: "-- param: from date\n", wantErr: `queries/q.sql:1: param "from date": want NAME TYPE [= DEFAULT] DOC`},
		{name: "param default without doc", text: "-- param: top int = 5\n", wantErr: "queries/q.sql:1: param top: want a default and a doc after ="},
		{name: "param unknown type", text: "-- param: top integer = 5 n\n", wantErr: `queries/q.sql:1: param top: unknown type "integer" (want one of date, float, int, text)`},
		{name: "param bad default", text: "-- param: top int = five n\n", wantErr: `queries/q.sql:1: param top: default: "five" is not an integer`},
		{name: "param bad date default", text: "-- param: d date = 1/3/2026 n\n", wantErr: `queries/q.sql:1: param d: default: "1/3/2026" is not a date (want YYYY-MM-DD)`},
		{name: "param twice", text: "-- param: a int = 1 x\n-- param: a int = 2 y\n", wantErr: "queries/q.sql:2: param a given twice"},
		{name: "param bad name", text: "-- param: $a int = 1 x\n", wantErr: `queries/q.sql:1: bad param name "$a"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parse("q.sql", tt.text)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("parse error = %v, want %q", err, tt.wantErr)
				}
				var he *HeaderError
				if !errors.As(err, &he) {
					t.Errorf("error %T is not a *HeaderError", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			tt.want.SQL = tt.text
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("parse (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	ok := "-- name: %s\n-- purpose: p\n-- columns: a\nSELECT 1 AS a ORDER BY 1\n"
	tests := []struct {
		name    string
		fsys    fstest.MapFS
		want    []string
		wantErr string
	}{
		{
			name: "sorted, views skipped",
			fsys: fstest.MapFS{
				"b.sql":     {Data: []byte(fmt.Sprintf(ok, "b"))},
				"a.sql":     {Data: []byte(fmt.Sprintf(ok, "a"))},
				"views.sql": {Data: []byte("CREATE VIEW v AS SELECT 1;")},
				"notes.txt": {Data: []byte("not sql")},
			},
			want: []string{"a", "b"},
		},
		{
			name:    "name differs from file",
			fsys:    fstest.MapFS{"a.sql": {Data: []byte(fmt.Sprintf(ok, "b"))}},
			wantErr: `queries/a.sql:1: name "b" differs from the file name`,
		},
		{
			name: "every broken file is reported",
			fsys: fstest.MapFS{
				"a.sql": {Data: []byte("SELECT 1")},
				"b.sql": {Data: []byte("-- name: b\n")},
			},
			wantErr: "queries/a.sql:1: header has no name line\nqueries/b.sql:2: header has no purpose line",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := load(tt.fsys)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("load error = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("load: %v", err)
			}
			var names []string
			for _, q := range got {
				names = append(names, q.Name)
			}
			if diff := cmp.Diff(tt.want, names); diff != "" {
				t.Errorf("names (-want +got):\n%s", diff)
			}
		})
	}
}
