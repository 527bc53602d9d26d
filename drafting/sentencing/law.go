// Package sentencing recommends a sentence for a criminal case and explains
// it step by step: statutory tier, guideline arithmetic, a learned model and
// the sentences of similar decided cases.
package sentencing

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"leian/corpus/rules"
)

// Trigger kinds: what lifts a case into a statutory tier.
const (
	TriggerBasic     = "基本犯"
	TriggerAmount    = "数额"
	TriggerQuantity  = "毒品数量"
	TriggerHarm      = "危害后果"
	TriggerSerious   = "情节"
	TriggerAggravate = "加重情形"
)

// TierLaw is one statutory tier of a charge with what triggers it and the
// money penalties it carries.
type TierLaw struct {
	rules.Tier
	Article string `json:"article"` // 第二百六十四条
	// Trigger is the kind of fact that selects the tier; Level its degree
	// as written (数额较大, 重伤, 死亡, 情节严重, 数量较大 …).
	Trigger string `json:"trigger"`
	Level   string `json:"level,omitempty"`
	// Fine is the fine clause (并处罚金, 并处或者单处罚金, 可以并处罚金),
	// Confiscation the 没收财产 clause; "" when the tier has none.
	Fine         string `json:"fine,omitempty"`
	Confiscation string `json:"confiscation,omitempty"`
	Life         bool   `json:"life,omitempty"`
	Death        bool   `json:"death,omitempty"`
}

// ChargeLaw is the sentencing law of one charge: its tiers in order of
// severity and the guideline's rule for it, when the guideline has one.
type ChargeLaw struct {
	Charge    string           `json:"charge"` // 盗窃罪
	Articles  []string         `json:"articles"`
	Tiers     []TierLaw        `json:"tiers"`
	Guideline *rules.CrimeRule `json:"guideline,omitempty"`
	// AmountCrime names the crime whose province amount standards apply
	// (盗窃罪, 诈骗罪), "" when the amount table has none for the charge.
	AmountCrime string `json:"amount_crime,omitempty"`
}

// LawBook is the sentencing law of every charge the rule library knows.
type LawBook struct {
	lib     *rules.Library
	charges map[string]*ChargeLaw
	// drugLarge are the drugs' 数量大 standards in grams (drugLarge).
	drugLarge map[string]float64
}

// NewLawBook reads the sentencing law of every charge in lib's charge table.
func NewLawBook(lib *rules.Library) *LawBook {
	b := &LawBook{lib: lib, charges: map[string]*ChargeLaw{}, drugLarge: drugLarge(lib)}
	for name := range lib.Charges {
		b.charges[name] = b.build(name)
	}
	return b
}

// Library is the rule library the book was read from.
func (b *LawBook) Library() *rules.Library { return b.lib }

// Charge returns the law of a charge as sources spell it (盗窃, 盗窃罪,
// [走私、贩卖、运输、制造]毒品).
func (b *LawBook) Charge(name string) (*ChargeLaw, bool) {
	return b.Resolve(name, nil)
}

// Resolve returns the law of a charge as a source writes it with the
// Criminal Law articles it cites: a selective name in CAIL's brackets
// ([组织、强迫、引诱、容留、介绍]卖淫) is the official charge that fits it and
// is punished by a cited article (rules.ChargeTable.Resolve), not merely
// the most alike name.
func (b *LawBook) Resolve(name string, cited []rules.ArticleNo) (*ChargeLaw, bool) {
	r, ok := b.lib.Charges.Resolve(name, cited)
	if !ok {
		return nil, false
	}
	cl, ok := b.charges[r.Charge]
	return cl, ok
}

