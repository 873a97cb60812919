package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"whyno/queries"
)

type queryOptions struct {
	params []string
	format outputFormat
}

func newQueryCmd(g *globals) *cobra.Command {
	o := queryOptions{format: "table"}
	cmd := &cobra.Command{
		Use:   "query [NAME] [--param k=v]... [--format table|csv|json|md]",
		Short: "Run a named analytics query, or list them",
		Long: `Run one of whyno's named queries (queries/*.sql) on the warehouse.
Without NAME, list every query with its purpose and parameters.

Parameters are given as --param name=value (dates as YYYY-MM-DD) and bound,
never pasted into the SQL.` + exitStatusHelp,
		Args: usageArgs(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return listQueries(g)
			}
			return runQuery(cmd.Context(), g, args[0], o)
		},
	}
	cmd.Flags().StringArrayVarP(&o.params, "param", "p", nil, "query parameter name=value (repeatable)")
	cmd.Flags().Var(&o.format, "format", "output format: table, csv, json or md")
	return cmd
}

func listQueries(g *globals) error {
	for _, q := range queries.All() {
		fmt.Fprintf(g.stdout, "%s\n    %s\n", q.Name, q.Purpose)
		for _, p := range q.Params {
			def := "required"
			if !p.Required() {
				def = "default " + p.Default
			}
			fmt.Fprintf(g.stdout, "    --param %s=%s (%s) %s\n", p.Name, strings.ToUpper(p.Type), def, p.Doc)
		}
		fmt.Fprintf(g.stdout, "    columns: %s\n", strings.Join(q.Columns, ", "))
	}
	return nil
}

func parseParams(kvs []string) (map[string]string, error) {
	params := map[string]string{}
	for _, kv := range kvs {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return nil, usagef("--param %q: want name=value", kv)
		}
		params[k] = v
	}
	return params, nil
}

func runQuery(ctx context.Context, g *globals, name string, o queryOptions) error {
	params, err := parseParams(o.params)
	if err != nil {
		return err
	}
	q, err := queries.Get(name)
	if err != nil {
		return usageError{err}
	}
	if _, err := q.Args(params); err != nil {
		return usageError{err}
	}
	w, err := openForQueries(ctx, g)
	if err != nil {
		return err
	}
	defer w.Close()
	res, err := queries.Run(ctx, w.DB(), name, params)
	if err != nil {
		return err
	}
	return writeResult(g.stdout, res, o.format)
}
