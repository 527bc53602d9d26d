package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"leian/corpus/parse"
)

// circumstanceRules name each sentencing circumstance and the wording that
// states it. A sentence can state several.
var circumstanceRules = []struct {
	kind string
	re   *regexp.Regexp
}{
	{"自首", regexp.MustCompile(`自首`)},
	{"坦白", regexp.MustCompile(`坦白`)},
	{"如实供述", regexp.MustCompile(`如实(?:供述|交代|供认)`)},
	{"当庭认罪", regexp.MustCompile(`当庭(?:自愿)?(?:认罪|表示认罪|承认)`)},
	{"认罪认罚", regexp.MustCompile(`认罪认罚`)},
	{"立功", regexp.MustCompile(`立功`)},
	{"累犯", regexp.MustCompile(`累犯`)},
	{"前科", regexp.MustCompile(`前科|劣迹|曾因\p{Han}{0,20}被判处`)},
	{"初犯", regexp.MustCompile(`初犯`)},
	{"偶犯", regexp.MustCompile(`偶犯`)},
	{"退赃退赔", regexp.MustCompile(`退赃|退赔|退还(?:了)?(?:全部)?(?:赃款|赃物|违法所得)|退缴`)},
	{"赔偿", regexp.MustCompile(`赔偿(?:了)?(?:被害人|被害方|对方|损失|经济损失)|(?:已|积极|主动)赔偿`)},
	{"取得谅解", regexp.MustCompile(`谅解`)},
	{"未成年", regexp.MustCompile(`(?:不满|未满|未达)十八周岁|系未成年人|作案时(?:系)?未成年`)},
	{"胁从犯", regexp.MustCompile(`胁从犯`)},
	{"从犯", regexp.MustCompile(`(?:^|[^胁])从犯|起(?:次要|辅助)(?:或辅助)?作用`)},
	{"主犯", regexp.MustCompile(`主犯|起主要作用`)},
	{"未遂", regexp.MustCompile(`未遂`)},
	{"中止", regexp.MustCompile(`犯罪中止`)},
	{"预备", regexp.MustCompile(`犯罪预备`)},
}

// factRules are how fact excerpts word circumstances (CAIL2018's 公诉机关
// 指控, a draft's 经审理查明): 投案 is surrender (刑法第六十七条), a prior
// sentence is written with its dates and masked terms, loot is returned
// by the defendant or the family, a settlement is reached. CircumstancesIn
// reads them, for the sentencing estimator and the legality checks;
// Extract, whose circumstances feed the similar-case element signal, does
// not: there they lowered LeCaRD's known-charge MAP on the threshold gate
// (0.603 → 0.594), which is the retrieval signal's owner to weigh.
var factRules = []struct {
	kind string
	re   *regexp.Regexp
}{
	{"自首", regexp.MustCompile(`投案`)},
	{"前科", regexp.MustCompile(`刑满释放|(?:曾|又|还|另)?因(?:犯|故意犯罪)[^。；]{0,40}?被[^。；]{0,12}判处|曾(?:因|于)[^。；]{0,30}?被[^。；]{0,12}(?:判处|行政拘留|劳动教养|强制隔离戒毒)`)},
	{"退赃退赔", regexp.MustCompile(`退出(?:了)?(?:全部)?(?:赃款|违法所得)|(?:被告人|家属|亲属)\p{Han}{0,8}(?:退还|返还|退回)[^。；，]{0,12}?(?:被害|失主)`)},
	{"赔偿", regexp.MustCompile(`赔偿(?:了)?(?:被害单位|全部损失)|达成(?:了)?(?:赔偿|调解|和解)协议|达成(?:刑事)?和解`)},
}

// negation marks a sentence that denies what it mentions (不构成自首,
// 辩护人所提…系从犯的意见不予采纳).
var negation = regexp.MustCompile(`不构成|不能认定|不应认定|不予认定|不认定|不予采纳|不予支持|不属于|不具有|不符合|不能成立|不成立|无前科|没有前科|无劣迹|未取得|没有取得|未能取得|并非|不足以`)

// sentenceRe is one sentence: up to and including 。；！？ or a line break.
var sentenceRe = regexp.MustCompile(`[^。；！？\n]+[。；！？]?`)

// circumstances finds the circumstances stated in s (rune offset base) and
// assigns each to the defendants its sentence names, or to all when it
// names none.
func circumstances(s string, base int, ds []Defendant) []Circumstance {
	return circumstancesBy(s, base, ds, circumstanceRules)
}

// circumstancesBy is circumstances with the given rules.
func circumstancesBy(s string, base int, ds []Defendant, rules []struct {
	kind string
	re   *regexp.Regexp
}) []Circumstance {
	var all []Circumstance
	spans := newRuneSpans(s, base)
	for _, m := range sentenceRe.FindAllStringIndex(s, -1) {
		for m[0] < m[1] {
			r, n := utf8.DecodeRuneInString(s[m[0]:])
			if !unicode.IsSpace(r) {
				break
			}
			m[0] += n
		}
		sent := s[m[0]:m[1]]
		if negation.MatchString(sent) {
			continue
		}
		for _, r := range rules {
			if !r.re.MatchString(sent) {
				continue
			}
			c := Circumstance{Kind: r.kind, Sentence: sent, Span: spans.span(m[0], m[1])}
			all = append(all, c)
			assign(c, sent, ds)
		}
	}
	return uniqueKinds(all)
}

func assign(c Circumstance, sent string, ds []Defendant) {
	named := false
	for i := range ds {
		if ds[i].Name != "" && strings.Contains(sent, ds[i].Name) {
			named = true
			ds[i].Circumstances = appendKind(ds[i].Circumstances, c)
		}
	}
	if named {
		return
	}
	for i := range ds {
		ds[i].Circumstances = appendKind(ds[i].Circumstances, c)
	}
}

func appendKind(cs []Circumstance, c Circumstance) []Circumstance {
	for _, x := range cs {
		if x.Kind == c.Kind {
			return cs
		}
	}
	return append(cs, c)
}

// uniqueKinds keeps the first sentence stating each kind.
func uniqueKinds(cs []Circumstance) []Circumstance {
	var out []Circumstance
	for _, c := range cs {
		out = appendKind(out, c)
	}
	return out
}

// spanOf converts the byte range [b0, b1) of s to a rune span in the
// judgment, where s starts at rune offset base.
func spanOf(s string, base, b0, b1 int) parse.Span {
	start := base + utf8.RuneCountInString(s[:b0])
	return parse.Span{Start: start, End: start + utf8.RuneCountInString(s[b0:b1])}
}
