package elements

import (
	"regexp"
	"slices"
	"strings"
)

// mannerRules are the ways of committing an offence that the facts alone
// state and that sentencing weighs: the facts of the case in hand are all
// a push has, so they are read from the facts on both sides, never from a
// judgment's reasoning (a decided case's 从犯 or 累犯 is found there, and
// the case in hand has none yet).
//
// hints are words every match of re contains: a push reads the facts of
// every result it ranks, and most sentences hold none of them, so the
// regexp runs only where one is present.
var mannerRules = []struct {
	kind  string
	re    *regexp.Regexp
	hints []string
}{
	{"入户", regexp.MustCompile(`入户|入室|(?:翻窗|撬门|撬锁|翻墙|爬窗|攀爬)\p{Han}{0,6}(?:进入|潜入|窜入)|(?:进入|潜入|窜入)\p{Han}{0,12}(?:家中|住宅|住处|卧室|宿舍)`),
		[]string{"入户", "入室", "进入", "潜入", "窜入"}},
	{"多次", regexp.MustCompile(`多次|数次|屡次|[3-9三四五六七八九十]\s*次|[1-9]\d+\s*次|[三四五六七八九十]起`), []string{"次", "起"}},
	{"扒窃", regexp.MustCompile(`扒窃|扒取`), []string{"扒"}},
	{"携带凶器", regexp.MustCompile(`携带(?:凶器|刀|匕首|管制刀具|砍刀|水果刀|棍棒|铁棍|枪)`), []string{"携带"}},
	{"持械", regexp.MustCompile(`持(?:刀|械|枪|棍|铁棍|凶器|匕首|砍刀)`), []string{"持"}},
	{"望风", regexp.MustCompile(`望风|放风|把风`), []string{"风"}},
	{"结伙", regexp.MustCompile(`伙同|结伙|共同(?:实施|作案|预谋)|合谋|商议|预谋`), []string{"伙", "共同", "谋", "商议"}},
	{"醉酒", regexp.MustCompile(`醉酒|酒后驾驶|血液中?(?:乙醇|酒精)含量`), []string{"酒", "乙醇"}},
	{"逃逸", regexp.MustCompile(`逃逸|驾车逃离`), []string{"逃"}},
}

// mannerNegation marks a sentence that denies what it mentions; every
// match holds one of negationHints.
var (
	mannerNegation = regexp.MustCompile(`未(?:能)?(?:进入|入户|携带)|没有(?:进入|携带)|并非|不构成`)
	negationHints  = []string{"未", "没有", "并非", "不构成"}
)

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

var mannerSentence = regexp.MustCompile(`[^。；！？\n]+`)

// Manners returns the kinds of mannerRules the facts state, sorted.
func Manners(facts string) []string {
	var out []string
	for _, sent := range mannerSentence.FindAllString(facts, -1) {
		if containsAny(sent, negationHints) && mannerNegation.MatchString(sent) {
			continue
		}
		for _, r := range mannerRules {
			if !slices.Contains(out, r.kind) && containsAny(sent, r.hints) && r.re.MatchString(sent) {
				out = append(out, r.kind)
			}
		}
	}
	slices.Sort(out)
	return out
}
