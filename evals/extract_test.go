package evals

import (
	"slices"

	"context"
	"leian/corpus/extract"
	"leian/corpus/parse"
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
	if res.Suite != "extract" || res.N < 300 || res.N > 600 || len(res.Items) != res.N {
		t.Fatalf("suite %q n %d items %d, want extract with 300–600 cases", res.Suite, res.N, len(res.Items))
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

// TestNamesCharge holds the charge label to the case name as LeCaRD writes
// it: a charge Leian cannot name, or a name that says no charge, is a miss.
func TestNamesCharge(t *testing.T) {
	tests := []struct {
		caseName string
		charges  []string
		written  []string
		want     bool
	}{
		{"应国平交通肇事", []string{"交通肇事罪"}, nil, true},
		{"叶勇、刘月、周文发等诈骗罪", []string{"诈骗罪"}, nil, true},
		{"陆某贩卖毒品罪", []string{"走私、贩卖、运输、制造毒品罪"}, []string{"贩卖毒品罪"}, true},
		{"高良赌博、诈骗", []string{"诈骗罪"}, nil, true},
		{"张伟", []string{"盗窃罪"}, nil, false},
		{"王某骗购外汇", []string{"骗取贷款、票据承兑、金融票证罪"}, nil, false},
		{"李某抢劫", nil, nil, false},
	}
	for _, tt := range tests {
		e := &extract.Elements{Charges: tt.charges, Defendants: []extract.Defendant{{ChargesWritten: tt.written}}}
		if got := namesCharge(tt.caseName, e); got != tt.want {
			t.Errorf("namesCharge(%q, %v) = %v, want %v", tt.caseName, tt.charges, got, tt.want)
		}
	}
}

// TestGoldNotNormalised fails if the charge label is read through Leian's
// own charge vocabulary: it must be the case name as the source wrote it.
func TestGoldNotNormalised(t *testing.T) {
	docs, err := readGoldFile(dataset.Path(t, "lecard/candidates.jsonl.gz"), 50)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if strings.HasSuffix(d.caseName, "一案") || d.caseName == "" {
			t.Errorf("%s: case name label %q", d.id, d.caseName)
		}
	}
}

// TestDedupeCases scores a JuDGE record that is a LeCaRD candidate once,
// with JuDGE's article labels moved onto the LeCaRD document.
func TestDedupeCases(t *testing.T) {
	lecard := &goldDoc{id: "lecard:1", ajID: "A1", text: "x", sections: map[parse.SectionKind]string{parse.Facts: "f"}}
	judge := &goldDoc{id: "judge:A1", ajID: "A1", text: "x", articles: []int{264}, sections: map[parse.SectionKind]string{parse.Facts: "g"}}
	other := &goldDoc{id: "judge:B2", ajID: "B2", text: "y", articles: []int{133}, sections: map[parse.SectionKind]string{}}
	got := dedupeCases([]*goldDoc{lecard, judge, other})
	if len(got) != 2 || got[0] != lecard || got[1] != other || !slices.Equal(lecard.articles, []int{264}) || lecard.sections[parse.Facts] != "f" {
		t.Errorf("dedupeCases kept %d docs; lecard articles %v facts %q", len(got), lecard.articles, lecard.sections[parse.Facts])
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
	if len(lecard) != 2 || lecard[0].id != "lecard:8" || lecard[0].caseName != "应国平交通肇事" || len(lecard[0].sections) != 3 {
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
