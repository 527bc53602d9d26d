package evals

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"leian/internal/dataset"
)

// The data README (§5) publishes these figures for the bundle's reference
// runs and for the mean of 200 random pool orders; the suite must print
// them to 4 decimals.
func TestLeCaRDReproducesPublishedTable(t *testing.T) {
	dir := filepath.Dir(filepath.Dir(dataset.Path(t, "lecard/labels.json")))
	tests := []struct {
		run  string
		want [4]float64 // ndcg@30, ndcg@30_labelled, p@5_labelled, map_labelled
	}{
		{"bm25_top100.json", [4]float64{0.5498, 0.8515, 0.3818, 0.4503}},
		{"sailer_ranking.json", [4]float64{0.8442, 0.9370, 0.4675, 0.5958}},
	}
	names := []string{"ndcg@30", "ndcg@30_labelled", "p@5_labelled", "map_labelled"}
	for _, tt := range tests {
		res, err := runLeCaRD(context.Background(), Input{DataDir: dir, RunFile: filepath.Join(dir, "lecard", "baselines", tt.run)})
		if err != nil {
			t.Fatal(err)
		}
		if res.N != 77 {
			t.Errorf("%s: scored %d queries, want 77", tt.run, res.N)
		}
		for i, name := range names {
			if got := fmt.Sprintf("%.4f", res.Metrics[name]); got != fmt.Sprintf("%.4f", tt.want[i]) {
				t.Errorf("%s %s = %s, want %.4f", tt.run, name, got, tt.want[i])
			}
		}
		if tt.run == "bm25_top100.json" {
			random := res.Baselines["random"]
			for i, want := range []float64{0.2573, 0.8498, 0.3352, 0.4033} {
				if got := fmt.Sprintf("%.4f", random[names[i]]); got != fmt.Sprintf("%.4f", want) {
					t.Errorf("random baseline %s = %s, want %.4f", names[i], got, want)
				}
			}
			if got := res.Baselines["bm25"]["ndcg@30"]; got != res.Metrics["ndcg@30"] {
				t.Errorf("bm25 reference baseline %v differs from scoring the same file as --run (%v)", got, res.Metrics["ndcg@30"])
			}
		}
	}
}

func TestLeCaRDNeedsASystem(t *testing.T) {
	dir := filepath.Dir(filepath.Dir(dataset.Path(t, "lecard/labels.json")))
	_, err := runLeCaRD(context.Background(), Input{DataDir: dir, Limit: 2})
	if err == nil || !strings.Contains(err.Error(), "--run") {
		t.Errorf("lecard without --run or ranker: err = %v, want one naming --run", err)
	}
}

func TestLeCaRDLimitAndLosers(t *testing.T) {
	dir := filepath.Dir(filepath.Dir(dataset.Path(t, "lecard/labels.json")))
	res, err := runLeCaRD(context.Background(), Input{DataDir: dir, Limit: 5,
		RunFile: filepath.Join(dir, "lecard", "baselines", "bm25_top100.json")})
	if err != nil {
		t.Fatal(err)
	}
	if res.N != 5 || len(res.Items) != 5 || res.Items[0].ID != "4891" {
		t.Errorf("Limit 5: N=%d items=%d first=%v, want 5 items starting with query 4891", res.N, len(res.Items), res.Items[0].ID)
	}
	if len(res.Notes) == 0 || !strings.Contains(res.Notes[0], "最差查询") {
		t.Errorf("notes %q: want the worst queries named", res.Notes)
	}
}
