package rules

import (
	"fmt"

	"leian/corpus/cite"
	"leian/corpus/extract"
)

// Titles of the two sources private-lending disputes are decided under.
const (
	civilCode   = "中华人民共和国民法典"
	lendingRule = "最高人民法院关于审理民间借贷案件适用法律若干问题的规定"
)

// loanRule is a provision that decides private-lending disputes, with the
// loan elements that call for it.
type loanRule struct {
	law     string
	article int
	score   float64
	applies func(extract.Loan) (reason string, ok bool)
}

// always applies to every private-lending case.
func always(reason string) func(extract.Loan) (string, bool) {
	return func(extract.Loan) (string, bool) { return reason, true }
}

// stated applies when the case states element.
func stated(element, reason string) func(extract.Loan) (string, bool) {
	return func(l extract.Loan) (string, bool) { return reason, l.Has(element) }
}

// loanRules are the Civil Code's loan-contract articles and the
// private-lending provisions a judgment on such a dispute cites, each
// suggested by what the facts state.
var loanRules = []loanRule{
	{civilCode, 667, 3, always("民间借贷纠纷，适用借款合同的规定")},
	{civilCode, 675, 3, always("借款人应按约定期限返还借款")},
	{civilCode, 679, 2.5, func(l extract.Loan) (string, bool) {
		return "借贷双方均为自然人，借款合同自提供借款时成立", !l.LenderOrg && !l.BorrowerOrg
	}},
	{civilCode, 680, 2.5, func(l extract.Loan) (string, bool) {
		if l.Interest == extract.InterestBands[0] {
			return "案情未见利息约定：没有约定的视为没有利息", true
		}
		return fmt.Sprintf("案情约定利息（%s）：利率不得违反国家有关规定", l.Interest), true
	}},
	{lendingRule, 25, 2.5, func(l extract.Loan) (string, bool) {
		return fmt.Sprintf("案情约定利息（%s）：以合同成立时一年期贷款市场报价利率四倍为限", l.Interest), l.Interest != extract.InterestBands[0]
	}},
	{civilCode, 676, 2, stated("逾期", "案情提及逾期：应支付逾期利息")},
	{lendingRule, 28, 2, stated("逾期", "案情提及逾期：逾期利率的约定及上限")},
	{civilCode, 688, 2, stated("保证", "案情涉及保证：连带责任保证")},
	{civilCode, 394, 2, stated("抵押", "案情涉及抵押担保")},
	{civilCode, 425, 2, stated("质押", "案情涉及质押担保")},
	{civilCode, 1064, 2, stated("夫妻共同债务", "案情涉及夫妻：夫妻共同债务的认定")},
	{civilCode, 585, 1.5, stated("违约金", "案情提及违约金")},
	{civilCode, 188, 1.5, stated("诉讼时效", "案情提及诉讼时效：三年诉讼时效期间")},
}

// loanRulesFor returns the provisions that decide facts when they read as a
// private-lending dispute; nothing otherwise.
func (lib *Library) loanRulesFor(facts string) []Applicable {
	if !extract.IsLoan(facts) {
		return nil
	}
	l := extract.ExtractLoan(facts)
	var out []Applicable
	for _, r := range loanRules {
		reason, ok := r.applies(l)
		if !ok {
			continue
		}
		ref, err := lib.Resolve(cite.Citation{Law: r.law, Article: r.article})
		if err != nil {
			continue // a library without that law (a test's few files) suggests the rest
		}
		out = append(out, Applicable{Kind: "article", Title: ref.LawTitle, Label: ref.Label, Text: ref.Text, Score: r.score, Reason: reason})
	}
	return out
}
