package legality

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"leian/corpus/extract"
	"leian/corpus/rules"
)

// Input limits: beyond them a value is a typing error, not an outcome.
const (
	MaxTermMonths      = 600 // 50 years; the law's ceiling is 25 (art. 69)
	MaxProbationMonths = 120
	MaxFineYuan        = 1e11
	maxDefendants      = 50
	maxCharges         = 20
)

// Kinds are the principal penalty kinds an outcome may state, lightest first.
var Kinds = []string{"免予刑事处罚", "单处罚金", "管制", "拘役", "有期徒刑", "无期徒刑", "死刑"}

func kindRank(k string) int { return slices.Index(Kinds, k) }

// termed reports whether a kind needs a term in months.
func termed(kind string) bool { return kind == "管制" || kind == "拘役" || kind == "有期徒刑" }

func (c *Checker) validate(o Outcome) error {
	if len(o.Defendants) == 0 {
		return inputErr("defendants", "请至少填写一名被告人的罪名和刑罚")
	}
	if len(o.Defendants) > maxDefendants {
		return inputErr("defendants", "被告人最多 %d 名", maxDefendants)
	}
	for j, a := range o.Articles {
		if _, ok := ParseArticle(a); !ok {
			return inputErr(fmt.Sprintf("articles[%d]", j), "无法识别的刑法条文“%s”（可写作 264、第264条 或 刑法第二百六十四条）", clip(a))
		}
	}
	for i, d := range o.Defendants {
		f := fmt.Sprintf("defendants[%d]", i)
		if len(d.Charges) == 0 {
			return inputErr(f+".charges", "请填写罪名")
		}
		if len(d.Charges) > maxCharges {
			return inputErr(f+".charges", "罪名最多 %d 个", maxCharges)
		}
		for j, ch := range d.Charges {
			if err := c.checkCharge(fmt.Sprintf("%s.charges[%d]", f, j), ch, cited(d, o)); err != nil {
				return err
			}
		}
		for j, a := range d.Articles {
			if _, ok := ParseArticle(a); !ok {
				return inputErr(fmt.Sprintf("%s.articles[%d]", f, j), "无法识别的刑法条文“%s”（可写作 264、第264条 或 刑法第二百六十四条）", clip(a))
			}
		}
		if d.Penalty == nil {
			return inputErr(f+".penalty", "请填写拟判刑罚")
		}
		if err := validPenalty(f+".penalty", *d.Penalty); err != nil {
			return err
		}
		for j, ct := range d.Counts {
			cf := fmt.Sprintf("%s.counts[%d]", f, j)
			if !slices.Contains(d.Charges, ct.Charge) && !slices.ContainsFunc(d.Charges, func(ch string) bool { return c.canonical(ch, cited(d, o)) == c.canonical(ct.Charge, cited(d, o)) }) {
				return inputErr(cf+".charge", "分罪刑罚的罪名“%s”不在所列罪名中", clip(ct.Charge))
			}
			if err := validPenalty(cf+".penalty", ct.Penalty); err != nil {
				return err
			}
		}
	}
	return nil
}

func (c *Checker) checkCharge(field, ch string, cited []rules.ArticleNo) error {
	if strings.TrimSpace(ch) == "" || utf8.RuneCountInString(ch) > 50 {
		return inputErr(field, "罪名格式有误")
	}
	if _, ok := c.rule(ch, cited); ok {
		return nil
	}
	if s := c.suggest(ch); len(s) > 0 {
		return inputErr(field, "未知罪名“%s”，是否指：%s", clip(ch), strings.Join(s, "、"))
	}
	return inputErr(field, "未知罪名“%s”", clip(ch))
}

// canonical is the charge's name in the charge table.
func (c *Checker) canonical(ch string, cited []rules.ArticleNo) string {
	if r, ok := c.rule(ch, cited); ok {
		return r.Charge
	}
	return rules.NormCharge(ch)
}

