package legality

import (
	"fmt"
	"strings"

	"leian/corpus/cite"
	"leian/corpus/extract"
	"leian/corpus/rules"
)

// combinedAlerts checks the sentence to execute for several charges
// against 刑法第六十九条 (数罪并罚), given each count's penalty.
func (c *Checker) combinedAlerts(d Defendant, ranges []Range) []Alert {
	p := *d.Penalty
	ev := c.LawEvidence(69)
	if len(d.Counts) < 2 {
		return []Alert{{Code: "COUNTS_MISSING", Severity: Info, Evidence: ev,
			Message: fmt.Sprintf("数罪（%s）未分别列明各罪刑罚，无法核对数罪并罚", chargeNames(ranges))}}
	}
	want, lo, hi := combinedBounds(d.Counts)
	var msg string
	switch {
	case p.Kind != want:
		msg = fmt.Sprintf("数罪并罚应执行%s，拟决定执行%s", want, words(p))
	case termed(want) && (p.Months < lo || p.Months > hi):
		msg = fmt.Sprintf("数罪并罚的决定执行刑期应在%d至%d个月之间（数刑中最高刑期以上、总和刑期以下并受法定上限限制），拟决定执行%s", lo, hi, words(p))
	}
	if msg == "" {
		return nil
	}
	return []Alert{{Code: "COMBINED_SENTENCE_INVALID", Severity: Error, Message: msg, Evidence: ev}}
}

// combinedBounds applies art. 69 to the counts: the kind to execute and,
// for terms, the least and most months.
func combinedBounds(counts []Count) (kind string, lo, hi int) {
	sums := map[string]int{}
	maxes := map[string]int{}
	top := -1
	for _, ct := range counts {
		k := ct.Penalty.Kind
		top = max(top, kindRank(k))
		sums[k] += ct.Penalty.Months
		maxes[k] = max(maxes[k], ct.Penalty.Months)
	}
	kind = Kinds[max(top, 0)]
	switch kind {
	case "有期徒刑":
		// 有期徒刑 absorbs 拘役 (art. 69 ¶2).
		capped := 240
		if sums[kind] >= 420 {
			capped = 300
		}
		return kind, maxes[kind], min(sums[kind], capped)
	case "拘役":
		return kind, maxes[kind], min(sums[kind], 12)
	case "管制":
		return kind, maxes[kind], min(sums[kind], 36)
	}
	return kind, 0, 0
}

func chargeNames(rs []Range) string {
	var n []string
	for _, r := range rs {
		n = append(n, r.Charge)
	}
	return strings.Join(n, "、")
}

