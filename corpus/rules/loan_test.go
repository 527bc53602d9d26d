package rules

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"leian/internal/dataset"
)

// TestRulesForLoanCase: the parties and facts of a real private-lending
// judgment (the first CAIL2019-SCM triplet's A) get the Civil Code's
// loan-contract articles and the private-lending provisions, and no article
// of the Criminal Law.
func TestRulesForLoanCase(t *testing.T) {
	var facts string
	dataset.Lines(t, "scm/triplets.jsonl", func(line int, b []byte) bool {
		var tr struct{ A string }
		if err := json.Unmarshal(b, &tr); err != nil {
			t.Fatalf("scm/triplets.jsonl line %d: %v", line, err)
		}
		facts = tr.A
		return false
	})
	got, err := library(t).RulesForCase(context.Background(), facts, nil)
	if err != nil {
		t.Fatal(err)
	}
	refs := map[string]string{}
	for _, r := range got {
		refs[r.Title+r.Label] = r.Reason
		if r.Title == "中华人民共和国刑法" {
			t.Errorf("loan dispute gets %s%s (%s)", r.Title, r.Label, r.Reason)
		}
	}
	for _, want := range []string{civilCode + "第六百六十七条", civilCode + "第六百七十九条", civilCode + "第六百八十条", lendingRule + "第二十五条"} {
		if refs[want] == "" {
			t.Errorf("rules lack %s: %v", want, refs)
		}
	}
	if !strings.Contains(refs[civilCode+"第六百八十条"], "年利率") {
		t.Errorf("第六百八十条's reason %q does not say the agreed rate", refs[civilCode+"第六百八十条"])
	}
}
