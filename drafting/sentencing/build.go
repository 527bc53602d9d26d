package sentencing

import (
	"context"
	"fmt"
	"path/filepath"

	"leian/corpus/rules"
	"leian/retrieval/classify"
)

// Build trains the estimator users are served from the data bundle: the
// sentence model on every decided case of cail2018, and the charge
// predictor on cail2018 and the LeCaRD candidate judgments.
func Build(ctx context.Context, dataDir string, lib *rules.Library) (*Estimator, error) {
	book := NewLawBook(lib)
	exs, err := ReadCAIL2018(filepath.Join(dataDir, CAIL2018File))
	if err != nil {
		return nil, err
	}
	model, err := Train(ctx, book, exs)
	if err != nil {
		return nil, fmt.Errorf("train the sentence model: %w", err)
	}
	cail, err := classify.ReadCAIL2018(filepath.Join(dataDir, classify.CAIL2018File))
	if err != nil {
		return nil, err
	}
	lecard, err := classify.ReadLeCaRD(filepath.Join(dataDir, classify.CandidatesFile), classify.OfficialNames(cail))
	if err != nil {
		return nil, err
	}
	charges, err := classify.TrainCharges(ctx, append(cail, lecard...))
	if err != nil {
		return nil, err
	}
	return &Estimator{Book: book, Model: model, Charges: charges, Neighbours: 30}, nil
}

// CaseCounts counts the decided cases the model holds per charge, for the
// coverage report.
func (m *Model) CaseCounts() map[string]int {
	out := map[string]int{}
	for _, r := range m.rows {
		for _, c := range r.Charges {
			if cl, ok := m.book.Charge(c); ok {
				out[cl.Charge]++
			}
		}
	}
	return out
}
