package engine

import (
	"context"
	"os"
	"testing"

	"leian/internal/dataset"
	"leian/retrieval/embed"
	"leian/retrieval/rank"
	"leian/evals/metrics"
)

func TestZZExperiment(t *testing.T) {
	if os.Getenv("E2EXP") == "" {
		t.Skip()
	}
	ctx := context.Background()
	dir, _ := dataset.Dir()
	l, err := LoadLeCaRD(dir)
	if err != nil {
		t.Fatal(err)
	}
	all := map[string]bool{}
	for _, q := range l.Queries {
		for _, id := range l.Pools[q.ID] {
			all[id] = true
		}
	}
	want := map[string]bool{}
	for id := range all {
		want[id] = true
	}
	docs, err := LeCaRDCandidates(dir, want)
	if err != nil {
		t.Fatal(err)
	}
	mp := "/tmp/e2/embedder.gob"
	m, err := embed.Load(mp, nil, "")
	if err != nil {
		every, err := LeCaRDCandidates(dir, nil)
		_ = every
		if err != nil {
			t.Fatal(err)
		}
		o := embed.DefaultTrainOptions()
		m, err = embed.Train(ctx, func(fn func(string) error) error {
			for _, d := range every {
				if err := fn(facts(d)); err != nil {
					return err
				}
			}
			return nil
		}, o)
		if err != nil {
			t.Fatal(err)
		}
		m.Save(mp)
	}
	p := NewPool(m, nil)
	w, err := Tune(ctx, l, docs, p)
	if err != nil {
		t.Fatal(err)
	}
	var xs []float64
	for _, v := range w.CV {
		xs = append(xs, v)
	}
	t.Logf("CV ndcg@30 = %.4f over %d; all weights %v", metrics.Mean(xs), len(xs), w.All)
	_ = rank.Sort
}
