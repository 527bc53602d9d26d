package evals

import (
	"context"
	"testing"

	"leian/corpus/rules"
	"leian/internal/dataset"
)

func TestCitationsSuiteSlice(t *testing.T) {
	dataset.Path(t, "judge/judge.jsonl")
	dir, _ := dataset.Dir()
	res, err := Citations().Run(context.Background(), Input{DataDir: dir, Limit: 60})
	if err != nil {
		t.Fatal(err)
	}
	if res.N != 60 {
		t.Errorf("N = %d, want 60", res.N)
	}
	floors := map[string]float64{"resolved": 0.95, "resolved_criminal_law": 0.99, "charge_article_consistency": 0.8}
	for m, floor := range floors {
		if res.Metrics[m] < floor {
			t.Errorf("%s = %.4f, want ≥ %.2f; notes: %v", m, res.Metrics[m], floor, res.Notes)
		}
	}
	if res.Metrics["citations"] < 300 {
		t.Errorf("only %v citations in 60 judgments", res.Metrics["citations"])
	}
}

func TestIsCriminalLaw(t *testing.T) {
	tests := []struct {
		law  string
		want bool
	}{
		{"中华人民共和国刑法", true},
		{"刑法", true},
		{"中华人民共和刑法", true},
		{"中华人民共和国刑事诉讼法", false},
		{"最高人民法院关于适用〈中华人民共和国刑法〉第…的解释", false},
		{"刑法修正案（九）", false},
	}
	for _, tt := range tests {
		if got := isCriminalLaw(tt.law); got != tt.want {
			t.Errorf("isCriminalLaw(%q) = %v, want %v", tt.law, got, tt.want)
		}
	}
	_ = rules.MissingLaw
}
