package rules

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Applicable is one rule suggested for a case, with why.
type Applicable struct {
	Kind   string  `json:"kind"` // article, interpretation, case
	Title  string  `json:"title"`
	Label  string  `json:"label,omitempty"`
	Text   string  `json:"text"`
	Score  float64 `json:"score"`
	Reason string  `json:"reason"` // in Chinese
}

// GeneralRule is a general-part article a fact pattern triggers.
type GeneralRule struct {
	Article ArticleNo
	Words   []string // any of them in the facts triggers it
}

// generalRules are the general-part articles judgments cite beside the
// principal article, with the words in the facts that signal them.
var generalRules = []GeneralRule{
	{ArticleNo{Number: 67}, []string{"自首", "坦白", "如实供述"}},
	{ArticleNo{Number: 65}, []string{"累犯"}},
	{ArticleNo{Number: 25}, []string{"共同犯罪", "伙同", "共谋"}},
	{ArticleNo{Number: 26}, []string{"主犯"}},
	{ArticleNo{Number: 27}, []string{"从犯"}},
	{ArticleNo{Number: 23}, []string{"未遂", "未得逞"}},
	{ArticleNo{Number: 72}, []string{"缓刑"}},
	{ArticleNo{Number: 52}, []string{"罚金"}},
	{ArticleNo{Number: 64}, []string{"没收", "追缴", "责令退赔"}},
	{ArticleNo{Number: 69}, []string{"数罪并罚"}},
	{ArticleNo{Number: 17}, []string{"未成年", "不满十八周岁"}},
}

// TriggeredGeneral returns the general-part articles whose words occur in
// facts, with the word that matched.
func TriggeredGeneral(facts string) map[ArticleNo]string {
	out := map[ArticleNo]string{}
	for _, r := range generalRules {
		for _, w := range r.Words {
			if strings.Contains(facts, w) {
				out[r.Article] = w
				break
			}
		}
	}
	return out
}

// RulesForCase ranks the articles, judicial interpretations and guiding
// cases applicable to a case with the given facts and charges. Facts of a
// private-lending dispute with no charge get the Civil Code's loan-contract
// articles and the private-lending provisions instead of criminal ones.
func (lib *Library) RulesForCase(ctx context.Context, facts string, charges []string) ([]Applicable, error) {
	var out []Applicable
	for _, ch := range charges {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		name := NormCharge(ch)
		if arts, ok := lib.Charges.Principal(name); ok {
			for _, no := range arts {
				if a := lib.criminal.find(no.Number, no.Suffix); a != nil {
					out = append(out, lib.articleRule(a, 3, fmt.Sprintf("罪名%s对应刑法%s", name, a.Label)))
				}
			}
		}
		out = append(out, lib.interpretationsFor(name)...)
	}
	loan := []Applicable(nil)
	if len(charges) == 0 {
		loan = lib.loanRulesFor(facts)
	}
	out = append(out, loan...)
	// A private-lending dispute is civil: 未成年 or 没收 in it calls for no
	// article of the Criminal Law.
	for no, w := range TriggeredGeneral(facts) {
		if a := lib.criminal.find(no.Number, no.Suffix); a != nil && len(loan) == 0 {
			out = append(out, lib.articleRule(a, 1, fmt.Sprintf("案情提及“%s”，适用刑法%s", w, a.Label)))
		}
	}
	out = append(out, lib.casesFor(facts, charges)...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out, nil
}

func (lib *Library) articleRule(a *Article, score float64, reason string) Applicable {
	return Applicable{Kind: "article", Title: lib.criminal.Title, Label: a.Label, Text: a.Text(), Score: score, Reason: reason}
}

// interpretationsFor lists the judicial interpretations whose title names
// the crime (盗窃 for 盗窃罪).
func (lib *Library) interpretationsFor(charge string) []Applicable {
	core := strings.TrimSuffix(charge, "罪")
	var out []Applicable
	for _, l := range lib.Laws {
		if l.Category != "司法解释" || !strings.Contains(l.Title, core) || strings.Contains(l.Title, "罪名") {
			continue
		}
		out = append(out, Applicable{Kind: "interpretation", Title: l.Title, Text: snippet(l.Preamble+articleText(l), 200),
			Score: 2, Reason: fmt.Sprintf("司法解释标题涉及%s", core)})
	}
	return out
}

func articleText(l *Law) string {
	if len(l.Articles) == 0 {
		return ""
	}
	return l.Articles[0].Text()
}

// telling reports whether the keywords a guiding case shares with the
// facts say what the case is about: one of them names a charge, or there
// are two, or the one is a term of four characters or more. A lone short
// keyword (证据, 分别) is in most judgments and would tie a loan dispute to
// an environmental case.
func telling(shared, charges []string) bool {
	if len(shared) >= 2 {
		return true
	}
	for _, k := range shared {
		if len([]rune(k)) >= 4 || slices.ContainsFunc(charges, func(c string) bool { return strings.Contains(c, k) }) {
			return true
		}
	}
	return false
}

// casesFor ranks guiding cases by keyword overlap with the facts and
// charges, then by shared character bigrams.
func (lib *Library) casesFor(facts string, charges []string) []Applicable {
	var out []Applicable
	text := facts + strings.Join(charges, " ")
	for _, c := range lib.Cases {
		var shared []string
		for _, k := range c.Keywords {
			if len([]rune(k)) >= 2 && k != "刑事" && k != "民事" && k != "行政" && strings.Contains(text, k) {
				shared = append(shared, k)
			}
		}
		if !telling(shared, charges) {
			continue
		}
		out = append(out, Applicable{Kind: "case", Title: c.Title, Text: snippet(c.Points, 200),
			Score:  1 + 0.5*float64(len(shared)) + dice(facts, c.Facts),
			Reason: "指导性案例关键词与案情重合：" + strings.Join(shared, "、")})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out[:min(len(out), 10)]
}
