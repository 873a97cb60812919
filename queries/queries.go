// Package queries holds whyno's analytics as named SQL files, embedded in
// the binary, and the catalogue that describes them.
//
// Each query file starts with a header comment that names the query and
// lists its purpose, parameters and output columns:
//
//	-- name: success_by_month_of_year
//	-- purpose: calls, meetings and meeting rate per calendar month
//	-- param: from date = NULL   first day of the period, inclusive
//	-- columns: month, calls, meetings, rate
//
// Parameters are DuckDB named parameters ($from) bound with sql.Named, never
// formatted into the SQL text. views.sql holds the views the warehouse
// creates at every open; the queries read those views.
package queries

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
)

//go:embed *.sql
var files embed.FS

// Embedded SQL files that are not queries.
const (
	viewsFile    = "views.sql"    // the views, created by the warehouse
	snapshotFile = "snapshot.sql" // see Snapshot
)

// ErrUnknownQuery is returned (wrapped) by Get and Run for a name that is not
// in the catalogue.
var ErrUnknownQuery = errors.New("queries: unknown query")

// Query is one named query of the catalogue.
type Query struct {
	Name    string   // file name without .sql
	Purpose string   // one line: what question the query answers
	Params  []Param  // in header order
	Columns []string // output columns, in order
	SQL     string   // the whole file, header included
}

// catalogue parses the embedded files once. A parse error means a broken
// build (the files are compiled in), so All and Get panic on it; the package
// tests parse every file, so such a build never passes its tests.
var catalogue = sync.OnceValues(func() ([]Query, error) { return load(files) })

// load parses every query file of fsys, sorted by name.
func load(fsys fs.FS) ([]Query, error) {
	names, err := fs.Glob(fsys, "*.sql")
	if err != nil {
		return nil, fmt.Errorf("queries: list files: %w", err)
	}
	var all []Query
	var errs []error
	for _, name := range names {
		if name == viewsFile || name == snapshotFile {
			continue
		}
		q, err := loadFile(fsys, name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		all = append(all, q)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	slices.SortFunc(all, func(a, b Query) int { return strings.Compare(a.Name, b.Name) })
	return all, nil
}

// loadFile reads and parses one query file.
func loadFile(fsys fs.FS, name string) (Query, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return Query{}, fmt.Errorf("queries/%s: %w", name, err)
	}
	q, err := parse(name, string(b))
	if err != nil {
		return Query{}, err
	}
	if want := strings.TrimSuffix(path.Base(name), ".sql"); q.Name != want {
		return Query{}, fmt.Errorf("queries/%s:1: name %q differs from the file name", name, q.Name)
	}
	return q, nil
}

// mustCatalogue returns the parsed catalogue or panics: the files are
// embedded, so an error here is a broken build, not bad input.
func mustCatalogue() []Query {
	all, err := catalogue()
	if err != nil {
		panic(err)
	}
	return all
}

// All returns every query of the catalogue, sorted by name.
func All() []Query {
	all := mustCatalogue()
	out := make([]Query, len(all))
	for i, q := range all {
		out[i] = q.clone()
	}
	return out
}

// Get returns the query with the given name.
func Get(name string) (Query, error) {
	all := mustCatalogue()
	i, ok := slices.BinarySearchFunc(all, name, func(q Query, n string) int { return strings.Compare(q.Name, n) })
	if !ok {
		return Query{}, fmt.Errorf("%w %q", ErrUnknownQuery, name)
	}
	return all[i].clone(), nil
}

// Views returns the CREATE OR REPLACE VIEW statements of views.sql, for the
// warehouse to run at every open.
func Views() string { return mustAsset(viewsFile) }

// mustAsset returns an embedded file; a missing one is a broken build.
func mustAsset(name string) string {
	b, err := files.ReadFile(name)
	if err != nil {
		panic(fmt.Sprintf("queries: embedded %s missing: %v", name, err))
	}
	return string(b)
}

// clone returns a copy whose slices the caller may change.
func (q Query) clone() Query {
	q.Params = slices.Clone(q.Params)
	q.Columns = slices.Clone(q.Columns)
	return q
}
