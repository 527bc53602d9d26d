package legality

import (
	"fmt"
	"slices"
	"strings"

	"leian/corpus/extract"
	"leian/corpus/rules"
	"leian/retrieval/elements"
)

// General-part bounds of each principal punishment (arts. 38, 42, 45).
var kindBounds = map[string][2]int{"管制": {3, 24}, "拘役": {1, 6}, "有期徒刑": {6, 180}}

// words writes a penalty as a verdict does: 有期徒刑一年五个月.
func words(p extract.Penalty) string {
	s := elements.PenaltyWords(p.Kind, p.Months)
	if p.Probation && p.Kind != "死刑" {
		s = elements.PenaltyWords(s+"，缓刑", p.ProbationMonths)
	}
	return s
}

// span is what a set of tiers allows: the heaviest and lightest kinds,
// and the fixed-term months of the tiers that have fixed terms.
type span struct {
	kinds          []string
	floorKind      string // lightest principal kind
	ceilKind       string // heaviest principal kind
	fixedLo, fixed int    // fixed-term months allowed, lo..hi; 0,0 when none
	fine           bool   // every tier imposes a fine or confiscation
	confiscation   bool   // some tier allows 没收财产 in place of a fine
}

func spanOf(tiers []rules.Tier) span {
	s := span{fine: len(tiers) > 0}
	floor, ceil := len(Kinds), -1
	s.fixedLo = 1 << 30
	for _, t := range tiers {
		for _, k := range t.Kinds {
			s.kinds = appendNew(s.kinds, k)
			if r := kindRank(k); r >= kindRank("管制") {
				floor, ceil = min(floor, r), max(ceil, r)
			}
		}
		if slices.Contains(t.Kinds, "有期徒刑") {
			s.fixedLo, s.fixed = min(s.fixedLo, max(t.MinMonths, 6)), max(s.fixed, t.MaxMonths)
		}
		if slices.Contains(t.Kinds, "罚金") && strings.Contains(t.Source, "单处罚金") || strings.Contains(t.Source, "或者罚金") {
			floor = min(floor, kindRank("单处罚金"))
		}
		if !mandatoryFine(t.Source) {
			s.fine = false
		}
		if strings.Contains(t.Source, "没收财产") {
			s.confiscation = true
		}
	}
	if s.fixed == 0 {
		s.fixedLo = 0
	}
	if ceil >= 0 {
		s.floorKind, s.ceilKind = Kinds[floor], Kinds[ceil]
	}
	return s
}

// mandatoryFine reports whether a tier's clause imposes a fine (or
// confiscation) on every conviction: 并处罚金, 并处或者单处罚金, but not
// 可以并处罚金 or 或者罚金.
func mandatoryFine(src string) bool {
	i := strings.Index(src, "并处")
	if i < 0 {
		return false
	}
	return !strings.HasSuffix(src[:i], "可以")
}

// position compares p with s: -1 lighter than allowed, 1 heavier, 0 within.
func (s span) position(p extract.Penalty) int {
	r := kindRank(p.Kind)
	switch {
	case s.ceilKind == "":
		return 0
	case r > kindRank(s.ceilKind):
		return 1
	case p.Kind == "有期徒刑" && s.fixed > 0 && p.Months > s.fixed:
		return 1
	case r < kindRank(s.floorKind):
		return -1
	case p.Kind == "有期徒刑" && p.Months < s.fixedLo && kindRank(s.floorKind) >= kindRank("有期徒刑"):
		return -1
	case p.Kind != "有期徒刑" && termed(p.Kind) && !slices.Contains(s.kinds, p.Kind) && r > kindRank(s.floorKind):
		return -1 // 拘役 where the tier begins with a fixed term
	}
	return 0
}

