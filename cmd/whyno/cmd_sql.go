package main

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"whyno/queries"
)

func newSQLCmd(g *globals) *cobra.Command {
	o := queryOptions{format: "table"}
	var write bool
	cmd := &cobra.Command{
		Use:   "sql [QUERY]",
		Short: "Run SQL on the warehouse (one query, stdin, or a prompt)",
		Long: `Run SQL on the warehouse. With QUERY, run it; without, read SQL from
stdin (statements end with ';'), or show a prompt when stdin is a terminal.
The warehouse opens read-only unless --write. Views (calls_labelled and the
others in docs/queries.md) make the tables readable.` + exitStatusHelp,
		Args: usageArgs(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			w, err := openWarehouse(cmd.Context(), g, !write)
			if err != nil {
				return err
			}
			defer w.Close()
			if len(args) == 1 {
				return runSQL(cmd.Context(), g, w.DB(), args[0], o.format)
			}
			return sqlSession(cmd.Context(), g, w.DB(), o.format)
		},
	}
	cmd.Flags().Var(&o.format, "format", "output format: table, csv, json or md")
	cmd.Flags().BoolVar(&write, "write", false, "open the warehouse for writing")
	return cmd
}

func runSQL(ctx context.Context, g *globals, db *sql.DB, q string, format outputFormat) error {
	rows, err := db.QueryContext(ctx, q)
	if err != nil {
		return err
	}
	res, err := queries.ReadRows(rows)
	if err != nil {
		return err
	}
	return writeResult(g.stdout, res, format)
}

// sqlSession reads statements ending in ';' and runs each; on a terminal it
// prompts and keeps going after an error.
func sqlSession(ctx context.Context, g *globals, db *sql.DB, format outputFormat) error {
	interactive := false
	if f, ok := g.stdin.(*os.File); ok && isatty.IsTerminal(f.Fd()) {
		interactive = true
	}
	prompt := func(cont bool) {
		if interactive {
			if cont {
				fmt.Fprint(g.stderr, "   ...> ")
			} else {
				fmt.Fprint(g.stderr, "whyno> ")
			}
		}
	}
	sc := bufio.NewScanner(g.stdin)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var stmt strings.Builder
	prompt(false)
	for sc.Scan() {
		stmt.WriteString(sc.Text() + "\n")
		if !strings.HasSuffix(strings.TrimSpace(sc.Text()), ";") {
			prompt(true)
			continue
		}
		err := runSQL(ctx, g, db, stmt.String(), format)
		stmt.Reset()
		if err != nil && !interactive {
			return err
		}
		if err != nil {
			g.errorf("%v", err)
		}
		prompt(false)
	}
	if err := sc.Err(); err != nil && err != io.EOF {
		return err
	}
	if rest := strings.TrimSpace(stmt.String()); rest != "" {
		return runSQL(ctx, g, db, rest, format)
	}
	return nil
}
