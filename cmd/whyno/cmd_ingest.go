package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"whyno/pipeline/source"
	"whyno/pipeline/warehouse"
	"whyno/queries"
)

type ingestOptions struct {
	source     string
	mapping    string
	sheet      string
	rules      string
	noClassify bool
	json       bool
}

func newIngestCmd(g *globals) *cobra.Command {
	var o ingestOptions
	cmd := &cobra.Command{
		Use:   "ingest [--source NAME] [--mapping FILE] FILE...",
		Short: "Load call exports (CSV, TSV, XLSX) into the warehouse",
		Long: `Load call exports into the warehouse, one transaction per file.

The source of each file is detected from its header row (see 'whyno sources');
--source forces a preset and --mapping reads a mapping file (YAML, the format
of 'whyno sources --show NAME'). Delimiter, encoding (UTF-8 with or without
BOM, cp1252/Latin-1, UTF-16), decimal comma and date order are sniffed.

Re-importing a file, or a later export that overlaps an earlier one, adds
nothing twice. Rows that cannot be loaded are rejected with file, row, column
and reason (table rejects); the rest loads. New calls are classified unless
--no-classify.` + exitStatusHelp,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runIngest(cmd.Context(), g, o, args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.source, "source", "", "force this preset (see whyno sources)")
	f.StringVar(&o.mapping, "mapping", "", "mapping file (YAML) describing the export")
	f.StringVar(&o.sheet, "sheet", "", "only this sheet of an XLSX workbook")
	f.StringVar(&o.rules, "rules", "", "classification rules file adding to the built-in lexicons")
	f.BoolVar(&o.noClassify, "no-classify", false, "load only; label later with whyno reclassify")
	f.BoolVar(&o.json, "json", false, "print the per-file results as JSON on stdout")
	return cmd
}

func runIngest(ctx context.Context, g *globals, o ingestOptions, files []string) error {
	if _, err := g.location(); err != nil {
		return err
	}
	opts, err := ingestSettings(g, o)
	if err != nil {
		return err
	}
	w, err := openWarehouse(ctx, g, false)
	if err != nil {
		return err
	}
	defer w.Close()

	all, failed := ingestFiles(ctx, g, w, files, opts)
	if err := ctx.Err(); err != nil {
		return err
	}
	if o.json {
		// every file, failed ones with their error, in run's shape
		if err := printJSON(g, fileSummaries(all, failed)); err != nil {
			return err
		}
	}
	sum := summarise(all)
	g.infof("ingested %d of %d files into %s: %d rows read, %d loaded, %d duplicates, %d rejected",
		len(files)-len(failed), len(files), g.db, sum.Read, sum.Loaded, sum.Duplicates, sum.Rejected)
	switch {
	case len(failed) > 0:
		// Each failure was printed as it happened; the error only counts them.
		return fmt.Errorf("%d of %d files not loaded", len(failed), len(files))
	case sum.Rejected > 0:
		return errPartial
	}
	return nil
}

// ingestSettings turns ingest flags (or a config's input) into options.
func ingestSettings(g *globals, o ingestOptions) (warehouse.IngestOptions, error) {
	opts := warehouse.IngestOptions{Source: o.source, Sheet: o.sheet, TZ: g.tz}
	if o.source != "" && o.mapping != "" {
		return opts, usagef("--source and --mapping both name how to read the files: give one")
	}
	if o.source != "" {
		if _, err := source.Preset(o.source); err != nil {
			return opts, usageError{err}
		}
	}
	if o.mapping != "" {
		m, err := source.LoadMapping(o.mapping)
		if err != nil {
			return opts, usageError{err}
		}
		opts.Mapping = m
	}
	if !o.noClassify {
		label, err := newLabeler(o.rules)
		if err != nil {
			return opts, err
		}
		opts.Label = label
	}
	return opts, nil
}

// fileError is a file that could not be loaded at all.
type fileError struct {
	file string
	err  error
}

// ingestFiles loads files one by one (one transaction each), printing each
// file's rejects and failures as they happen; a failed file does not stop
// the others.
func ingestFiles(ctx context.Context, g *globals, w *warehouse.Warehouse, files []string, opts warehouse.IngestOptions) ([]warehouse.Result, []fileError) {
	if g.verbose {
		opts.Trace = g.stderr
	}
	bar := newProgress(g, len(files), "ingest")
	defer bar.Finish()
	var all []warehouse.Result
	var failed []fileError
	for _, file := range files {
		rs, err := w.IngestFile(ctx, file, opts)
		bar.Add(1)
		if ctx.Err() != nil {
			return all, failed
		}
		if err != nil {
			failed = append(failed, fileError{file, err})
			g.errorf("%v", err)
			continue
		}
		for _, r := range rs {
			reportResult(g, r)
		}
		all = append(all, rs...)
	}
	return all, failed
}

// reportResult prints one file's counts and its first rejects.
func reportResult(g *globals, r warehouse.Result) {
	name := r.File
	if r.Sheet != "" {
		name += "[" + r.Sheet + "]"
	}
	g.debugf("%s: source %s, %d rows read, %d loaded, %d duplicates, %d rejected",
		name, r.Source, r.Read, r.Loaded, r.Duplicates, r.Rejected)
	if r.SameFileRun != 0 {
		g.errorf("%s: warning: this very file was imported before (run %d), yet %d calls were new: this whyno reads it differently "+
			"(its text decoding, say), so the warehouse may hold them twice; see docs/warehouse.md#keys", name, r.SameFileRun, r.Loaded)
	}
	for _, rej := range r.Rejects {
		g.errorf("%s", rej)
	}
	if int64(len(r.Rejects)) < r.Rejected {
		g.errorf("%s: %d more rejected rows (SELECT * FROM rejects WHERE run_id = %d)", name, r.Rejected-int64(len(r.Rejects)), r.RunID)
	}
}

func summarise(rs []warehouse.Result) warehouse.Result {
	var s warehouse.Result
	for _, r := range rs {
		s.Read += r.Read
		s.Loaded += r.Loaded
		s.Duplicates += r.Duplicates
		s.Rejected += r.Rejected
	}
	return s
}

func printJSON(g *globals, v any) error {
	enc := json.NewEncoder(g.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// openWarehouse opens --db, with the analytics views.
func openWarehouse(ctx context.Context, g *globals, readOnly bool) (*warehouse.Warehouse, error) {
	return warehouse.Open(ctx, g.db, warehouse.Options{
		ReadOnly: readOnly, Views: queries.Views(),
	})
}

// openForQueries opens --db for the named queries and reports: for writing,
// so the views and macros are this build's (a warehouse made by an older
// whyno has older ones), then locked down so no query reads other files.
func openForQueries(ctx context.Context, g *globals) (*warehouse.Warehouse, error) {
	w, err := openWarehouse(ctx, g, false)
	if err != nil {
		return nil, err
	}
	if err := w.LockDown(ctx); err != nil {
		w.Close()
		return nil, err
	}
	return w, nil
}
