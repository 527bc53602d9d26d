package rules

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"leian/internal/dataset"
)

// TestChargeTableAgainstCAIL confirms the charge table, read from the
// library's charge-name documents, with CAIL2018's own labels: for a
// single-charge case the charge's principal article should be among the
// case's relevant_articles. LawBench-converted records are skipped because
// the articles suite scores on the same facts.
func TestChargeTableAgainstCAIL(t *testing.T) {
	lib := library(t)
	n, agree, unknown := 0, 0, 0
	for _, rec := range cailLabels(t) {
		if rec.Source == "open-compass/LawBench" || len(rec.Meta.Accusation) != 1 {
			continue
		}
		n++
		arts, ok := lib.Charges.Principal(rec.Meta.Accusation[0])
		if !ok {
			unknown++
			continue
		}
		for _, a := range arts {
			if containsInt(rec.Meta.Articles, a.Number) {
				agree++
				break
			}
		}
	}
	if share := float64(agree) / float64(n); share < 0.95 || unknown > n/100 {
		t.Errorf("charge table agrees with CAIL2018 on %d of %d single-charge cases (%.3f), %d charges unknown", agree, n, share, unknown)
	} else {
		t.Logf("charge table agrees with CAIL2018 on %d of %d single-charge cases (%.3f), %d unknown", agree, n, share, unknown)
	}
}

func containsInt(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// cailLabel is the outcome CAIL2018 records for one case.
type cailLabel struct {
	Meta struct {
		Articles   []int    `json:"relevant_articles"`
		Accusation []string `json:"accusation"`
	} `json:"meta"`
	Source string `json:"source"`
}

// cailLabels reads every case's labels from the bundle's cail2018 file.
func cailLabels(t *testing.T) []cailLabel {
	t.Helper()
	f, err := os.Open(dataset.Path(t, "cail2018/cases.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	var out []cailLabel
	for sc.Scan() {
		var rec cailLabel
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("cail2018/cases.jsonl line %d: %v", len(out)+1, err)
		}
		out = append(out, rec)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
