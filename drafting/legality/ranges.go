package legality

import (
	"fmt"
	"slices"
	"strings"

	"leian/corpus/rules"
)

// Range is the statutory range one charge's penalty is checked against:
// the tiers of its articles the facts point to, or all of them.
type Range struct {
	Charge   string       `json:"charge"`
	Articles []string     `json:"articles"` // 第二百六十四条
	Tiers    []rules.Tier `json:"tiers"`    // the applicable tiers
	// Determined: the facts chose Tiers among the articles' tiers; false:
	// Tiers are all of them, because the facts do not say which applies.
	Determined bool   `json:"determined"`
	Basis      string `json:"basis"` // 中文: why these tiers
	// all are every tier of the articles: the statutory range proper.
	all []rules.Tier
	// texts are the articles' texts, the evidence of every alert.
	texts []Evidence
	// amountAlert is a charge-facts inconsistency found while choosing.
	amountAlert *Alert
}

// Alerts are the charge-facts inconsistencies found choosing the tiers.
func (r Range) alerts() []Alert {
	if r.amountAlert == nil {
		return nil
	}
	return []Alert{*r.amountAlert}
}

// statutoryRange finds the tiers of ch's articles and narrows them by
// the amount in the facts where the bundle has the province standards.
func (c *Checker) statutoryRange(ch string, cited []rules.ArticleNo, f facts, province string) Range {
	rule, _ := c.rule(ch, cited) // validated
	r := Range{Charge: rule.Charge}
	for _, no := range append(slices.Clone(rule.Articles), rule.Penalty...) {
		a := c.article(no)
		if a == nil {
			continue
		}
		r.Articles = append(r.Articles, a.Label)
		r.texts = append(r.texts, Evidence{Kind: "law", Ref: "刑法" + a.Label, Text: a.Text()})
		r.all = append(r.all, a.Tiers...)
	}
	r.Tiers = r.all
	r.Basis = "事实未能确定适用的量刑档次，按该罪全部法定刑幅度（各档合并）审查"
	if len(r.all) == 0 {
		r.Basis = "未能从条文读出法定刑幅度"
		return r
	}
	c.byAmount(&r, f, province)
	return r
}

func (c *Checker) article(no rules.ArticleNo) *rules.Article {
	for _, a := range c.lib.CriminalLaw().Articles {
		if a.Number == no.Number && a.Suffix == no.Suffix {
			return a
		}
	}
	return nil
}

var levels = []string{"数额较大", "数额巨大", "数额特别巨大"}

// byAmount narrows r to the tiers of the amount level the facts reach,
// for charges whose amount standards the bundle has (盗窃罪, 诈骗罪).
// Without the province every province's standard is tried and the tiers
// of every level they give are kept.
func (c *Checker) byAmount(r *Range, f facts, province string) {
	crime := r.Charge
	var regions []string
	for _, t := range c.lib.Thresholds {
		if t.Crime == crime && t.Level == levels[0] && (province == "" || strings.HasPrefix(t.Region, province)) {
			regions = append(regions, t.Region)
		}
	}
	if len(regions) == 0 || f.amount <= 0 {
		return
	}
	lo, hi := len(levels), -1
	var std []string
	for _, region := range regions {
		for _, v := range c.variants(region, crime) {
			lv := 0 // levels reached
			for i := range levels {
				if f.amount >= v[i] {
					lv = i + 1
				}
			}
			lo, hi = min(lo, lv), max(hi, lv)
		}
		if province != "" {
			t, _ := c.lib.Threshold(region, crime, levels[0])
			t2, _ := c.lib.Threshold(region, crime, levels[1])
			t3, _ := c.lib.Threshold(region, crime, levels[2])
			std = append(std, fmt.Sprintf("%s%s标准：数额较大%s元、数额巨大%s元、数额特别巨大%s元", region, crime, t.Raw, t2.Raw, t3.Raw))
		}
	}
	where := "各省"
	if province != "" {
		where = regions[0]
	}
	if hi == 0 && !otherEntry(r.all, f.text) {
		r.amountAlert = &Alert{Code: "AMOUNT_BELOW_THRESHOLD", Severity: Warning,
			Message:  fmt.Sprintf("事实所见最大金额约%.0f元，未达到%s%s“数额较大”标准；定罪须有其他入罪情节（如多次、入户、携带凶器、扒窃）", f.amount, where, crime),
			Evidence: append([]Evidence{{Kind: "fact", Ref: "事实", Text: fmt.Sprintf("涉案金额约%.0f元", f.amount)}}, thresholdEvidence(std)...)}
		lo = 1
	}
	lo, hi = max(lo, 1), max(hi, 1)
	var tiers []rules.Tier
	for _, t := range r.all {
		for lv := lo; lv <= hi; lv++ {
			if tierLevel(t.Condition) == lv {
				tiers = append(tiers, t)
			}
		}
	}
	if len(tiers) == 0 {
		return
	}
	r.Tiers, r.Determined = tiers, true
	names := strings.Join(levels[lo-1:hi], "或")
	r.Basis = fmt.Sprintf("事实所见最大金额约%.0f元，按%s%s数额标准属%s，适用该档法定刑", f.amount, where, crime, names)
	if len(std) > 0 {
		r.Basis += "（" + strings.Join(std, "；") + "）"
	}
}

// tierLevel is the amount level a tier's condition names, 0 for none.
func tierLevel(cond string) int {
	for i := len(levels) - 1; i >= 0; i-- {
		if strings.Contains(cond, levels[i]) {
			return i + 1
		}
	}
	return 0
}

// variants are region's standards for crime, one [较大, 巨大, 特别巨大]
// triple per area class the table distinguishes.
func (c *Checker) variants(region, crime string) [][3]float64 {
	var ts [3]rules.Threshold
	for i, lv := range levels {
		t, ok := c.lib.Threshold(region, crime, lv)
		if !ok {
			return nil
		}
		ts[i] = t
	}
	n := max(len(ts[0].Variants), len(ts[1].Variants), len(ts[2].Variants))
	out := make([][3]float64, n)
	for k := range n {
		for i := range 3 {
			vs := ts[i].Variants
			out[k][i] = vs[min(k, len(vs)-1)].Yuan
		}
	}
	return out
}

func thresholdEvidence(std []string) []Evidence {
	var out []Evidence
	for _, s := range std {
		out = append(out, Evidence{Kind: "law", Ref: "数额标准", Text: s})
	}
	return out
}

// entryWords are the ways into the first tier other than the amount that
// Criminal Law articles name (第二百六十四条: 多次盗窃、入户盗窃…).
var entryWords = []string{"多次", "入户", "携带凶器", "扒窃"}

// otherEntry reports whether the facts state a way into the first tier
// that its condition names besides the amount.
func otherEntry(tiers []rules.Tier, text string) bool {
	for _, t := range tiers {
		if tierLevel(t.Condition) != 1 {
			continue
		}
		for _, w := range entryWords {
			if strings.Contains(t.Condition, w) && strings.Contains(text, w) {
				return true
			}
		}
	}
	return false
}

// regionSuffixes are how the amount table's region names end.
var regionSuffixes = []string{"壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省", "市"}

// Province names the region of the amount standards a court belongs to,
// read from the start of its name (湖北省武汉市…法院 → 湖北); "" when none.
func (c *Checker) Province(court string) string {
	for _, t := range c.lib.Thresholds {
		short := t.Region
		for _, s := range regionSuffixes {
			if v, ok := strings.CutSuffix(short, s); ok {
				short = v
				break
			}
		}
		if short != "" && strings.HasPrefix(court, short) {
			return short
		}
	}
	return ""
}
