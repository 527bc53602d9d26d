package engine

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"

	"leian/retrieval/rank"
)

// Signals are the features the learned fusion weighs.
var Signals = []string{"bm25", "dense", "charge", "charge_p", "article", "circumstance", "manner", "amount", "penalty"}

// weightsVersion changes whenever the fusion a weights file describes
// does; an older file is refused rather than misread.
const weightsVersion = 2

// Weights are the fusion weights learned on LeCaRD dev labels through the
// served engine, one set for pushes whose judge named no charge (the
// charges are then predicted from the facts) and one for pushes that name
// them; each once for ranking a given pool (the LeCaRD protocol) and once
// for searching the whole store (what a judge's push does).
//
// The two orderings differ: a pool holds a hundred cases LeCaRD already
// chose as look-alikes, where fine differences decide; the whole store
// holds a thousand candidates of which most share words but not the
// offence, and weights tuned on pools let those crowd out relevant cases
// (recall@100 0.73 against 0.99 of the candidates found).
type Weights struct {
	Version           int       `json:"version"`
	Store             string    `json:"store"` // the search store they were tuned through
	FactsOnly         FusionSet `json:"facts_only"`
	KnownCharge       FusionSet `json:"known_charge"`
	CorpusFactsOnly   FusionSet `json:"corpus_facts_only"`
	CorpusKnownCharge FusionSet `json:"corpus_known_charge"`
	// AgreementCases are the cases whose pushes the facts-only rows were
	// also tuned on (Agreement), by ID: an eval must not score them.
	AgreementCases []string `json:"agreement_cases,omitempty"`
}

// FusionSet is one row's weights: All tuned on every LeCaRD dev query,
// and one set per cross-validation fold tuned without that fold's queries,
// so a dev query is always ranked by weights that never saw its labels.
type FusionSet struct {
	All    rank.Weighted   `json:"all"`
	Folds  []rank.Weighted `json:"folds"`
	FoldOf map[string]int  `json:"fold_of"` // LeCaRD query id → its fold
	// CV is each dev query's NDCG@30 under its held-out fold's weights.
	CV map[string]float64 `json:"cv_ndcg30"`
}

// set returns the row for a push that names charges (known) or not, over
// the whole store (corpus) or a pool; a file without corpus rows serves
// whole-store pushes with the pool rows.
func (w *Weights) set(known, corpus bool) *FusionSet {
	if w == nil {
		return nil
	}
	if corpus {
		s := &w.CorpusFactsOnly
		if known {
			s = &w.CorpusKnownCharge
		}
		if len(s.All.Weights) > 0 {
			return s
		}
	}
	if known {
		return &w.KnownCharge
	}
	return &w.FactsOnly
}

// Fuser returns the fusion for queries outside the tuning set: the learned
// weights of the row, or reciprocal-rank fusion when there are none.
func (w *Weights) Fuser(known, corpus bool) rank.Fuser {
	s := w.set(known, corpus)
	if s == nil || len(s.All.Weights) == 0 {
		return rank.RRF{K: 60, Signals: []string{"bm25", "dense", "elements"}}
	}
	return withLoan(s.All)
}

// withLoan gives the loan elements of civil loan cases the charge's
// weight: LeCaRD, the only graded retrieval set, is criminal, so they
// cannot be tuned on it, and they stand in for the charge.
func withLoan(f rank.Weighted) rank.Weighted {
	all := maps.Clone(f.Weights)
	if _, ok := all["loan"]; !ok {
		all["loan"] = all["charge"]
	}
	return rank.Weighted{Weights: all, K: f.K}
}

// ForQuery returns the fusion for a LeCaRD dev query: its fold's weights
// in the row; a query outside the tuning set gets Fuser's.
func (w *Weights) ForQuery(queryID string, known, corpus bool) rank.Fuser {
	if s := w.set(known, corpus); s != nil {
		if f, ok := s.FoldOf[queryID]; ok && f < len(s.Folds) {
			return s.Folds[f]
		}
	}
	return w.Fuser(known, corpus)
}

// HeldOut reports whether every query in ids has a fold in the row, so
// ForQuery fuses it with weights tuned without its labels.
func (w *Weights) HeldOut(ids []string, known, corpus bool) error {
	s := w.set(known, corpus)
	if s == nil || len(s.Folds) == 0 {
		return fmt.Errorf("no cross-validated fusion weights: run leian tune")
	}
	for _, id := range ids {
		if f, ok := s.FoldOf[id]; !ok || f >= len(s.Folds) {
			return fmt.Errorf("LeCaRD query %s has no held-out fold: it would be ranked with weights tuned on its own labels", id)
		}
	}
	return nil
}

// ErrOldWeights is a weights file written for another fusion.
var ErrOldWeights = errors.New("fusion weights of an older build")

// Save writes w as JSON to path atomically.
func (w *Weights) Save(path string) error {
	b, err := json.MarshalIndent(w, "", "  ")
	if err != nil {
		return fmt.Errorf("save weights %s: %w", path, err)
	}
	return writeAtomic(path, b)
}

// LoadWeights reads weights saved by Save. A missing file is an error
// wrapping fs.ErrNotExist; callers may then fuse by reciprocal rank.
func LoadWeights(path string) (*Weights, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load weights: %w", err)
	}
	var w Weights
	if err := json.Unmarshal(b, &w); err != nil {
		return nil, fmt.Errorf("load weights %s: %w", path, err)
	}
	if w.Version != weightsVersion {
		return nil, fmt.Errorf("load weights %s: version %d, this build fuses with version %d (run leian tune): %w", path, w.Version, weightsVersion, ErrOldWeights)
	}
	return &w, nil
}

func writeAtomic(path string, b []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
