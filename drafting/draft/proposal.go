package draft

import (
	"regexp"
	"sort"
	"strings"

	"leian/internal/cnum"
)

// termProposal is the prosecution's proposed term for one defendant, in
// months: [lo, hi] for a range, [lo, 0] for a floor (以上), [0, hi] for a
// ceiling (以下); exact is one term named without either (判处有期徒刑三年,
// 三年左右), which lo and hi then both hold. life is a proposal of 无期徒刑
// (or of 无期徒刑以上); probation says the proposal asks for, or allows, a
// suspended sentence (并适用缓刑, 均可适用缓刑, 缓刑一年).
type termProposal struct {
	lo, hi    int
	exact     bool
	life      bool
	probation bool
}

var (
	// proposalSpanRe is a sentencing proposal up to the end of its
	// sentence: one defendant's (建议判处…) or several defendants' in turn
	// (建议对甲判处…；对乙判处…).
	proposalSpanRe = regexp.MustCompile(`建议[^。]{0,400}`)
	proposalCueRe  = regexp.MustCompile(`判处|量刑|幅度|处以|判决|处刑`)
	pNum           = `[零〇一二两三四五六七八九十\d]+`
	// proposalTermRe is one proposed term or a range whose unit is written
	// once (四至六年, 1-2年, 六至九个月): group 1–2 a bare range's numbers and
	// 3 its unit; 4–5 years and months; 6 months alone.
	proposalTermRe = regexp.MustCompile(`(` + pNum + `)\s*(?:至|到|-|—|－|～|~)\s*(` + pNum + `)\s*(年|个月|月)|(` + pNum + `)\s*年(?:零|又)?(?:(` + pNum + `)\s*个?月)?|(` + pNum + `)\s*个?月`)
	// allNamedRe speaks of every defendant at once (建议以二被告人犯诈骗罪判处…).
	allNamedRe = regexp.MustCompile(`^[^，；]{0,20}(?:[二两三四五六七八九十\d]名?被告人|各被告人|上述被告人|上列被告人|全部被告人)`)
	// probationBeforeRe ends with the word that makes the next term a
	// probation period, not a sentence (缓刑一年).
	probationBeforeRe = regexp.MustCompile(`(?:缓刑|考验期(?:限)?(?:为)?)\s*$`)
	lifeRe            = regexp.MustCompile(`无期徒刑`)
	// probationWordRe asks for a suspended sentence unless probationNegRe
	// ends the text before it (不适用缓刑, 不宜宣告缓刑); probationAllRe
	// gives it to every defendant proposed for (均可适用缓刑).
	probationWordRe = regexp.MustCompile(`缓刑`)
	probationNegRe  = regexp.MustCompile(`(?:不|勿|禁止|无)[^，；。]{0,4}$`)
	probationAllRe  = regexp.MustCompile(`(?:均|都|一并|同时)[^，；。]{0,4}$`)
	// Who speaks in a paragraph: the defence or the prosecution.
	defenceCueRe     = regexp.MustCompile(`辩护人|辩护意见|辩称|代理人`)
	prosecutionCueRe = regexp.MustCompile(`公诉机关|检察院|公诉人|检察员`)
)

// proposedTerms reads the prosecution's proposed term for each defendant
// (index-aligned with names; the zero value where none is stated). A term
// belongs to the names listed since the previous term (建议对甲、乙判处一至
// 二年，对丙判处六个月至一年); a proposal naming nobody (建议对其判处…)
// belongs to the defendants named earlier in its sentence, to all of them
// when it says so (二被告人), or else to the first. Indictments of several defendants usually propose a term for
// each, and the sentencing estimator reads one range for the whole case,
// which mixes the first defendant's with the others'. A proposal the
// defence makes (辩护人建议…) is not the prosecution's and is skipped. A
// 缓刑 the proposal asks for belongs to the names its term does, or to all
// of them when it says so (均可适用缓刑).
func proposedTerms(facts string, names []string) []termProposal {
	out := make([]termProposal, len(names))
	if len(names) == 0 {
		return out
	}
	index := map[string]int{}
	for i, n := range names {
		index[n] = i
	}
	seen := make([]bool, len(names))
	for _, loc := range proposalSpanRe.FindAllStringIndex(facts, -1) {
		span := facts[loc[0]:loc[1]]
		if !proposalCueRe.MatchString(span) || defenceSpeaks(facts, loc[0]) {
			continue
		}
		// Whom an opening nameless proposal speaks of: the names earlier in
		// its sentence, or the only defendant.
		start := strings.LastIndex(facts[:loc[0]], "。") + 1
		var before []int
		for _, p := range namePositions(facts[start:loc[0]], names) {
			before = append(before, index[p.name])
		}
		switch {
		case len(names) == 1:
			before = []int{0}
		case len(before) > 0: // 甲、乙…，建议对二被告人判处…
		case allNamedRe.MatchString(span):
			before = make([]int, len(names))
			for i := range before {
				before[i] = i
			}
		case len(before) == 0:
			before = []int{0} // 建议对其判处… after the first defendant's facts
		}
		read := readProposal(span, names, index, before, seen)
		for i, p := range read {
			if p == (termProposal{}) {
				continue
			}
			if p.probation && !p.life && p.lo == 0 && p.hi == 0 {
				out[i].probation = true // a term may follow in a later sentence
				continue
			}
			p.probation = p.probation || out[i].probation
			out[i], seen[i] = p, true
		}
	}
	return out
}

// proposalEvent is a name, a term, a life sentence or a 缓刑 in a proposal.
type proposalEvent struct {
	at, end   int
	name      string
	months    [2]int // a term; both set for a bare range
	life      bool
	probation bool
	all       bool // the 缓刑 is for every defendant proposed for (均可)
}

