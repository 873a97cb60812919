package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"whyno/pipeline/classify"
)

func newEvalCmd(g *globals) *cobra.Command {
	var rules string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "eval [--json] [--rules F] LABELLED.csv...",
		Short: "Measure the classifier on hand-labelled notes",
		Long: `Classify hand-labelled notes and compare with the expected labels.

LABELLED.csv has the columns id,called_at,disposition,note and the expected
outcome,reason,ball,callback_date (language optional). Prints accuracy per
field, precision/recall/F1 per class and macro-F1 for outcome and reason,
the confusion matrices, the callback-date hit rate (within 3 days) and the
false-date rate, and the worst misses with their evidence. Several files are
evaluated together.` + exitStatusHelp,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runEval(cmd.Context(), g, rules, asJSON, args)
		},
	}
	cmd.Flags().StringVar(&rules, "rules", "", "classification rules file adding to the built-in lexicons")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON")
	return cmd
}

func runEval(ctx context.Context, g *globals, rules string, asJSON bool, files []string) error {
	c, err := newClassifier(rules)
	if err != nil {
		return err
	}
	var gold []classify.Example
	for _, file := range files {
		ex, err := readLabelled(file)
		if err != nil {
			return err
		}
		gold = append(gold, ex...)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	got := make([]classify.Labels, len(gold))
	c.ClassifyBatch(classify.Inputs(gold), got)
	rep := classify.Evaluate(gold, got)
	if asJSON {
		enc := json.NewEncoder(g.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	return rep.WriteText(g.stdout)
}

func readLabelled(file string) ([]classify.Example, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ex, err := classify.ReadLabelled(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return ex, nil
}
