package elements

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"leian/corpus/extract"
	"leian/corpus/parse"
	"leian/internal/dataset"
)

// realCases extracts the elements of LeCaRD candidates by id.
func realCases(t *testing.T, ids ...string) map[string]Case {
	t.Helper()
	out := map[string]Case{}
	dataset.Lines(t, "lecard/candidates.jsonl.gz", func(line int, b []byte) bool {
		var rec struct{ ID, Qw string }
		if err := json.Unmarshal(b, &rec); err != nil {
			t.Fatalf("line %d: %v", line, err)
		}
		if slices.Contains(ids, rec.ID) {
			out[rec.ID] = FromElements(extract.Extract(rec.Qw, parse.Parse(rec.Qw)), nil)
		}
		return len(out) < len(ids)
	})
	if len(out) != len(ids) {
		t.Fatalf("found %d of candidates %v", len(out), ids)
	}
	return out
}

func reasonTexts(m Match) string {
	var s []string
	for _, r := range m.Reasons {
		s = append(s, r.Text)
	}
	return strings.Join(s, "；")
}

// Candidates 459 and 566 are theft judgments (盗窃罪), 498 a traffic
// accident one (交通肇事罪).
func TestCompareRealJudgments(t *testing.T) {
	cs := realCases(t, "459", "566", "498")
	tests := []struct {
		q, c        string
		wantCharge  float64
		wantReasons []string
	}{
		{"459", "566", 1, []string{"同为盗窃罪", "均适用刑法第264条"}},
		{"566", "498", 0, []string{"类案另涉交通肇事罪", "本案涉盗窃罪，类案无"}},
		{"566", "566", 1, []string{"同为盗窃罪"}},
	}
	for _, tc := range tests {
		t.Run(tc.q+"-"+tc.c, func(t *testing.T) {
			m := Compare(cs[tc.q], cs[tc.c])
			if m.Parts["charge"] != tc.wantCharge {
				t.Errorf("charge part %g, want %g (cases %+v / %+v)", m.Parts["charge"], tc.wantCharge, cs[tc.q], cs[tc.c])
			}
			got := reasonTexts(m)
			for _, w := range tc.wantReasons {
				if !strings.Contains(got, w) {
					t.Errorf("reasons %q lack %q", got, w)
				}
			}
		})
	}
	if same, other := Compare(cs["566"], cs["566"]).Score, Compare(cs["566"], cs["498"]).Score; same <= other {
		t.Errorf("a case scores %g against itself, %g against another offence", same, other)
	}
}

func TestCompareReasons(t *testing.T) {
	tests := []struct {
		name string
		q, c Case
		want []string
		part string
		val  float64
	}{
		{"shared and differing circumstances",
			Case{Circumstances: []string{"累犯", "自首"}}, Case{Circumstances: []string{"自首"}},
			[]string{"均有自首情节", "本案有累犯情节，类案文书未见"}, "circumstance", 0.5},
		{"candidate-only circumstance",
			Case{Circumstances: []string{"坦白"}}, Case{Circumstances: []string{"坦白", "取得谅解"}},
			[]string{"类案有取得谅解情节，本案事实未见"}, "circumstance", 0.5},
		{"amounts close", Case{Amount: 3000}, Case{Amount: 3500},
			[]string{"本案涉案金额约3000元，类案约3500元"}, "amount", amountScore(3000, 3500)},
		{"amounts in 万", Case{Amount: 52000}, Case{Amount: 1200},
			[]string{"本案涉案金额约5.2万元，类案约1200元"}, "amount", amountScore(52000, 1200)},
		{"primary charge weighs double",
			Case{Charges: []string{"盗窃罪", "诈骗罪"}, Primary: "盗窃罪"}, Case{Charges: []string{"盗窃罪"}},
			[]string{"同为盗窃罪", "本案涉诈骗罪，类案无"}, "charge", 2.0 / 3},
		{"penalty kinds differ", Case{Penalty: "有期徒刑"}, Case{Penalty: "拘役"},
			[]string{"本案为有期徒刑，类案为拘役"}, "penalty", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := Compare(tc.q, tc.c)
			got := reasonTexts(m)
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("reasons %q lack %q", got, w)
				}
			}
			if v := m.Parts[tc.part]; v != tc.val {
				t.Errorf("%s part %g, want %g", tc.part, v, tc.val)
			}
		})
	}
}

func TestAmountScore(t *testing.T) {
	if s := amountScore(1000, 1000); s != 1 {
		t.Errorf("equal amounts score %g", s)
	}
	if s := amountScore(1000, 3000); s < 0.49 || s > 0.51 {
		t.Errorf("threefold apart scores %g, want 0.5", s)
	}
	if amountScore(1000, 100000) >= amountScore(1000, 10000) {
		t.Error("score does not fall with distance")
	}
}

func TestWords(t *testing.T) {
	tests := []struct{ got, want string }{
		{PenaltyWords("有期徒刑", 17), "有期徒刑一年五个月"},
		{PenaltyWords("拘役", 4), "拘役四个月"},
		{PenaltyWords("有期徒刑", 120), "有期徒刑十年"},
		{PenaltyWords("无期徒刑", 0), "无期徒刑"},
		{articleWords("刑法133-1"), "刑法第133条之一"},
		{NormaliseCharge("[走私、贩卖、运输、制造]毒品"), "走私、贩卖、运输、制造毒品罪"},
		{NormaliseCharge("盗窃罪"), "盗窃罪"},
		{Yuan(21945), "2.19万元"},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

// TestCompareLoans: two civil loan cases are compared on their lending
// elements, and the amount is stated once.
func TestCompareLoans(t *testing.T) {
	q := extract.Loan{Borrowers: 1, Elements: []string{"借条", "转账"}, Interest: "约定年利率24%以内", Amount: 50000}
	c := extract.Loan{Borrowers: 2, Elements: []string{"借条"}, Interest: "约定年利率24%以内", Amount: 80000}
	m := Compare(Case{Amount: 50000, Loan: &q}, Case{Amount: 80000, Loan: &c})
	if s, ok := m.Parts["loan"]; !ok || s <= 0 || s >= 1 {
		t.Errorf("loan part = %v (present %v), want in (0,1)", s, ok)
	}
	var texts []string
	amounts := 0
	for _, r := range m.Reasons {
		texts = append(texts, r.Text)
		if r.Kind == "amount" {
			amounts++
		}
	}
	for _, want := range []string{"均涉及借条", "本案涉及转账，类案未见", "本案被告1名，类案被告2名"} {
		if !slices.Contains(texts, want) {
			t.Errorf("reasons %q lack %q", texts, want)
		}
	}
	if amounts != 1 {
		t.Errorf("%d amount reasons in %q, want 1", amounts, texts)
	}
	if m := Compare(Case{Loan: &q}, Case{}); m.Parts["loan"] != 0 || len(m.Reasons) != 0 {
		t.Errorf("loan case against a criminal case: %+v, want nothing compared", m)
	}
}