// readProposal reads one proposal span: each defendant's terms in turn
// (names before a term are its group), then what the words after the last
// term make of it (以上, 以下, a range). Defendants already seen keep what
// an earlier proposal gave them.
func readProposal(span string, names []string, index map[string]int, before []int, seen []bool) map[int]termProposal {
	var evs []proposalEvent
	for _, p := range namePositions(span, names) {
		evs = append(evs, proposalEvent{at: p.start, end: p.end, name: p.name})
	}
	for _, m := range proposalTermRe.FindAllStringSubmatchIndex(span, -1) {
		if probationBeforeRe.MatchString(span[:m[0]]) {
			continue
		}
		lo, hi := termMonths(span, m)
		if lo <= 0 || lo > 300 || hi > 300 {
			continue
		}
		evs = append(evs, proposalEvent{at: m[0], end: m[1], months: [2]int{lo, hi}})
	}
	for _, m := range lifeRe.FindAllStringIndex(span, -1) {
		evs = append(evs, proposalEvent{at: m[0], end: m[1], life: true})
	}
	for _, m := range probationWordRe.FindAllStringIndex(span, -1) {
		if probationNegRe.MatchString(span[:m[0]]) {
			continue
		}
		evs = append(evs, proposalEvent{at: m[0], end: m[1], probation: true, all: probationAllRe.MatchString(span[:m[0]])})
	}
	sort.SliceStable(evs, func(a, b int) bool { return evs[a].at < evs[b].at }) // a name and a term at one place keep their order
	terms := map[int][]int{}
	lastEnd := map[int]int{} // where each one's last term ended, for 以上/以下
	lifeEnd := map[int]int{}
	suspended := map[int]bool{}
	var pending, group []int
	for _, e := range evs {
		if e.name != "" {
			pending = append(pending, index[e.name])
			continue
		}
		if len(pending) > 0 {
			group, pending = pending, nil
		} else if group == nil {
			group = before
		}
		who := group
		if e.all {
			who = nil
			for i := range terms {
				who = append(who, i)
			}
			for i := range lifeEnd {
				who = append(who, i)
			}
			if len(who) == 0 {
				who = group
			}
		}
		for _, i := range who {
			switch {
			case seen[i]:
			case e.probation:
				suspended[i] = true
			case e.life:
				if len(terms[i]) == 0 {
					lifeEnd[i] = e.end
				}
			case len(terms[i]) < 2:
				terms[i] = append(terms[i], e.months[0])
				if e.months[1] > 0 {
					terms[i] = append(terms[i], e.months[1])
				}
				lastEnd[i] = e.end
			}
		}
	}
	out := map[int]termProposal{}
	for i := range suspended {
		out[i] = termProposal{probation: true}
	}
	for i, end := range lifeEnd {
		p := termProposal{life: true, probation: suspended[i]}
		if strings.HasPrefix(strings.TrimLeft(span[end:], "的"), "以下") {
			// 在无期徒刑以下判处: a fixed term, at most the longest for one crime.
			p = termProposal{hi: maxFixedTerm, probation: suspended[i]}
		}
		if len(terms[i]) == 0 {
			out[i] = p
		}
	}
	for i, ts := range terms {
		after := span[lastEnd[i]:min(len(span), lastEnd[i]+48)]
		var p termProposal
		switch {
		case len(ts) >= 2:
			p = termProposal{lo: min(ts[0], ts[1]), hi: max(ts[0], ts[1])}
		case strings.HasPrefix(strings.TrimLeft(after, "有期徒刑拘役管制的"), "以上"):
			p = termProposal{lo: ts[0]}
		case strings.HasPrefix(strings.TrimLeft(after, "有期徒刑拘役管制的"), "以下"):
			p = termProposal{hi: ts[0]}
		default:
			p = termProposal{lo: ts[0], hi: ts[0], exact: true}
		}
		p.probation = suspended[i]
		out[i] = p
	}
	return out
}

// maxFixedTerm is the longest fixed term for one crime (Criminal Law art.
// 45), the ceiling a proposal below 无期徒刑 sets.
const maxFixedTerm = 180

// defenceSpeaks reports whether the proposal at byte at is the defence's
// (辩护人建议…): the last speaker its paragraph names before it is the
// defence. Paragraphs end at a line break or a full stop followed by a
// space, as the facts are stored.
func defenceSpeaks(facts string, at int) bool {
	head := facts[:at]
	start := max(strings.LastIndex(head, "\n"), strings.LastIndex(head, "。 "), strings.LastIndex(head, "。　"))
	para := head[max(start, 0):]
	d := lastIndex(defenceCueRe, para)
	return d >= 0 && d > lastProsecutionSpeaker(para)
}

// lastIndex is where re last matches in s, or -1.
func lastIndex(re *regexp.Regexp, s string) int {
	ms := re.FindAllStringIndex(s, -1)
	if len(ms) == 0 {
		return -1
	}
	return ms[len(ms)-1][0]
}

// termMonths reads a proposalTermRe match: a bare range's two ends in its
// unit, or one term (hi 0).
func termMonths(s string, m []int) (lo, hi int) {
	num := func(k int) int {
		if m[2*k] < 0 {
			return 0
		}
		n, _ := cnum.ParseInt(s[m[2*k]:m[2*k+1]])
		return int(n)
	}
	switch {
	case m[2] >= 0:
		a, b := num(1), num(2)
		if s[m[6]:m[7]] == "年" {
			a, b = 12*a, 12*b
		}
		if a <= 0 || b <= 0 {
			return 0, 0
		}
		return a, b
	case m[8] >= 0:
		return 12*num(4) + num(5), 0
	default:
		return num(6), 0
	}
}
