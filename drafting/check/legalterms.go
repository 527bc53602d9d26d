package check

import (
	"context"
	"strings"

	"leian/corpus/parse"
	"leian/corpus/rules"
)

// legalTerms checks charge names in the reasoning and verdict against the
// charge names of the rule library: a name one character off a listed
// charge and listed nowhere is a misspelt legal term.
type legalTerms struct{ lib *rules.Library }

func (legalTerms) Name() string { return "legal_terms" }

func (r legalTerms) Check(_ context.Context, d *Document) []Finding {
	if r.lib == nil {
		return nil
	}
	var out []Finding
	rs := d.Runes()
	for _, k := range []parse.SectionKind{parse.Reasoning, parse.Verdict} {
		sec := d.Section(k)
		if sec == nil {
			continue
		}
		for i := sec.Span.Start; i < sec.Span.End && i < len(rs); i++ {
			if rs[i] != '犯' && !(rs[i] == '成' && i > 0 && rs[i-1] == '构') {
				continue
			}
			// The run of Han up to 罪, at most 12 runes.
			j := i + 1
			for j < len(rs) && j-i <= 13 && rs[j] != '罪' && !strings.ContainsRune("，。；：、（）", rs[j]) {
				j++
			}
			if j >= len(rs) || rs[j] != '罪' || j-i < 3 {
				continue
			}
			name := string(rs[i+1 : j+1])
			if _, ok := r.lib.Charges[name]; ok {
				continue
			}
			if best := closeCharge(r.lib.Charges, name); best != "" {
				f := at("wording.legal_term", Warning, i+1, j+1, "罪名“"+name+"”与法定罪名不符", "改为“"+best+"”",
					Evidence{Kind: "rule", Ref: "罪名规定", Text: r.lib.Charges[best].Source})
				f.Replacement = &best
				out = append(out, f)
			}
		}
	}
	return out
}

// closeCharge is the listed charge one substitution away from name.
func closeCharge(t rules.ChargeTable, name string) string {
	nr := []rune(name)
	for c := range t {
		cr := []rune(c)
		if len(cr) == len(nr) && mismatch(cr, nr) > 0 {
			return c
		}
	}
	return ""
}
