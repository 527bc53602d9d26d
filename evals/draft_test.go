package evals

import (
	"context"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"leian/internal/dataset"
)

// TestDraftSuiteScoresRun scores a published baseline through the suite,
// as `leian eval draft --run` does, and checks the README's numbers.
func TestDraftSuiteScoresRun(t *testing.T) {
	path := dataset.Path(t, "judge/baselines/finetune/qwen2.5-7B.jsonl")
	dir := filepath.Dir(filepath.Dir(filepath.Dir(filepath.Dir(path))))
	res, err := Draft(nil).Run(context.Background(), Input{DataDir: dir, RunFile: path})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{"charge_f1": 0.971664, "article_f1": 0.722233, "time": 0.642692, "amount": 0.523173, "meteor_n": 259, "time_num": 300, "amount_num": 209}
	for k, v := range want {
		if math.Abs(res.Metrics[k]-v) > 5e-7 {
			t.Errorf("%s = %.6f, README %.6f", k, res.Metrics[k], v)
		}
	}
	for k, v := range map[string]float64{"reasoning_meteor": 0.655176, "judgment_meteor": 0.749698} {
		if math.Abs(res.Metrics[k]-v) > 0.005 {
			t.Errorf("%s = %.6f, README %.6f", k, res.Metrics[k], v)
		}
	}
	if b := res.Baselines["best_dev_18"]; math.Abs(b["charge_f1"]-0.973333) > 5e-7 || math.Abs(b["article_f1"]-0.777100) > 5e-7 {
		t.Errorf("best dev baseline %v", b)
	}
	if _, ok := res.Baselines["trivial_facts"]; !ok {
		t.Error("no trivial baseline")
	}
}

func TestDraftSuiteNeedsDrafter(t *testing.T) {
	path := dataset.Path(t, "judge/judge.jsonl")
	_, err := Draft(nil).Run(context.Background(), Input{DataDir: filepath.Dir(filepath.Dir(path)), Limit: 2})
	if err == nil || !strings.Contains(err.Error(), "--run") {
		t.Errorf("err = %v, want a message naming --run", err)
	}
}
