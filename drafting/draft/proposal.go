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
// 三年左右), which lo and hi then both hold.
type termProposal struct {
	lo, hi int
	exact  bool
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
)

// proposedTerms reads the prosecution's proposed term for each defendant
// (index-aligned with names; the zero value where none is stated). A term
// belongs to the names listed since the previous term (建议对甲、乙判处一至
// 二年，对丙判处六个月至一年); a proposal naming nobody (建议对其判处…)
// belongs to the defendants named earlier in its sentence, to all of them
// when it says so (二被告人), or else to the first. Indictments of several defendants usually propose a term for
// each, and the sentencing estimator reads one range for the whole case,
// which mixes the first defendant's with the others'.
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
		if !proposalCueRe.MatchString(span) {
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
		terms := map[int][]int{}
		lastEnd := map[int]int{} // where each one's last term ended, for 以上/以下
		var pending, group []int
		type ev struct {
			at, end int
			name    string
			months  [2]int // a term; both set for a bare range
		}
		var evs []ev
		for _, p := range namePositions(span, names) {
			evs = append(evs, ev{at: p.start, end: p.end, name: p.name})
		}
		for _, m := range proposalTermRe.FindAllStringSubmatchIndex(span, -1) {
			if probationBeforeRe.MatchString(span[:m[0]]) {
				continue
			}
			lo, hi := termMonths(span, m)
			if lo <= 0 || lo > 300 || hi > 300 {
				continue
			}
			evs = append(evs, ev{at: m[0], end: m[1], months: [2]int{lo, hi}})
		}
		sort.SliceStable(evs, func(a, b int) bool { return evs[a].at < evs[b].at }) // a name and a term at one place keep their order
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
			for _, i := range group {
				if seen[i] || len(terms[i]) >= 2 {
					continue
				}
				terms[i] = append(terms[i], e.months[0])
				if e.months[1] > 0 {
					terms[i] = append(terms[i], e.months[1])
				}
				lastEnd[i] = e.end
			}
		}
		for i, ts := range terms {
			if len(ts) == 0 {
				continue
			}
			seen[i] = true
			after := span[lastEnd[i]:min(len(span), lastEnd[i]+48)]
			switch {
			case len(ts) >= 2:
				out[i] = termProposal{lo: min(ts[0], ts[1]), hi: max(ts[0], ts[1])}
			case strings.HasPrefix(strings.TrimLeft(after, "有期徒刑拘役管制的"), "以上"):
				out[i] = termProposal{lo: ts[0]}
			case strings.HasPrefix(strings.TrimLeft(after, "有期徒刑拘役管制的"), "以下"):
				out[i] = termProposal{hi: ts[0]}
			default:
				out[i] = termProposal{lo: ts[0], hi: ts[0], exact: true}
			}
		}
	}
	return out
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
