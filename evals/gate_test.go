package evals_test

import (
	"context"
	"log/slog"
	"path/filepath"
	"testing"

	"leian/evals"
	"leian/internal/dataset"
	"leian/internal/lecard"
	"leian/retrieval/embed"
	"leian/retrieval/engine"
)

// Sizes of the gate's fast slices; evals/thresholds was measured on them.
const (
	gateLeCaRDQueries = 20  // first LeCaRD dev queries in file order
	gateSCMTriplets   = 100 // first SCM triplets
	gateExtractDocs   = 100 // first LeCaRD candidates and first JuDGE records each
	gateCitationDocs  = 60  // first judgments (JuDGE, then LeCaRD)
	gateArticleItems  = 100 // first LawBench 3-1 items
)

// gatePool builds Leian's own pool ranker and similarity from the bundle,
// as `leian index` would but on the gated queries' LeCaRD pools alone, with
// a smaller embedder; the fusion weights are cross-validated over those
// queries, so each is ranked by weights that never saw its labels.
func gatePool(t *testing.T, dataDir string) *engine.Pool {
	t.Helper()
	o := engine.PoolOptions{Train: embed.DefaultTrainOptions(), Queries: firstQueries(t, dataDir, gateLeCaRDQueries),
		Log: slog.New(slog.NewTextHandler(t.Output(), nil))}
	o.Train.Dim, o.Train.MaxTerms = 128, 30000
	p, err := engine.TrainPool(context.Background(), dataDir, o)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// firstQueries returns the IDs of the first n LeCaRD dev queries in file
// order: the ones the lecard suite scores with Limit n.
func firstQueries(t *testing.T, dataDir string, n int) []string {
	t.Helper()
	set, err := lecard.Load(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, q := range set.Queries[:min(n, len(set.Queries))] {
		ids = append(ids, q.ID)
	}
	return ids
}

// TestThresholdGate runs every suite that scores Leian, with Leian's own
// engine and extraction, and holds each metric to evals/thresholds.
func TestThresholdGate(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the embedder and tunes the fusion weights on LeCaRD")
	}
	dataDir := filepath.Dir(dataset.Path(t, "README.md"))
	ts, err := evals.ReadThresholds("thresholds")
	if err != nil {
		t.Fatal(err)
	}
	pool := gatePool(t, dataDir)
	runs := map[string]evals.Input{
		"lecard":    {Limit: gateLeCaRDQueries, Ranker: pool},
		"scm":       {Limit: gateSCMTriplets, Similarity: pool},
		"extract":   {Limit: gateExtractDocs},
		"citations": {Limit: gateCitationDocs},
		"articles":  {Limit: gateArticleItems},
	}
	r := &evals.Runner{
		Suites:  []evals.Suite{evals.LeCaRD(), evals.SCM(), evals.ExtractSuite(), evals.Citations(), evals.Articles()},
		Records: evals.Records{Dir: t.TempDir()},
	}
	gated := map[string]bool{}
	for _, th := range ts {
		gated[th.Suite] = true
		if _, ok := runs[th.Suite]; !ok {
			t.Errorf("evals/thresholds line %d gates suite %s, which the gate does not run", th.Line, th.Suite)
		}
	}
	for name, in := range runs {
		t.Run(name, func(t *testing.T) {
			if !gated[name] {
				t.Fatalf("suite %s runs in the gate but has no line in evals/thresholds", name)
			}
			in.DataDir = dataDir
			rec, err := r.Run(context.Background(), name, in)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range rec.Order {
				t.Logf("%s %s %.4f (n %d)", name, m, rec.Metrics[m], rec.N)
			}
			for _, miss := range evals.CheckThresholds(rec, ts) {
				t.Error(miss)
			}
			if name == "lecard" {
				checkHeldOut(t, pool.Weights(), rec.Items)
			}
		})
	}
}

// checkHeldOut fails unless every scored LeCaRD query has a
// cross-validation fold in both rows, so RankPool fused it with weights
// tuned without its labels rather than with the weights tuned on all
// gated queries.
func checkHeldOut(t *testing.T, w *engine.Weights, items []evals.Item) {
	t.Helper()
	if w == nil {
		t.Fatal("no tuned fusion weights: the gate would measure reciprocal-rank fusion, not Leian's tuned engine")
	}
	ids := make([]string, len(items))
	for i, it := range items {
		ids[i] = it.ID
	}
	for _, known := range []bool{false, true} {
		if err := w.HeldOut(ids, known, false); err != nil {
			t.Error(err)
		}
	}
}
