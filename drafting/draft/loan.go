package draft

import (
	"cmp"
	"context"
	"fmt"
	"regexp"
	"strings"

	"leian/corpus/extract"
	"leian/retrieval"
)

var (
	plaintiffRe = regexp.MustCompile(`原告[：:]?([\p{Han}×＊*]{2,20}?)(?:[，,。（(]|诉称|向本院)`)
	defenceRe   = regexp.MustCompile(`被告[：:]?([\p{Han}×＊*]{2,20}?)辩称`)
	defendantCV = regexp.MustCompile(`被告[：:]?([\p{Han}×＊*]{2,20}?)(?:[，,。（(]|辩称|未|经)`)
)

// draftLoan writes a private-lending first-instance civil judgment: the
// parties, the claims, the facts found, the reasoning on the loan's
// formation, repayment, interest against the statutory cap, overdue
// interest and guarantees, and the usual orders, from the loan elements
// and the private-lending rules.
func (o *Offline) draftLoan(ctx context.Context, r Request) (*Draft, error) {
	l := extract.ExtractLoan(r.Facts)
	d := &Draft{Kind: KindLoan, Drafter: "offline", Title: "民事判决书"}
	rs, err := o.Search.Search(ctx, retrieval.Query{Facts: r.Facts, K: 5, Filter: retrieval.Filter{CaseType: "civil"}, ExcludeIDs: r.Exclude})
	if err != nil {
		return nil, fmt.Errorf("draft: similar cases: %w", err)
	}
	d.Similar = rs
	plaintiff, defendant := "原告", "被告"
	if m := plaintiffRe.FindStringSubmatch(r.Facts); m != nil {
		plaintiff = m[1]
	}
	// The party who answers (被告X辩称) names the defendant best; the
	// first 被告 of the claims may be followed by a verb (被告未还款).
	if m := defenceRe.FindStringSubmatch(r.Facts); m != nil {
		defendant = m[1]
	} else if m := defendantCV.FindStringSubmatch(r.Facts); m != nil && !strings.ContainsAny(m[1][:3], "未因向于在") {
		defendant = m[1]
	}
	var model *loanModel
	if md := modelDocument(r); md != nil {
		m := readLoanModel(md)
		model = &m
		d.Model = m.id
	}
	if model != nil && len(model.articles) > 0 {
		for _, c := range model.articles {
			a := o.article(c)
			a.Law, a.Why = c.Law, "范本案件援引"
			if ref, err := o.Rules.Resolve(c); err == nil {
				a.Text, a.Resolved = ref.Text, true
			}
			d.Articles = append(d.Articles, a)
		}
	} else {
		rules, _ := o.Rules.RulesForCase(ctx, r.Facts, nil)
		for _, a := range rules {
			if a.Kind != "article" {
				continue
			}
			d.Articles = append(d.Articles, Article{Law: a.Title, Label: a.Label, Text: a.Text, Resolved: true, Why: a.Reason})
		}
	}
	var basis []string
	lastLaw := ""
	for _, a := range d.Articles {
		if a.Law != lastLaw {
			basis = append(basis, a.Cite())
			lastLaw = a.Law
		} else {
			basis = append(basis, a.Label)
		}
	}
	if model == nil || len(model.articles) == 0 {
		basis = append(basis, "《中华人民共和国民事诉讼法》第六十七条")
	}
	capRule := ""
	if model != nil {
		capRule = model.cap
		d.FromModel = loanModelCarries(*model, l, d.Articles)
	}
	court := cmp.Or(r.Header.Court, "××人民法院")
	no := cmp.Or(r.Header.CaseNumber, "（　　）　　民初　　号")
	amount := "　　"
	if l.Amount > 0 {
		amount = formatYuan(l.Amount)
	}
	d.Sections = []Section{
		{Key: "header", Title: "首部", Sentences: []Sentence{
			{Text: court + "\n", Source: "template"}, {Text: "民事判决书\n", Source: "template"}, {Text: no + "\n", Source: "template"},
			{Text: "原告：" + plaintiff + "。\n", Source: "facts"}, {Text: "被告：" + defendant + "。\n", Source: "facts"},
			{Text: fmt.Sprintf("原告%s与被告%s民间借贷纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。本案现已审理终结。\n", plaintiff, defendant), Source: "template"},
		}},
		{Key: "claims", Title: "诉辩意见", Sentences: []Sentence{{Text: strings.TrimSpace(r.Facts) + "\n", Source: "facts"}}},
		{Key: "findings", Title: "经审理查明", Sentences: []Sentence{{Text: "经审理查明的事实与原告陈述基本一致，有" + loanEvidence(l) + "等证据在卷佐证，本院予以确认。\n", Source: "facts"}}},
		{Key: "reasoning", Title: "本院认为", Sentences: loanReasoning(l, plaintiff, defendant, amount, basis, capRule)},
		{Key: "verdict", Title: "判决主文", Sentences: loanVerdict(l, plaintiff, defendant, amount, capRule)},
		{Key: "notice", Title: "上诉告知", Sentences: []Sentence{
			{Text: "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延履行期间的债务利息。\n", Source: "template"},
			{Text: "案件受理费　　元，由被告" + defendant + "负担。\n", Source: "template"},
			{Text: "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于上一级人民法院。\n", Source: "template"},
		}},
		signature(o.now()),
	}
	d.Notes = append(d.Notes, "借款本金取事实中最大金额，利息起算日、受理费请核对补填")
	return d, nil
}