// rule finds a charge's rule under its official name first: sources write
// selective charges in part or bracketed ([制造、贩卖、传播]淫秽物品), which
// the charge table's fuzzy lookup alone can map to a neighbouring charge.
// A selective name whose charge no cited article punishes is read by the
// articles cited with it (rules.ChargeTable.Resolve): CAIL2018's one name
// for several official charges.
func (c *Checker) rule(ch string, cited []rules.ArticleNo) (rules.ChargeRule, bool) {
	r, ok := c.official(ch)
	if len(cited) == 0 || ok && r.PunishedBy(cited) {
		return r, ok
	}
	if alt, found := c.lib.Charges.Resolve(ch, cited); found && alt.PunishedBy(cited) {
		return alt, true
	}
	return r, ok
}

func (c *Checker) official(ch string) (rules.ChargeRule, bool) {
	if name, ok := extract.NormaliseCharge(ch); ok {
		if r, ok := c.lib.Charges[name]; ok {
			return r, true
		}
	}
	return c.lib.Charges.Lookup(ch)
}

// cited are the Criminal Law articles an outcome states for a defendant:
// its own and the case's.
func cited(d Defendant, o Outcome) []rules.ArticleNo {
	var out []rules.ArticleNo
	for _, a := range append(slices.Clone(d.Articles), o.Articles...) {
		if no, ok := ParseArticle(a); ok {
			out = append(out, no)
		}
	}
	return out
}

// suggest lists up to three known charges sharing most characters with ch.
func (c *Checker) suggest(ch string) []string {
	got := map[rune]bool{}
	for _, r := range strings.TrimSuffix(rules.NormCharge(ch), "罪") {
		got[r] = true
	}
	type cand struct {
		name  string
		score float64
	}
	var cs []cand
	for name := range c.lib.Charges {
		shared, n := 0, 0
		for _, r := range strings.TrimSuffix(name, "罪") {
			n++
			if got[r] {
				shared++
			}
		}
		if shared > 0 {
			cs = append(cs, cand{name, float64(shared) / float64(len(got)+n-shared)})
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		return cs[i].score > cs[j].score || cs[i].score == cs[j].score && cs[i].name < cs[j].name
	})
	var out []string
	for _, x := range cs[:min(3, len(cs))] {
		out = append(out, x.name)
	}
	return out
}

// validPenalty refuses what no court writes: an unknown kind, a negative
// or absurd term, probation without a custodial term.
func validPenalty(f string, p extract.Penalty) error {
	if kindRank(p.Kind) < 0 {
		return inputErr(f+".kind", "未知刑种“%s”，应为%s之一", clip(p.Kind), strings.Join(Kinds, "、"))
	}
	switch {
	case p.Months < 0:
		return inputErr(f+".months", "刑期不能为负数（%d个月）", p.Months)
	case p.Months > MaxTermMonths:
		return inputErr(f+".months", "刑期 %d 个月超过 %d 个月，不是有效刑期", p.Months, MaxTermMonths)
	case termed(p.Kind) && p.Months == 0:
		return inputErr(f+".months", "%s须填写刑期（月数）", p.Kind)
	case !termed(p.Kind) && p.Months != 0:
		return inputErr(f+".months", "%s不应填写刑期", p.Kind)
	case p.ProbationMonths < 0 || p.ProbationMonths > MaxProbationMonths:
		return inputErr(f+".probation_months", "缓刑考验期 %d 个月无效，应为 0 至 %d 个月", p.ProbationMonths, MaxProbationMonths)
	case (p.Probation || p.ProbationMonths > 0) && !termed(p.Kind) && p.Kind != "死刑":
		return inputErr(f+".probation", "宣告缓刑须有拘役或有期徒刑刑期，%s不能宣告缓刑", p.Kind)
	case p.FineYuan < 0 || p.FineYuan > MaxFineYuan:
		return inputErr(f+".fine_yuan", "罚金 %.0f 元无效", p.FineYuan)
	}
	return nil
}

func clip(s string) string {
	if r := []rune(s); len(r) > 20 {
		return string(r[:20]) + "…"
	}
	return s
}
