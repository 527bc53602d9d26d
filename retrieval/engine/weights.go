package engine

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"

	"leian/retrieval/rank"
)

// Signals are the features the learned fusion weighs.
var Signals = []string{"bm25", "dense", "charge", "article", "circumstance", "amount", "penalty"}

// Weights are learned fusion weights: All tuned on every LeCaRD dev query,
// and one set per cross-validation fold tuned without that fold's queries,
// so a dev query is always ranked by weights that never saw its labels.
type Weights struct {
	All    map[string]float64   `json:"all"`
	Folds  []map[string]float64 `json:"folds"`
	FoldOf map[string]int       `json:"fold_of"` // LeCaRD query id → its fold
	// CV is each dev query's NDCG@30 under its held-out fold's weights.
	CV map[string]float64 `json:"cv_ndcg30"`
}

// Fuser returns the fusion for queries outside the tuning set: the learned
// weights, or reciprocal-rank fusion when there are none.
func (w *Weights) Fuser() rank.Fuser {
	if w == nil || len(w.All) == 0 {
		return rank.RRF{K: 60, Signals: []string{"bm25", "dense", "elements"}}
	}
	// LeCaRD, the only graded retrieval set, is criminal: the loan elements
	// of civil loan cases cannot be tuned on it and take the charge's weight,
	// the part they stand in for.
	all := maps.Clone(w.All)
	if _, ok := all["loan"]; !ok {
		all["loan"] = all["charge"]
	}
	return rank.Linear{Weights: all}
}

// ForQuery returns the fusion for a LeCaRD dev query: its fold's weights.
func (w *Weights) ForQuery(queryID string) rank.Fuser {
	if w != nil {
		if f, ok := w.FoldOf[queryID]; ok && f < len(w.Folds) {
			return rank.Linear{Weights: w.Folds[f]}
		}
	}
	return w.Fuser()
}

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