func loanEvidence(l extract.Loan) string {
	var ev []string
	for _, e := range []string{"借条", "欠条", "借款合同", "收条", "转账", "微信或支付宝"} {
		if l.Has(e) {
			ev = append(ev, map[string]string{"转账": "转账凭证", "微信或支付宝": "微信、支付宝聊天及转账记录"}[e])
			if ev[len(ev)-1] == "" {
				ev[len(ev)-1] = e
			}
		}
	}
	if len(ev) == 0 {
		return "当事人陈述及相关书证"
	}
	return strings.Join(ev, "、")
}

// loanReasoning writes 本院认为; capRule is a model case's interest cap
// ("24" or "lpr4"), "" for the current rule.
func loanReasoning(l extract.Loan, p, d, amount string, basis []string, capRule string) []Sentence {
	limit, src := "合同成立时一年期贷款市场报价利率四倍", "rule:民间借贷规定第二十五条"
	if capRule == "24" {
		limit, src = "年利率24%", "model"
	}
	ss := []Sentence{
		{Text: fmt.Sprintf("本院认为，合法的借贷关系受法律保护。原告%s与被告%s之间的借贷关系事实清楚，证据充分，且不违反法律、行政法规的强制性规定，合法有效。", p, d), Source: "rule:民法典第六百六十七条"},
		{Text: fmt.Sprintf("被告%s向原告%s借款%s元后，未按约定期限履行还款义务，应承担偿还借款本金的民事责任。", d, p, amount), Source: "rule:民法典第六百七十五条"},
	}
	switch l.Interest {
	case extract.InterestBands[0]:
		ss = append(ss, Sentence{Text: "双方未约定借期内利息，依法视为没有利息。", Source: "rule:民法典第六百八十条"})
	case extract.InterestBands[1]:
		ss = append(ss, Sentence{Text: fmt.Sprintf("双方约定的年利率为%.1f%%，原告主张的利息未超过%s的部分，本院予以支持；超过部分，不予支持。", l.AnnualRate, limit), Source: src})
	default:
		ss = append(ss, Sentence{Text: fmt.Sprintf("双方约定的年利率为%.1f%%，超过%s，超过部分的利息约定无效，本院以该上限计算利息。", l.AnnualRate, limit), Source: src})
	}
	if l.Has("逾期") {
		ss = append(ss, Sentence{Text: "被告逾期未还款，原告主张自逾期之日起按约定利率计付逾期利息，未超过法定上限的部分，本院予以支持。", Source: "rule:民法典第六百七十六条"})
	}
	if l.Has("保证") {
		ss = append(ss, Sentence{Text: "保证人在借条上签字承担连带保证责任，应对上述债务承担连带清偿责任，其承担责任后有权向债务人追偿。", Source: "rule:民法典第六百八十八条"})
	}
	if l.Has("夫妻共同债务") {
		ss = append(ss, Sentence{Text: "该债务发生于夫妻关系存续期间，用于家庭共同生活的，应认定为夫妻共同债务。", Source: "rule:民法典第一千零六十四条"})
	}
	ss = append(ss, Sentence{Text: "依照" + strings.Join(basis, "、") + "之规定，判决如下：\n", Source: "rule"})
	return ss
}

func loanVerdict(l extract.Loan, p, d, amount string, capRule string) []Sentence {
	limit := "合同成立时一年期贷款市场报价利率的四倍"
	if capRule == "24" {
		limit = "年利率24%"
	}
	ss := []Sentence{{Text: fmt.Sprintf("一、被告%s于本判决生效之日起十日内偿还原告%s借款本金%s元", d, p, amount), Source: "facts"}}
	if l.Interest != extract.InterestBands[0] || l.Has("逾期") {
		ss[0].Text += "及利息（以未还本金为基数，按合同约定的利率计算，但不超过" + limit + "，自借款之日起计算至实际清偿之日止）"
	}
	ss[0].Text += "；\n"
	if l.Has("保证") {
		ss = append(ss, Sentence{Text: "二、保证人对上述债务承担连带清偿责任；\n", Source: "rule:民法典第六百八十八条"})
	}
	ss = append(ss, Sentence{Text: cnNumber(len(ss)+1) + "、驳回原告" + p + "的其他诉讼请求。\n", Source: "template"})
	return ss
}

func formatYuan(y float64) string {
	if y == float64(int64(y)) {
		return fmt.Sprintf("%d", int64(y))
	}
	return fmt.Sprintf("%.2f", y)
}
