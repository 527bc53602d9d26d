package evals

import (
	"context"
	"os"
	"path/filepath"
	"slices"
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
	for _, k := range []string{"lawbench.amount", "hand_dev.loan.lender_f1", "hand_heldout.labour.worker_f1", "hand_heldout.theft_fraud_f1", "hand_dev.traffic_p", "cail2021.guarantees_recall"} {
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

func TestHandHalves(t *testing.T) {
	items, err := readHandFixture(filepath.Join("testdata", "forms_handchecked.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	half := assignHalves(items)
	n := map[string]map[string]int{}
	for i, it := range items {
		if n[it.Type] == nil {
			n[it.Type] = map[string]int{}
		}
		n[it.Type][half[i]]++
		if it.InSample && half[i] != halfDev {
			t.Errorf("in-sample item %s is in %s", it.where(), half[i])
		}
	}
	for typ, c := range n {
		if c[halfHeldOut] < 4 {
			t.Errorf("%s: %v, want at least 4 held-out documents", typ, c)
		}
	}
	// The rule depends on the items only: the same fixture reversed splits the same way.
	rev := slices.Clone(items)
	slices.Reverse(rev)
	again := assignHalves(rev)
	for i := range items {
		if again[len(items)-1-i] != half[i] {
			t.Fatalf("item %s changes half when the fixture is reordered", items[i].where())
		}
	}
}

func TestMatchField(t *testing.T) {
	tests := []struct {
		field     string
		gold, got []string
		want      prf
	}{
		{"principal", []string{"100000"}, []string{"100000"}, prf{1, 1, 1}},
		{"amount", []string{"223800|200000"}, []string{"200000"}, prf{1, 1, 1}},
		{"defendants", []string{"甲", "乙"}, []string{"甲", "丙", "丁"}, prf{1, 2, 3}},
		{"wage", nil, []string{"1140"}, prf{0, 0, 1}},
		{"entry_date", []string{"2006年4月4日"}, nil, prf{0, 1, 0}},
		{"losses", []string{"伤残赔偿金:82905.6", "残疾辅助器具费:153700"}, []string{"残疾辅助器具费用:153700", "伤残赔偿金:82905.60"}, prf{2, 2, 2}},
		{"losses", []string{"医疗费:100"}, []string{"医疗费:101"}, prf{0, 1, 1}},
		{"borrower", []string{"甲", "甲|乙"}, []string{"甲"}, prf{1, 2, 1}},
	}
	for _, tt := range tests {
		if got := matchField(tt.field, tt.gold, tt.got); got != tt.want {
			t.Errorf("matchField(%s, %v, %v) = %+v, want %+v", tt.field, tt.gold, tt.got, got, tt.want)
		}
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

func TestSameCharges(t *testing.T) {
	for _, tt := range []struct {
		a, b []string
		want bool
	}{
		{[]string{"盗窃罪"}, []string{"盗窃"}, true},
		{[]string{"走私、贩卖、运输、制造毒品罪"}, []string{"[走私、贩卖、运输、制造]毒品"}, true},
		{[]string{"盗窃罪", "抢夺罪"}, []string{"抢夺", "盗窃"}, true},
		{[]string{"诈骗罪"}, []string{"盗窃"}, false},
		{nil, nil, false},
	} {
		if got := sameCharges(tt.a, tt.b); got != tt.want {
			t.Errorf("sameCharges(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
