package evals

import (
	"context"
	"strings"
	"testing"
)

func TestRecallScores(t *testing.T) {
	labels := map[string]int{"a": 3, "b": 2, "c": 1, "d": 3}
	tests := []struct {
		name   string
		ranked []string
		r100   float64
	}{
		{"all relevant found", []string{"a", "x", "b", "d"}, 1},
		{"grade 1 does not count", []string{"c", "a"}, 1.0 / 3},
		{"none", []string{"x", "y"}, 0},
	}
	for _, tc := range tests {
		if got := recallScores(tc.ranked, labels)["recall@100"]; got != tc.r100 {
			t.Errorf("%s: recall@100 %g, want %g", tc.name, got, tc.r100)
		}
	}
}

func TestRecallNeedsAnEngine(t *testing.T) {
	dir := t.TempDir()
	_, err := Recall(nil).Run(context.Background(), Input{DataDir: dir})
	if err == nil {
		t.Fatal("ran without data or engine")
	}
	if !strings.Contains(err.Error(), "lecard") {
		t.Errorf("error %v does not name the missing data", err)
	}
}
