package evals

import (
	"context"
	"strings"
	"testing"

	"leian/internal/dataset"
)

// TestExtractSuiteSlice runs the suite on the first 300 LeCaRD candidates
// and the first 300 JuDGE records and holds it to the floors reached there.
func TestExtractSuiteSlice(t *testing.T) {
	dir, err := dataset.Dir()
	if err != nil {
		t.Fatal(err)
	}
	dataset.Path(t, "lecard/candidates.jsonl.gz")
	res, err := ExtractSuite().Run(context.Background(), Input{DataDir: dir, Limit: 300})
	if err != nil {
		t.Fatal(err)
	}
	if res.Suite != "extract" || res.N != 600 || len(res.Items) != res.N {
		t.Fatalf("suite %q n %d items %d, want extract 600 600", res.Suite, res.N, len(res.Items))
	}
	floors := map[string]float64{
		"facts_f1": 0.99, "reasoning_f1": 0.98, "verdict_f1": 0.98,
		"article_f1": 0.95, "charge_acc": 0.95, "term_acc": 0.99,
	}
	for m, floor := range floors {
		got, ok := res.Metrics[m]
		if !ok || got < floor {
			t.Errorf("%s = %.4f (present %v), want ≥ %.2f", m, got, ok, floor)
		}
	}
	for m, base := range res.Baselines["whole_text"] {
		if res.Metrics[m] <= base {
			t.Errorf("%s %.4f does not beat the whole-text baseline %.4f", m, res.Metrics[m], base)
		}
	}
}

func TestChargeOfCaseName(t *testing.T) {
	tests := []struct{ name, want string }{ // LeCaRD ajName values
		{"应国平交通肇事一案", "交通肇事罪"},
		{"叶勇、刘月、周文发等诈骗罪一案", "诈骗罪"},
		{"陆某贩卖毒品罪一案", "走私、贩卖、运输、制造毒品罪"},
		{"高良赌博、诈骗一案", "诈骗罪"},
		{"张伟一案", ""},
	}
	for _, tt := range tests {
		if got := chargeOfCaseName(tt.name); got != tt.want {
			t.Errorf("chargeOfCaseName(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestReadGoldFileFormats(t *testing.T) {
	judge, err := readGoldFile(dataset.Path(t, "judge/judge.jsonl"), 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(judge) != 3 || !strings.HasPrefix(judge[0].id, "judge:") || judge[0].articles == nil || judge[0].sections["facts"] == "" {
		t.Errorf("judge records read as %+v", judge)
	}
	lecard, err := readGoldFile(dataset.Path(t, "lecard/candidates.jsonl.gz"), 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(lecard) != 2 || lecard[0].id != "lecard:8" || lecard[0].charge != "交通肇事罪" || len(lecard[0].sections) != 3 {
		t.Errorf("lecard records read as %+v", lecard)
	}
	if _, err := readGoldFile(dataset.Path(t, "cail2018/cases.jsonl"), 1); err == nil {
		t.Error("a CAIL2018 file was accepted as judgments")
	}
}

func TestParseTermLabel(t *testing.T) {
	for _, s := range []string{"17", "无期", "死刑"} {
		if _, err := parseTermLabel(s); err != nil {
			t.Errorf("parseTermLabel(%q): %v", s, err)
		}
	}
	if _, err := parseTermLabel("一年"); err == nil {
		t.Error("parseTermLabel accepted 一年")
	}
}