// canonical writes charges by their names in the book, resolved with the
// cited articles, each once; a name the book does not know stays as
// normCharges writes it.
func (b *LawBook) canonical(charges []string, cited []rules.ArticleNo) []string {
	out := make([]string, 0, len(charges))
	for _, c := range charges {
		if c = strings.TrimSpace(c); c == "" {
			continue
		}
		name := rules.NormCharge(c)
		if cl, ok := b.Resolve(c, cited); ok {
			name = cl.Charge
		}
		// CAIL names one charge twice, the group's selective name beside
		// the specific one ([制造、贩卖、传播]淫秽物品 with 传播淫秽物品): it
		// is one charge, not two to combine under art. 69.
		if !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	return out
}

func (b *LawBook) build(name string) *ChargeLaw {
	r := b.lib.Charges[name]
	cl := &ChargeLaw{Charge: name}
	crim := b.lib.CriminalLaw()
	for _, no := range append(append([]rules.ArticleNo{}, r.Articles...), r.Penalty...) {
		for _, a := range crim.Articles {
			if a.Number != no.Number || a.Suffix != no.Suffix {
				continue
			}
			cl.Articles = append(cl.Articles, a.Label)
			for _, t := range a.Tiers {
				cl.Tiers = append(cl.Tiers, tierLaw(a.Label, t))
			}
		}
	}
	// A charge that shares its article with others (第三百九十七条 滥用职权 and
	// 玩忽职守) keeps the tiers whose condition names it, when any does.
	cl.Tiers = ownTiers(name, cl.Tiers)
	sort.SliceStable(cl.Tiers, func(i, j int) bool { return tierRank(cl.Tiers[i]) < tierRank(cl.Tiers[j]) })
	for i := range b.lib.Guideline.Crimes {
		if g := &b.lib.Guideline.Crimes[i]; g.Charge == name {
			cl.Guideline = g
		}
	}
	for _, crime := range []string{"盗窃罪", "诈骗罪"} {
		if name == crime {
			cl.AmountCrime = crime
		}
	}
	return cl
}

// ownTiers drops the tiers of paragraphs written for a variant of the
// offence (徇私舞弊，犯前款罪的) when the basic paragraph has tiers.
func ownTiers(name string, ts []TierLaw) []TierLaw {
	if len(ts) == 0 {
		return ts
	}
	first := ts[0].Paragraph
	var out []TierLaw
	for _, t := range ts {
		if t.Paragraph != first && strings.HasPrefix(t.Condition, "国家机关工作人员徇私舞弊") {
			break
		}
		out = append(out, t)
	}
	return out
}

// tierRank orders tiers by severity: lower statutory minimum first, then
// lower maximum.
func tierRank(t TierLaw) int {
	top := t.MaxMonths
	if t.Life {
		top += 60
	}
	if t.Death {
		top += 120
	}
	return t.MinMonths*1000 + top
}

func tierLaw(article string, t rules.Tier) TierLaw {
	tl := TierLaw{Tier: t, Article: article}
	for _, k := range t.Kinds {
		switch k {
		case "无期徒刑":
			tl.Life = true
		case "死刑":
			tl.Death = true
		}
	}
	src := t.Source
	switch {
	case strings.Contains(src, "并处或者单处罚金"):
		tl.Fine = "并处或者单处罚金"
	case strings.Contains(src, "可以并处罚金"):
		tl.Fine = "可以并处罚金"
	case strings.Contains(src, "单处罚金"):
		tl.Fine = "单处罚金"
	case strings.Contains(src, "并处罚金或者没收财产"):
		tl.Fine, tl.Confiscation = "并处罚金", "或者没收财产"
	case strings.Contains(src, "并处罚金"):
		tl.Fine = "并处罚金"
	}
	switch {
	case strings.Contains(src, "并处没收财产"):
		tl.Confiscation = "并处没收财产"
	case strings.Contains(src, "可以并处没收财产"):
		tl.Confiscation = "可以并处没收财产"
	}
	tl.Trigger, tl.Level = trigger(t.Condition)
	return tl
}

// trigger reads what a tier's condition turns on.
func trigger(cond string) (kind, level string) {
	for _, l := range []string{"数额特别巨大", "数额巨大", "数额较大", "数额特别巨大"} {
		if strings.Contains(cond, l) {
			return TriggerAmount, l
		}
	}
	switch {
	case strings.Contains(cond, "五十克以上") || strings.Contains(cond, "数量大"):
		return TriggerQuantity, "数量大"
	case strings.Contains(cond, "数量较大"):
		return TriggerQuantity, "数量较大"
	case strings.Contains(cond, "少量"):
		return TriggerQuantity, "少量"
	}
	for _, l := range []string{"致人死亡", "死亡", "严重残疾", "重伤", "重大损失", "严重后果", "特别严重后果"} {
		if strings.Contains(cond, l) && !strings.HasPrefix(cond, "违反") {
			return TriggerHarm, l
		}
	}
	for _, l := range []string{"情节特别严重", "情节特别恶劣", "特别恶劣情节", "情节严重", "情节恶劣", "严重情节", "其他严重情节"} {
		if strings.Contains(cond, l) {
			return TriggerSerious, l
		}
	}
	if strings.Contains(cond, "下列情形之一") && !strings.HasPrefix(cond, "在道路上") {
		return TriggerAggravate, "下列情形之一"
	}
	return TriggerBasic, ""
}

// CoverageRow says what sentencing law Leian holds for one charge.
type CoverageRow struct {
	Charge    string `json:"charge"`
	Tiers     int    `json:"tiers"`
	Guideline bool   `json:"guideline"`
	Amounts   bool   `json:"amounts"` // province amount standards
	Reason    string `json:"reason,omitempty"`
	Cases     int    `json:"cases,omitempty"` // decided cases with the charge, when counted
}

// Coverage lists every charge in the table with what the book holds and,
// for the gaps, why.
func (b *LawBook) Coverage(caseCounts map[string]int) []CoverageRow {
	var out []CoverageRow
	for name, cl := range b.charges {
		row := CoverageRow{Charge: name, Tiers: len(cl.Tiers), Guideline: cl.Guideline != nil,
			Amounts: cl.AmountCrime != "", Cases: caseCounts[name]}
		var why []string
		if len(cl.Tiers) == 0 {
			why = append(why, fmt.Sprintf("法条%s未写明法定刑（援引他条或单位犯罪条款）", strings.Join(cl.Articles, "、")))
		}
		if cl.Guideline == nil {
			why = append(why, "《量刑指导意见》未列该罪（二十三种常见犯罪之外）")
		}
		row.Reason = strings.Join(why, "；")
		out = append(out, row)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Cases != out[j].Cases {
			return out[i].Cases > out[j].Cases
		}
		return out[i].Charge < out[j].Charge
	})
	return out
}
