package check

import (
	"leian/corpus/rules"
	statute "leian/drafting/legality"
)

// Deps are what the rules need. Each may be nil: the rules that need it
// are then left out, and Missing says which.
type Deps struct {
	Library  *rules.Library
	LM       *LM
	Legality LegalityChecker
	// TypoThreshold overrides DefaultTypoThreshold when > 0.
	TypoThreshold float64
}

// Default is the checker with every rule, wired explicitly: adding a
// check is one file and one line here.
// Without a LegalityChecker of its own, a checker with a rule library
// checks sentences with drafting/legality (Statutory).
func Default(deps Deps) *Checker {
	var rs []Rule
	if deps.Legality == nil && deps.Library != nil {
		deps.Legality = Statutory{Legal: statute.New(deps.Library)}
	}
	if deps.Library != nil {
		tl := newTimeline(deps.Library)
		rs = append(rs, newCitations(deps.Library, tl), chargeArticles{deps.Library}, citeQuotes{deps.Library}, legalTerms{deps.Library})
	}
	rs = append(rs, citeFormat{}, defendantNames{}, chargeConsistency{}, amountConsistency{}, datePlausibility{}, termArithmetic{}, format{})
	if deps.Legality != nil {
		rs = append(rs, legality{deps.Legality})
	}
	if deps.LM != nil {
		thr := deps.TypoThreshold
		if thr <= 0 {
			thr = DefaultTypoThreshold
		}
		rs = append(rs, NewWording(deps.LM, thr))
	}
	c := New(rs...)
	c.unavailable = deps.Missing()
	return c
}

// Missing names, in Chinese, the checks a checker built from deps lacks.
func (deps Deps) Missing() []string {
	var out []string
	if deps.Library == nil {
		out = append(out, "法条核对（规则库未加载）")
	}
	if deps.LM == nil {
		out = append(out, "错别字检查（语言模型未建立）")
	}
	if deps.Legality == nil {
		out = append(out, "量刑合法性（未接入）")
	}
	return out
}
