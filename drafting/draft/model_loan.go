package draft

import (
	"regexp"
	"strings"

	"leian/corpus"
	"leian/corpus/cite"
	"leian/corpus/extract"
	"leian/corpus/parse"
)

// loanModel is what a decided private-lending model case settles for the
// cases of its group: the legal basis it cites, the interest cap it
// applied and the orders its verdict makes.
type loanModel struct {
	id        string
	articles  []cite.Citation
	cap       string // "lpr4": 一年期贷款市场报价利率四倍; "24": 年利率24%; "" when it states none
	guarantor bool   // its verdict orders a guarantor to answer jointly
	interest  bool   // its verdict orders interest
}

var (
	lprCapRe = regexp.MustCompile(`贷款市场报价利率(?:的)?四倍|LPR(?:的)?四倍|LPR4倍`)
	cap24Re  = regexp.MustCompile(`(?:年利率|年利息)?(?:24|二十四)\s*[%％]|百分之二十四`)
)

func readLoanModel(d *corpus.Document) loanModel {
	s := d.Structure
	if s == nil {
		s = parse.Parse(d.Text)
	}
	m := loanModel{id: d.ID}
	decided := s.SectionText(parse.Reasoning) + s.SectionText(parse.Verdict)
	if decided == "" {
		decided = d.Text
	}
	switch {
	case lprCapRe.MatchString(decided):
		m.cap = "lpr4"
	case cap24Re.MatchString(decided):
		m.cap = "24"
	}
	basis := s.SectionText(parse.Reasoning)
	if i := strings.LastIndex(basis, "依照"); i >= 0 {
		basis = basis[i:]
	}
	m.articles = cite.Find(basis, "")
	v := s.SectionText(parse.Verdict)
	m.guarantor = strings.Contains(v, "连带清偿") || strings.Contains(v, "连带责任")
	m.interest = strings.Contains(v, "利息")
	return m
}

// capText is the cap as a reasoning and a verdict write it.
func capText(c string) string {
	if c == "24" {
		return "年利率24%"
	}
	return "合同成立时一年期贷款市场报价利率四倍"
}

// loanModelCarries compares the member's loan with the model case's
// decisions: the cap, the basis and the orders.
func loanModelCarries(m loanModel, l extract.Loan, arts []Article) []Carry {
	var out []Carry
	if m.cap != "" {
		out = append(out, Carry{Element: "利率", Model: "利息以" + capText(m.cap) + "为上限", Draft: "利息以" + capText(m.cap) + "为上限", Action: Carried, Why: "沿用范本案件适用的利率上限"})
	}
	for _, a := range arts {
		out = append(out, Carry{Element: "法条", Model: a.Cite(), Draft: a.Cite(), Action: Carried})
	}
	has := l.Has("保证")
	switch {
	case m.guarantor && !has:
		out = append(out, Carry{Element: "判项", Model: "保证人承担连带清偿责任", Action: Dropped, Why: "本案事实未载明保证人"})
	case !m.guarantor && has:
		out = append(out, Carry{Element: "判项", Draft: "保证人承担连带清偿责任", Action: Added, Why: "本案事实载明保证，范本案件没有"})
	case has:
		out = append(out, Carry{Element: "判项", Model: "保证人承担连带清偿责任", Draft: "保证人承担连带清偿责任", Action: Carried})
	}
	noInterest := l.Interest == extract.InterestBands[0] && !l.Has("逾期")
	switch {
	case m.interest && noInterest:
		out = append(out, Carry{Element: "判项", Model: "支付利息", Action: Dropped, Why: "本案未约定利息，也未主张逾期利息"})
	case m.interest:
		out = append(out, Carry{Element: "判项", Model: "支付利息", Draft: "支付利息", Action: Carried})
	}
	return out
}
