package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"whyno/pipeline/source"
)

func newSourcesCmd(g *globals) *cobra.Command {
	var show string
	cmd := &cobra.Command{
		Use:   "sources [--show NAME]",
		Short: "List the built-in export presets and the headers each expects",
		Long: `List the built-in export presets and the header names that identify each.

A file's source is detected from its header row; --source NAME forces one.
'whyno sources --show NAME' prints a preset's mapping file: copy it, adapt it
and pass it with --mapping to ingest any other export.` + exitStatusHelp,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			if show != "" {
				y, err := source.PresetYAML(show)
				if err != nil {
					return usageError{err}
				}
				_, err = g.stdout.Write(y)
				return err
			}
			for _, m := range source.Presets() {
				fmt.Fprintf(g.stdout, "%-12s %s\n", m.Name, m.Description)
				fmt.Fprintf(g.stdout, "%-12s requires: %s\n", "", strings.Join(m.Detect.Require, ", "))
				if len(m.Detect.Any) > 0 {
					fmt.Fprintf(g.stdout, "%-12s and some of: %s\n", "", strings.Join(m.Detect.Any, ", "))
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&show, "show", "", "print this preset's mapping file (YAML)")
	return cmd
}
