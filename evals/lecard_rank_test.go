package evals

import (
	"cmp"
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"leian/corpus"
	"leian/internal/dataset"
	"leian/retrieval"
)

// chargeOverlap ranks a pool by how many of the query's charges appear in
// each document's verdict, ties by document order: a real (weak) ranker,
// enough to drive the engine path of the suite end to end.
type chargeOverlap struct{ seen []retrieval.CaseQuery }

func (r *chargeOverlap) RankPool(_ context.Context, q retrieval.CaseQuery, pool []*corpus.Document) ([]string, error) {
	r.seen = append(r.seen, q)
	score := func(d *corpus.Document) int {
		n := 0
		for _, c := range q.Charges {
			if strings.Contains(d.Sections["verdict"], c) {
				n++
			}
		}
		return n
	}
	sorted := slices.Clone(pool)
	slices.SortStableFunc(sorted, func(a, b *corpus.Document) int { return cmp.Compare(score(b), score(a)) })
	ids := make([]string, len(sorted))
	for i, d := range sorted {
		ids[i] = d.ID
	}
	return ids, nil
}

func TestLeCaRDWithRanker(t *testing.T) {
	if testing.Short() {
		t.Skip("reads lecard/candidates.jsonl.gz")
	}
	dir := filepath.Dir(filepath.Dir(dataset.Path(t, "lecard/candidates.jsonl.gz")))
	ranker := &chargeOverlap{}
	res, err := runLeCaRD(context.Background(), Input{DataDir: dir, Limit: 3, Ranker: ranker})
	if err != nil {
		t.Fatal(err)
	}
	// Each query twice: from its facts alone, then with its charges.
	if len(ranker.seen) != 6 || ranker.seen[1].ID != "4891" || !slices.Contains(ranker.seen[1].Charges, "危险驾驶罪") || ranker.seen[1].Facts == "" ||
		ranker.seen[0].ID != "4891" || len(ranker.seen[0].Charges) != 0 || ranker.seen[0].Facts == "" {
		t.Errorf("ranker saw %+v, want the first 3 queries with facts only, then with charges", ranker.seen)
	}
	if res.Metrics["known_charge/ndcg@30"] <= res.Metrics["ndcg@30"] {
		t.Errorf("charge-overlap ranking scores known_charge/ndcg@30 %.4f, not above its chargeless row %.4f",
			res.Metrics["known_charge/ndcg@30"], res.Metrics["ndcg@30"])
	}
	if res.N != 3 || res.Metrics["ndcg@30"] <= res.Baselines["random"]["ndcg@30"] {
		t.Errorf("charge-overlap ranking ndcg@30 %.4f on %d queries, want above random %.4f",
			res.Metrics["ndcg@30"], res.N, res.Baselines["random"]["ndcg@30"])
	}
	if !slices.Contains(res.Files, filepath.Join(dir, "lecard", "candidates.jsonl.gz")) {
		t.Errorf("files %v: want candidates.jsonl.gz recorded", res.Files)
	}
}