// probationAlerts checks 缓刑 against arts. 72–74.
func (c *Checker) probationAlerts(p extract.Penalty, circ []string) []Alert {
	if !p.Probation || p.Kind == "死刑" {
		return nil
	}
	var out []Alert
	if p.Kind != "拘役" && !(p.Kind == "有期徒刑" && p.Months <= 36) {
		out = append(out, Alert{Code: "PROBATION_FORBIDDEN", Severity: Error, Evidence: c.LawEvidence(72),
			Message: fmt.Sprintf("缓刑只适用于被判处拘役、三年以下有期徒刑的犯罪分子，拟判%s", words(p))})
	}
	for _, k := range []string{"累犯", "首要分子"} {
		if contains(circ, k) {
			name := map[string]string{"累犯": "累犯", "首要分子": "犯罪集团的首要分子"}[k]
			out = append(out, Alert{Code: "PROBATION_FORBIDDEN", Severity: Error, Evidence: c.LawEvidence(74),
				Message: fmt.Sprintf("被告人系%s，依刑法第七十四条不适用缓刑", name)})
		}
	}
	if p.ProbationMonths > 0 {
		lo, hi := max(p.Months, 12), 60
		if p.Kind == "拘役" {
			lo, hi = max(p.Months, 2), 12
		}
		if p.ProbationMonths < lo || p.ProbationMonths > hi {
			out = append(out, Alert{Code: "PROBATION_PERIOD_INVALID", Severity: Error, Evidence: c.LawEvidence(73),
				Message: fmt.Sprintf("%s的缓刑考验期应为%d至%d个月，拟定%d个月", p.Kind, lo, hi, p.ProbationMonths)})
		}
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// articleAlerts checks the stated articles against the charges: every
// specific-part article should punish one of the charges, and every
// charge should have its principal article stated. When one defendant's
// several charges are checked (byDefendant), a charge whose article is
// missing while another's is stated is an omission in the list (CAIL2018
// often lists only the principal charge's article), shown as info; with
// none of them stated, or on a basis written once for several defendants,
// where it leaves one defendant's charge without a basis, it is a warning.
func (c *Checker) articleAlerts(d Defendant, byDefendant bool) []Alert {
	var given []rules.ArticleNo
	for _, a := range d.Articles {
		if no, ok := ParseArticle(a); ok && no.Number >= 102 {
			given = append(given, no)
		}
	}
	if len(given) == 0 {
		return nil
	}
	var out, missing []Alert
	covered := map[rules.ArticleNo]bool{}
	anyFound := false
	for _, ch := range d.Charges {
		rule, _ := c.rule(ch, given)
		found := false
		for _, no := range append(append([]rules.ArticleNo{}, rule.Articles...), rule.Penalty...) {
			covered[no] = true
			// Sources that number articles as integers (CAIL2018) write
			// 第一百七十七条之一 as 177.
			covered[rules.ArticleNo{Number: no.Number}] = true
			if containsNo(given, no) || containsNo(given, rules.ArticleNo{Number: no.Number}) {
				found = true
			}
		}
		anyFound = anyFound || found
		if !found {
			missing = append(missing, Alert{Code: "CHARGE_ARTICLE_MISSING", Severity: Warning,
				Message:  fmt.Sprintf("罪名%s对应%s，但所列法条中没有", rule.Charge, c.labels(rule.Articles)),
				Evidence: []Evidence{{Kind: "law", Ref: "罪名规定", Text: rule.Source}}})
		}
	}
	for _, a := range missing {
		if anyFound && byDefendant {
			a.Severity = Info
			a.Message += "，请核对是否漏引"
		}
		out = append(out, a)
	}
	for _, no := range given {
		a := c.article(no)
		// An article with no penalty of its own (第三百五十七条 defines 毒品,
		// 第三百五十六条 aggravates a repeat) is cited beside the charge's.
		if covered[no] || c.refersTo(no, covered) || a != nil && len(a.Tiers) == 0 {
			continue
		}
		label := fmt.Sprintf("第%d条", no.Number)
		var ev []Evidence
		if a != nil {
			label = a.Label
			ev = []Evidence{{Kind: "law", Ref: "刑法" + a.Label, Text: a.Text()}}
		}
		out = append(out, Alert{Code: "ARTICLE_CHARGE_MISMATCH", Severity: Warning, Evidence: ev,
			Message: fmt.Sprintf("所列刑法%s不是所定罪名（%s）的罪刑条文", label, strings.Join(d.Charges, "、"))})
	}
	return out
}

func (c *Checker) labels(nos []rules.ArticleNo) string {
	var out []string
	for _, no := range nos {
		if a := c.article(no); a != nil {
			out = append(out, "刑法"+a.Label)
		}
	}
	return strings.Join(out, "、")
}

func containsNo(nos []rules.ArticleNo, no rules.ArticleNo) bool {
	for _, n := range nos {
		if n == no {
			return true
		}
	}
	return false
}

// refersTo reports whether article no punishes by one of the covered
// articles (第二百六十九条: …依照本法第二百六十三条的规定定罪处罚).
func (c *Checker) refersTo(no rules.ArticleNo, covered map[rules.ArticleNo]bool) bool {
	a := c.article(no)
	if a == nil {
		return false
	}
	for _, ct := range cite.Find(a.Text(), "中华人民共和国刑法") {
		if covered[rules.ArticleNo{Number: ct.Article, Suffix: ct.Suffix}] {
			return true
		}
	}
	return false
}
