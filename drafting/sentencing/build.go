package sentencing

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"leian/corpus/rules"
	"leian/retrieval/classify"
)

// Build trains the estimator users are served from the data bundle: the
// sentence model on every decided case of cail2018, and the charge
// predictor on cail2018 and the LeCaRD candidate judgments (trained when
// first asked).
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
	return &Estimator{Book: book, Model: model, Charges: &LazyCharges{DataDir: dataDir}, Neighbours: DefaultNeighbours}, nil
}

// Open is the served estimator: the sentence model saved at modelPath
// (by TrainAndSave, `leian sentence train`) when its fingerprint matches
// the bundle, else a model trained now and kept in memory only, since
// serving and reading commands leave the home as they found it. trained
// says which.
func Open(ctx context.Context, dataDir, modelPath string, lib *rules.Library) (est *Estimator, trained bool, err error) {
	book := NewLawBook(lib)
	exs, err := ReadCAIL2018(filepath.Join(dataDir, CAIL2018File))
	if err != nil {
		return nil, false, err
	}
	fp, err := Fingerprint(dataDir)
	if err != nil {
		return nil, false, err
	}
	model, err := LoadModel(ctx, modelPath, fp, book, exs)
	if err != nil {
		if !errors.Is(err, ErrStale) && !errors.Is(err, os.ErrNotExist) {
			return nil, false, err
		}
		if model, err = Train(ctx, book, exs); err != nil {
			return nil, false, fmt.Errorf("train the sentence model: %w", err)
		}
		trained = true
	}
	// The sentence model's home also holds the saved charge model.
	charges := &LazyCharges{DataDir: dataDir, Home: filepath.Dir(modelPath)}
	return &Estimator{Book: book, Model: model, Charges: charges, Neighbours: DefaultNeighbours}, trained, nil
}

// TrainAndSave trains the sentence model on the bundle and saves it at
// modelPath, replacing any model there.
func TrainAndSave(ctx context.Context, dataDir, modelPath string, lib *rules.Library) (*Model, error) {
	book := NewLawBook(lib)
	exs, err := ReadCAIL2018(filepath.Join(dataDir, CAIL2018File))
	if err != nil {
		return nil, err
	}
	fp, err := Fingerprint(dataDir)
	if err != nil {
		return nil, err
	}
	model, err := Train(ctx, book, exs)
	if err != nil {
		return nil, fmt.Errorf("train the sentence model: %w", err)
	}
	return model, model.Save(modelPath, fp)
}

// LazyCharges is the charge predictor opened the first time it is asked:
// most requests name their charges. With Home it is the model saved there
// (classify.OpenCharges), trained on the bundle when that is missing or
// stale; without, always trained on the bundle.
type LazyCharges struct {
	DataDir string
	Home    string
	once    sync.Once
	m       *classify.ChargeModel
	err     error
}

// Warm trains the predictor now, for a server that wants it ready.
func (l *LazyCharges) Warm(ctx context.Context) error {
	// Detached from the first caller's deadline: the model is shared.
	l.once.Do(func() { l.m, l.err = l.open(context.WithoutCancel(ctx)) })
	return l.err
}

// PredictCharges implements ChargePredictor.
func (l *LazyCharges) PredictCharges(ctx context.Context, facts string) ([]string, error) {
	if err := l.Warm(ctx); err != nil {
		return nil, err
	}
	return l.m.PredictCharges(ctx, facts)
}

func (l *LazyCharges) open(ctx context.Context) (*classify.ChargeModel, error) {
	if l.Home != "" {
		m, _, err := classify.OpenCharges(ctx, l.Home, l.DataDir)
		return m, err
	}
	dataDir := l.DataDir
	cail, err := classify.ReadCAIL2018(filepath.Join(dataDir, classify.CAIL2018File))
	if err != nil {
		return nil, err
	}
	lecard, err := classify.ReadLeCaRD(filepath.Join(dataDir, classify.CandidatesFile), classify.OfficialNames(cail))
	if err != nil {
		return nil, err
	}
	return classify.TrainCharges(ctx, append(cail, lecard...))
}

// Cases is the number of decided cases the model learned from.
func (m *Model) Cases() int { return len(m.rows) }

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
