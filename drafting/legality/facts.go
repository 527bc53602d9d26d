package legality

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"leian/corpus/cite"
	"leian/corpus/extract"
	"leian/corpus/rules"
)

// facts is what the checks read of the case's facts.
type facts struct {
	text   string
	amount float64  // the largest amount in the facts, yuan; 0 none
	kinds  []string // circumstance kinds stated (negations excluded by extract)
}

func readFacts(text string, el *extract.Elements) facts {
	f := facts{text: text}
	if el == nil {
		return f
	}
	for _, a := range el.Amounts {
		f.amount = max(f.amount, a.Yuan)
	}
	for _, c := range el.Circumstances {
		f.kinds = appendNew(f.kinds, c.Kind)
	}
	for _, d := range el.Defendants {
		for _, c := range d.Circumstances {
			f.kinds = appendNew(f.kinds, c.Kind)
		}
	}
	return f
}

// leaderRe states that a defendant led a criminal group (刑法第七十四条).
var leaderRe = regexp.MustCompile(`犯罪集团的?首要分子|系(?:该)?犯罪集团(?:的)?首要分子|首要分子`)

// circumstances are the kinds the facts state plus those given; 首要分子
// is read from the facts only when they speak of a criminal group.
func (f facts) circumstances(given []string) []string {
	out := slices.Clone(f.kinds)
	for _, g := range given {
		out = appendNew(out, g)
	}
	if strings.Contains(f.text, "犯罪集团") && leaderRe.MatchString(f.text) {
		out = appendNew(out, "首要分子")
	}
	return out
}

// mitigating are the circumstances for which the Criminal Law allows a
// penalty below the statutory range (减轻处罚, art. 63 and those it refers to).
var mitigating = []string{"自首", "立功", "未遂", "中止", "预备", "从犯", "胁从犯", "未成年"}

func mitigation(kinds []string) []string {
	var out []string
	for _, k := range kinds {
		if slices.Contains(mitigating, k) {
			out = append(out, k)
		}
	}
	return out
}

var bareArticle = regexp.MustCompile(`^(?:刑法)?(\d{1,3})(?:[-之](\d))?$`)

// ParseArticle reads a Criminal Law article as users and sources write
// it: 264, 刑法264, 133-1, 第一百三十三条之一, 刑法第264条.
func ParseArticle(s string) (rules.ArticleNo, bool) {
	s = strings.TrimSpace(s)
	if m := bareArticle.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		suf, _ := strconv.Atoi(m[2])
		return rules.ArticleNo{Number: n, Suffix: suf}, n > 0
	}
	cs := cite.Find(s, "中华人民共和国刑法")
	if len(cs) == 0 || cs[0].Article <= 0 || cs[0].Law != "" && !strings.Contains(cs[0].Law, "刑法") {
		return rules.ArticleNo{}, false
	}
	return rules.ArticleNo{Number: cs[0].Article, Suffix: cs[0].Suffix}, true
}

func appendNew(xs []string, x string) []string {
	if x == "" || slices.Contains(xs, x) {
		return xs
	}
	return append(xs, x)
}
