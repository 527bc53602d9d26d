package elements

import (
	"math"
	"strings"
	"testing"

	"leian/corpus/extract"
)

func TestCompareLoan(t *testing.T) {
	base := extract.Loan{Borrowers: 1, Elements: []string{"借条", "转账"}, Interest: "年利率24%以内", Amount: 50000}
	tests := []struct {
		name      string
		q, c      extract.Loan
		wantScore float64
		want      []string
	}{
		{"identical", base, base, 1, []string{"出借人均为自然人", "均涉及借条", "利息约定同为年利率24%以内"}},
		{"guarantee on one side only", base,
			extract.Loan{Borrowers: 1, Elements: []string{"保证", "借条", "转账"}, Interest: "年利率24%以内", Amount: 50000},
			1 - 1.0/float64(len(extract.LoanElements())+5), []string{"类案涉及保证，本案未见"}},
		{"company borrower, several borrowers, other band", base,
			extract.Loan{BorrowerOrg: true, Borrowers: 3, Elements: []string{"借条", "转账"}, Interest: "年利率超过36%", Amount: 50000},
			1 - 3.0/float64(len(extract.LoanElements())+5), []string{"本案借款人为自然人，类案借款人有单位", "本案被告1名，类案被告3名", "本案年利率24%以内，类案年利率超过36%"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := CompareLoan(tt.q, tt.c)
			if math.Abs(m.Score-tt.wantScore) > 1e-9 {
				t.Errorf("score %g, want %g (parts %v)", m.Score, tt.wantScore, m.Parts)
			}
			var texts []string
			for _, r := range m.Reasons {
				texts = append(texts, r.Text)
			}
			got := strings.Join(texts, "；")
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("reasons %q lack %q", got, w)
				}
			}
		})
	}
}

// An element neither side states is an agreement, and an amount or a
// borrower count one side lacks is left out rather than counted.
func TestCompareLoanMissing(t *testing.T) {
	m := CompareLoan(extract.Loan{Interest: "未约定利息"}, extract.Loan{Interest: "未约定利息", Amount: 1000, Borrowers: 2})
	if m.Score != 1 {
		t.Errorf("score %g, want 1 (parts %v)", m.Score, m.Parts)
	}
	for _, p := range []string{"金额", "借款人人数"} {
		if _, ok := m.Parts[p]; ok {
			t.Errorf("part %s scored though one side lacks it", p)
		}
	}
}

// On real SCM texts: the first triplet's A (two borrowers, IOU, 2.4% a
// month) against itself, against another IOU between persons and against
// a bank's guaranteed loan contract.
func TestCompareLoanRealTexts(t *testing.T) {
	a := extract.ExtractLoan("原告聂某1，男，1974年7月10日出生。被告张某1，男，1978年4月18日出生。被告施某1，女，1980年6月10日出生。\n\n" +
		"两被告向原告出具内容为“今借到聂某1人民币壹拾伍万玖仟元整（￥159000）。月息俩分肆厘。张某1、施某1，2015.10.9”的借条。")
	b := extract.ExtractLoan("原告某某农村商业银行股份有限公司。被告李某1。\n\n原告诉称，被告与原告签订借款合同，借款300000元，由被告王某1提供连带责任保证。")
	if s := CompareLoan(a, a).Score; s != 1 {
		t.Errorf("a case against itself scores %g", s)
	}
	c := extract.ExtractLoan("原告程某1，男。被告程某2，男。被告邱某1，女。\n\n二被告向原告借款264200元，出具欠条，约定月息2分。被告未到庭。")
	if ac, ab := CompareLoan(a, c).Score, CompareLoan(a, b).Score; ac <= ab {
		t.Errorf("against another IOU between persons %g, against a bank's guaranteed loan contract %g", ac, ab)
	}
}