// penaltyAlerts checks one charge's penalty against its range.
func (c *Checker) penaltyAlerts(r Range, p extract.Penalty, circ []string, fineUnknown bool) []Alert {
	var out []Alert
	if b, ok := kindBounds[p.Kind]; ok && (p.Months < b[0] || p.Months > b[1]) {
		out = append(out, Alert{Code: "TERM_OUTSIDE_KIND", Severity: Error,
			Message:  fmt.Sprintf("%s：%s的期限应为%d至%d个月，拟判%s", r.Charge, p.Kind, b[0], b[1], words(p)),
			Evidence: c.LawEvidence(map[string]int{"管制": 38, "拘役": 42, "有期徒刑": 45}[p.Kind])})
	}
	if len(r.all) == 0 {
		return out
	}
	mit := mitigation(circ)
	all, tier := spanOf(r.all), spanOf(r.Tiers)
	switch pos := all.position(p); {
	case pos > 0:
		out = append(out, Alert{Code: "TERM_ABOVE_STATUTE", Severity: Error,
			Message:  fmt.Sprintf("%s：拟判%s，超过%s规定的最高法定刑", r.Charge, words(p), strings.Join(r.Articles, "、")),
			Evidence: r.texts})
	case pos < 0:
		out = append(out, below(r, p, mit, "TERM_BELOW_STATUTE", "最低法定刑", Error, r.texts, c.LawEvidence(63)))
	case r.Determined && tier.position(p) > 0:
		out = append(out, Alert{Code: "TERM_ABOVE_TIER", Severity: Warning,
			Message:  fmt.Sprintf("%s：拟判%s，超过适用量刑档的上限；%s。除非另有加重档次的情节，应在该档内量刑", r.Charge, words(p), r.Basis),
			Evidence: tierEvidence(r)})
	case r.Determined && tier.position(p) < 0:
		out = append(out, below(r, p, mit, "TERM_BELOW_TIER", "适用量刑档的下限", Warning, tierEvidence(r), c.LawEvidence(63)))
	}
	if all.fine && !fineUnknown && p.FineYuan == 0 && kindRank(p.Kind) >= kindRank("管制") &&
		!(all.confiscation && slices.ContainsFunc(p.Accessory, func(a string) bool { return strings.Contains(a, "没收") })) {
		out = append(out, Alert{Code: "FINE_MISSING", Severity: Error,
			Message:  fmt.Sprintf("%s：%s规定“并处罚金”，拟判刑罚未处罚金", r.Charge, strings.Join(r.Articles, "、")),
			Evidence: r.texts})
	}
	return out
}

// below is a penalty lighter than the range: lawful only with a
// circumstance allowing 减轻处罚 (art. 63), which then lowers it to info.
func below(r Range, p extract.Penalty, mit []string, code, what string, sev Severity, ev, art63 []Evidence) Alert {
	a := Alert{Code: code, Severity: sev, Evidence: append(slices.Clone(ev), art63...),
		Message: fmt.Sprintf("%s：拟判%s，低于%s，且事实中未见法定减轻处罚情节（刑法第六十三条）", r.Charge, words(p), what)}
	if len(mit) > 0 {
		a.Severity = Info
		a.Message = fmt.Sprintf("%s：拟判%s，低于%s；有%s情节，依刑法第六十三条可减轻处罚，请确认已说明理由", r.Charge, words(p), what, strings.Join(mit, "、"))
	}
	return a
}

func tierEvidence(r Range) []Evidence {
	var ev []Evidence
	for _, t := range r.Tiers {
		ev = append(ev, Evidence{Kind: "law", Ref: "法定刑档次", Text: t.Source})
	}
	return append(ev, Evidence{Kind: "fact", Ref: "量刑档依据", Text: r.Basis})
}

// LawEvidence is the library's text of Criminal Law article n as
// evidence; nil when the library lacks it.
func (c *Checker) LawEvidence(n int) []Evidence {
	a := c.article(rules.ArticleNo{Number: n})
	if a == nil {
		return nil
	}
	return []Evidence{{Kind: "law", Ref: "刑法" + a.Label, Text: a.Text()}}
}
