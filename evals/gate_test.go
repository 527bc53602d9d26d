package evals

import (
	"context"
	"path/filepath"
	"testing"

	"leian/internal/dataset"
)

// gateRuns are the fast slices `go test` runs against evals/thresholds.
// Until Leian's engine is wired into this test, the system under test is a
// reference run from the bundle (LeCaRD) and the TF-IDF bigram similarity
// (SCM), so the gate checks the scoring path end to end on real data.
func gateRuns(t *testing.T, dataDir string) map[string]Input {
	scm, err := readSCM(filepath.Join(dataDir, "scm", "triplets.jsonl"), 100)
	if err != nil {
		t.Fatal(err)
	}
	return map[string]Input{
		"lecard": {DataDir: dataDir, Limit: 20, RunFile: filepath.Join(dataDir, "lecard", "baselines", "sailer_ranking.json")},
		"scm":    {DataDir: dataDir, Limit: len(scm), Similarity: newTFIDFBigrams(scm)},
	}
}

func TestThresholdGate(t *testing.T) {
	dataDir := filepath.Dir(dataset.Path(t, "README.md"))
	ts, err := ReadThresholds("thresholds")
	if err != nil {
		t.Fatal(err)
	}
	r := &Runner{Suites: []Suite{LeCaRD(), SCM()}, Records: Records{Dir: t.TempDir()}}
	gated := map[string]bool{}
	for _, th := range ts {
		gated[th.Suite] = true
	}
	for name, in := range gateRuns(t, dataDir) {
		if !gated[name] {
			t.Errorf("suite %s runs in the gate but has no line in evals/thresholds", name)
			continue
		}
		rec, err := r.Run(context.Background(), name, in)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range rec.metricNames() {
			t.Logf("%s %s %.4f", name, m, rec.Metrics[m])
		}
		for _, miss := range CheckThresholds(rec, ts) {
			t.Error(miss)
		}
	}
}
