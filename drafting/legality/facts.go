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

// readFacts reads the facts' amount and circumstances. Extraction reads
// circumstances from a judgment's reasoning; the facts handed to a check
// (CAIL2018's 公诉机关指控 excerpts, a draft's 经审理查明) state them too
// (后被告人投案自首), so they are read there as well.
func readFacts(text string, el *extract.Elements) facts {
	f := facts{text: text}
	for _, c := range extract.CircumstancesIn(text, 0) {
		f.kinds = appendNew(f.kinds, c.Kind)
	}
	for _, m := range statutoryMitigation {
		if stated(text, m.re) {
			f.kinds = appendNew(f.kinds, m.kind)
		}
	}
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
var mitigating = []string{"自首", "立功", "未遂", "中止", "预备", "从犯", "胁从犯", "未成年",
	"限制责任能力", "聋哑盲", "防卫过当", "避险过当", "老年"}

// statutoryMitigation are the ways facts state a circumstance allowing
// 减轻处罚 that circumstance extraction does not name: the general part's
// own grounds (arts. 17之一, 18–21). Extraction reads 投案 as 自首.
var statutoryMitigation = []struct {
	kind string
	re   *regexp.Regexp
}{
	{"限制责任能力", regexp.MustCompile(`尚未完全丧失辨认或者控制自己行为能力|限制(?:刑事)?责任能力`)},
	{"聋哑盲", regexp.MustCompile(`又聋又哑|被告人\p{Han}{0,6}系(?:聋哑人|盲人)`)}, // not 盲人按摩店
	{"防卫过当", regexp.MustCompile(`防卫过当`)},
	{"避险过当", regexp.MustCompile(`避险过当`)},
	{"老年", regexp.MustCompile(`已满七十五周岁`)},
}

// denial marks a sentence that denies what it states (不构成自首).
var denial = regexp.MustCompile(`不构成|不能认定|不应认定|不予认定|不认定|不属于|不具有|不符合|不成立|并非`)

// stated reports whether a sentence of text matches re without denying it.
func stated(text string, re *regexp.Regexp) bool {
	for _, s := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune("。；！？\n", r) }) {
		if re.MatchString(s) && !denial.MatchString(s) {
			return true
		}
	}
	return false
}

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
