package main

import (
	"whyno/pipeline/classify"
	"whyno/pipeline/warehouse"
)

// newClassifier builds the classifier with the built-in lexicons and, when
// rulesPath is set, the user's rules on top.
func newClassifier(rulesPath string) (*classify.Classifier, error) {
	if rulesPath == "" {
		return classify.Default(), nil
	}
	rules, err := classify.LoadRules(rulesPath)
	if err != nil {
		return nil, usageError{err}
	}
	return classify.New(classify.WithRules(rules)), nil
}

// newLabeler is the classifier as the warehouse calls it: one session per
// command, so a note repeated across chunks and files is classified once.
func newLabeler(rulesPath string) (warehouse.LabelFunc, error) {
	c, err := newClassifier(rulesPath)
	if err != nil {
		return nil, err
	}
	return c.NewSession().ClassifyBatch, nil
}
