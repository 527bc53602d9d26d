package evals_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"leian/evals"
	"leian/internal/dataset"
	"leian/retrieval/embed"
	"leian/retrieval/engine"
)

// Sizes of the gate's fast slices; evals/thresholds was measured on them.
const (
	gateLeCaRDQueries = 25  // first LeCaRD dev queries in file order
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
	o := engine.PoolOptions{Train: embed.DefaultTrainOptions(), Queries: firstQueries(t, dataDir, gateLeCaRDQueries)}
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
	path := filepath.Join(dataDir, "lecard", "queries.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var ids []string
	for line := 1; len(ids) < n && sc.Scan(); line++ {
		var q struct {
			RIdx int `json:"ridx"`
		}
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil {
			t.Fatalf("%s line %d: %v", path, line, err)
		}
		ids = append(ids, strconv.Itoa(q.RIdx))
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
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
		})
	}
}
