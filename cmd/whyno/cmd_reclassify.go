package main

import (
	"context"
	"time"

	"github.com/spf13/cobra"
)

func newReclassifyCmd(g *globals) *cobra.Command {
	var rules string
	cmd := &cobra.Command{
		Use:   "reclassify [--rules FILE]",
		Short: "Re-label every call in the warehouse after a rules change",
		Long: `Re-label every call in the warehouse with the current lexicons (and
--rules FILE on top), in one transaction: the labels are all replaced or,
on any error, all kept.` + exitStatusHelp,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runReclassify(cmd.Context(), g, rules)
		},
	}
	cmd.Flags().StringVar(&rules, "rules", "", "classification rules file adding to the built-in lexicons")
	return cmd
}

func runReclassify(ctx context.Context, g *globals, rules string) error {
	label, err := newLabeler(rules)
	if err != nil {
		return err
	}
	w, err := openWarehouse(ctx, g, false)
	if err != nil {
		return err
	}
	defer w.Close()
	start := time.Now()
	n, err := w.Reclassify(ctx, label)
	if err != nil {
		return err
	}
	g.infof("reclassified %d calls", n)
	g.debugf("reclassify took %s", time.Since(start).Round(time.Millisecond))
	return nil
}
