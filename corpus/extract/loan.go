package extract

import (
	"regexp"
	"slices"
	"strings"
)

// Loan is what a private-lending (民间借贷) judgment says about the loan:
// the elements the CAIL2019-SCM annotators compared when they judged two
// such cases alike (who lent to whom, guarantees, evidence, how the money
// was delivered and repaid, the agreed interest), read from the parties
// and facts by keyword, so it also works on fact excerpts.
type Loan struct {
	LenderOrg   bool     `json:"lender_org,omitempty"`   // the lender (原告) is a company or other unit
	BorrowerOrg bool     `json:"borrower_org,omitempty"` // a borrower (被告) is a company or other unit
	Borrowers   int      `json:"borrowers"`              // defendants named in the party paragraph; 0 when none found
	Elements    []string `json:"elements,omitempty"`     // names from LoanElements the text states, in that order
	Interest    string   `json:"interest"`               // one of InterestBands
	AnnualRate  float64  `json:"annual_rate,omitempty"`  // highest rate stated (agreed or claimed), percent a year; 0 when none
	Amount      float64  `json:"amount,omitempty"`       // largest amount in yuan; 0 when none
}

// Has reports whether the text states element name.
func (l Loan) Has(name string) bool { return slices.Contains(l.Elements, name) }

// loanElement is one element and the words that state it.
type loanElement struct {
	name  string
	words []string
}

// loanElements are the keyword elements, grouped as the annotators grouped
// them: guarantee, spouses, evidence, delivery, repayment, breach, time bar.
// 担保 alone also covers 担保人 and 提供担保; 夫妻 covers 夫妻关系 and
// 夫妻共同债务, which is what makes the spouse a co-debtor.
var loanElements = []loanElement{
	{"保证", []string{"保证人", "担保人", "连带责任", "连带清偿", "保证责任", "担保"}},
	{"抵押", []string{"抵押"}},
	{"质押", []string{"质押"}},
	{"夫妻共同债务", []string{"夫妻", "婚姻关系存续", "登记结婚"}},
	{"借条", []string{"借条"}},
	{"欠条", []string{"欠条"}},
	{"借款合同", []string{"借款合同", "借款协议", "借贷合同"}},
	{"收条", []string{"收条", "收据"}},
	{"微信或支付宝", []string{"微信", "支付宝"}},
	{"转账", []string{"转账", "汇款", "汇入", "转入", "银行转"}},
	{"现金", []string{"现金"}},
	{"票据", []string{"承兑", "汇票", "支票"}},
	{"部分还款", []string{"部分", "已还", "归还了", "偿还了", "尚欠", "余款", "下欠"}},
	{"违约金", []string{"违约金"}},
	{"逾期", []string{"逾期"}},
	{"诉讼时效", []string{"诉讼时效"}},
}

// LoanElements lists the keyword elements Loan.Elements may name, in order.
func LoanElements() []string {
	out := make([]string, len(loanElements))
	for i, e := range loanElements {
		out[i] = e.name
	}
	return out
}

// InterestBands are the interest bands of Loan.Interest. The limits are
// those of the 2015 private-lending provisions: agreed rates up to 24% a
// year are enforced, 24–36% may be kept if paid, above 36% are void.
var InterestBands = []string{"未约定利息", "年利率24%以内", "年利率24%至36%", "年利率超过36%"}

var (
	orgRe      = regexp.MustCompile(`公司|银行|合作社|小额贷款|中心|厂|法定代表人`)
	defendRe   = regexp.MustCompile(`(?:^|[。，；;,\s])被告[：:]?\p{Han}`)
	loanWordRe = regexp.MustCompile(`借款|借贷|借条|欠条|借据|欠款`)
	// Criminal cases (fraud, illegal fund-raising) speak of 借款 too, but
	// only they have a prosecutor.
	prosecutorRe = regexp.MustCompile(`公诉机关|人民检察院指控|检察院以`)
)

// IsLoan reports whether text reads like a private-lending case: a case
// without a prosecutor that speaks of borrowing (借款, 借贷), a debt owed
// (欠款) or their evidence (借条, 欠条, 借据).
func IsLoan(text string) bool {
	return loanWordRe.MatchString(text) && !prosecutorRe.MatchString(text)
}

// ExtractLoan reads the loan elements of a private-lending judgment or
// its parties-and-facts excerpt.
func ExtractLoan(text string) Loan {
	parties := partyParagraph(text)
	lender, defendants, _ := strings.Cut(parties, "被告")
	l := Loan{
		LenderOrg:   orgRe.MatchString(lender),
		BorrowerOrg: orgRe.MatchString(defendants),
		Borrowers:   len(defendRe.FindAllStringIndex(parties, -1)),
		AnnualRate:  annualRate(text),
	}
	for _, e := range loanElements {
		if containsAny(text, e.words) {
			l.Elements = append(l.Elements, e.name)
		}
	}
	l.Interest = interestBand(l.AnnualRate)
	for _, a := range amounts(text, 0) {
		l.Amount = max(l.Amount, a.Yuan)
	}
	return l
}

// partyParagraph is the opening paragraph that lists the parties (原告…
// 被告…), cut before the claims when the text has no line breaks.
func partyParagraph(text string) string {
	p, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	for _, end := range []string{"诉称", "诉讼请求", "起诉"} {
		if i := strings.Index(p, end); i >= 0 {
			p = p[:i]
		}
	}
	return p
}

func interestBand(rate float64) string {
	switch {
	case rate <= 0:
		return InterestBands[0]
	case rate <= 24:
		return InterestBands[1]
	case rate <= 36:
		return InterestBands[2]
	}
	return InterestBands[3]
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
