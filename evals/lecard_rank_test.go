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
)

// chargeOverlap ranks a pool by how many of the query's charges appear in
// each document's verdict, ties by document order: a real (weak) ranker,
// enough to drive the engine path of the suite end to end.
type chargeOverlap struct{ seen []CaseQuery }

func (r *chargeOverlap) RankPool(_ context.Context, q CaseQuery, pool []*corpus.Document) ([]string, error) {
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
	if len(ranker.seen) != 3 || ranker.seen[0].ID != "4891" || !slices.Contains(ranker.seen[0].Charges, "危险驾驶罪") || ranker.seen[0].Facts == "" {
		t.Errorf("ranker saw %+v, want the first 3 queries with facts and charges", ranker.seen)
	}
	if res.N != 3 || res.Metrics["ndcg@30"] <= res.Baselines["random"]["ndcg@30"] {
		t.Errorf("charge-overlap ranking ndcg@30 %.4f on %d queries, want above random %.4f",
			res.Metrics["ndcg@30"], res.N, res.Baselines["random"]["ndcg@30"])
	}
	if !slices.Contains(res.Files, filepath.Join(dir, "lecard", "candidates.jsonl.gz")) {
		t.Errorf("files %v: want candidates.jsonl.gz recorded", res.Files)
	}
}

func TestLeadingID(t *testing.T) {
	tests := []struct {
		line string
		id   string
		ok   bool
	}{
		{`{"id": "8", "ajId": "29b1"}`, "8", true},
		{`{"ajId": "x", "id": "8"}`, "", false},
		{`{"id": "a\"b"}`, "", false},
		{`{"id": "unterminated`, "", false},
	}
	for _, tt := range tests {
		if id, ok := leadingID([]byte(tt.line)); id != tt.id || ok != tt.ok {
			t.Errorf("leadingID(%s) = %q, %v; want %q, %v", tt.line, id, ok, tt.id, tt.ok)
		}
	}
}
