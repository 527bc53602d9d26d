package evals

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"leian/internal/dataset"
)

func scmDataDir(t *testing.T) string {
	return filepath.Dir(filepath.Dir(dataset.Path(t, "scm/triplets.jsonl")))
}

func TestSCMRunFileAlwaysBMatchesBaseline(t *testing.T) {
	dir := scmDataDir(t)
	run := filepath.Join(t.TempDir(), "always_b.txt")
	if err := os.WriteFile(run, []byte(strings.Repeat("B\n", 300)), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := runSCM(context.Background(), Input{DataDir: dir, RunFile: run})
	if err != nil {
		t.Fatal(err)
	}
	if res.N != 300 {
		t.Errorf("N = %d, want 300 triplets", res.N)
	}
	if got, want := res.Metrics["accuracy"], res.Baselines["always_B"]["accuracy"]; got != want {
		t.Errorf("always-B run accuracy %v differs from the always_B baseline %v", got, want)
	}
	if r := res.Baselines["random"]["accuracy"]; math.Abs(r-0.5) > 0.01 {
		t.Errorf("random baseline %v, want about 0.5", r)
	}
	if a := res.Baselines["cail2019_best_test"]["accuracy"]; a != 0.7188 {
		t.Errorf("anchor %v, want 0.7188", a)
	}
}

func TestSCMErrors(t *testing.T) {
	dir := scmDataDir(t)
	short := filepath.Join(t.TempDir(), "short.json")
	if err := os.WriteFile(short, []byte(`["B", "C"]`), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		in   Input
		want string
	}{
		{"no system", Input{DataDir: dir, Limit: 3}, "--run"},
		{"too few predictions", Input{DataDir: dir, Limit: 3, RunFile: short}, "2 labels for 3 triplets"},
		{"missing dataset", Input{DataDir: dir, File: filepath.Join(dir, "nope.jsonl")}, "nope.jsonl"},
	}
	for _, tt := range tests {
		if _, err := runSCM(context.Background(), tt.in); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want one containing %q", tt.name, err, tt.want)
		}
	}
}

func TestSCMSimilarityMargins(t *testing.T) {
	dir := scmDataDir(t)
	ts, err := readSCM(filepath.Join(dir, "scm", "triplets.jsonl"), 40)
	if err != nil {
		t.Fatal(err)
	}
	res, err := runSCM(context.Background(), Input{DataDir: dir, Limit: 40, Similarity: newTFIDFBigrams(ts)})
	if err != nil {
		t.Fatal(err)
	}
	correct := 0.0
	for _, it := range res.Items {
		if _, ok := it.Scores["margin"]; !ok {
			t.Fatalf("item %s has no margin", it.ID)
		}
		correct += it.Scores["accuracy"]
	}
	if got := res.Metrics["accuracy"]; got != correct/40 {
		t.Errorf("accuracy %v, want the mean of item scores %v", got, correct/40)
	}
}
