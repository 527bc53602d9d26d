package evals

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"leian/drafting/batch"
	"leian/internal/dataset"
)

func TestElementsSuite(t *testing.T) {
	dir, err := dataset.Dir()
	if err != nil {
		t.Fatal(err)
	}
	res, err := runElements(context.Background(), Input{DataDir: dir, Args: map[string]string{"fixture": filepath.Join("testdata", "forms_handchecked.jsonl")}})
	if err != nil {
		t.Fatal(err)
	}
	if err := checkFooting(res); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"lawbench.amount", "hand.lender", "hand.principal", "cail2021.guarantees_recall"} {
		v, ok := res.Metrics[k]
		if !ok || v < 0 || v > 100 {
			t.Errorf("metric %s = %v (present %v)", k, v, ok)
		}
	}
	// A fixture whose evidence is not in the document is refused, naming it.
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	line := `{"file":"scm/triplets.jsonl","line":4,"field":"B","type":"loan","gold":{"lender":["毛某1"]},"evidence":{"lender":"原告：不存在的人"}}` + "\n"
	if err := os.WriteFile(bad, []byte(line), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err = runElements(context.Background(), Input{DataDir: dir, Args: map[string]string{"fixture": bad}})
	if err == nil || !strings.Contains(err.Error(), "evidence for lender") {
		t.Errorf("fixture with false evidence: %v", err)
	}
}

func TestPurityMetrics(t *testing.T) {
	r := &batch.Result{Clusters: []batch.Cluster{
		{Members: []batch.Member{{ID: "a"}, {ID: "b"}, {ID: "c"}}},
		{Members: []batch.Member{{ID: "d"}}},
	}}
	labels := map[string]string{"a": "盗窃罪", "b": "盗窃罪", "c": "诈骗罪", "d": "诈骗罪"}
	m := purityMetrics(r, labels)
	if m["purity"] != 75 || m["inverse_purity"] != 75 || m["clusters"] != 2 {
		t.Errorf("purity metrics %v, want 75/75/2", m)
	}
}
