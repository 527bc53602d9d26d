package draft

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
)

// When the facts find that some of several defendants played the main
// part in their joint crime, courts say so in the reasoning, by name, with
// its consequence (在共同犯罪中，被告人甲起主要作用，系主犯，应当按照其所参与
// 的全部犯罪处罚; in the LeCaRD first-instance judgments whose facts name a
// role, 716 of 1,960 reasonings write 起主要作用 and 897 主犯). The draft
// stated the accomplice's part (circumstanceSentences' 从犯) but never the
// principal's: on the tune set 33 gold reasonings name a 主犯 the draft's
// does not. The part must be found, not only claimed (a defence's 其系从犯，
// 同案人是主犯 is not), nor denied (不能区分主犯、从犯), and a defendant the
// facts also call 从犯 is not a principal (coRoles' rule).

// principalCue is the facts' wording of a principal's part.
var principalCue = regexp.MustCompile(`主犯|主要作用`)

// principalSentence states the principals' part; with several of them
// each is said to have played it (均起主要作用，均系主犯), as courts write.
const (
	principalSentence  = "在共同犯罪中，被告人%s起主要作用，系主犯，应当按照其所参与的全部犯罪处罚。"
	principalsSentence = "在共同犯罪中，被告人%s均起主要作用，均系主犯，应当按照其所参与的全部犯罪处罚。"
)

// principals are those of several defendants (names) whom the facts,
// outside a party's claims, call principals, in names' order.
func principals(text string, names []string) []string {
	if len(names) < 2 {
		return nil
	}
	spans := claimSpans(text)
	roles := coRoles(text, names)
	found := map[string]bool{}
	factSentences(text, func(s string, at int) {
		pos := namePositions(s, names)
		for _, loc := range principalCue.FindAllStringIndex(s, -1) {
			if undividedRe.MatchString(s) || !factsOwn(s, loc[0], at, spans) {
				continue
			}
			for _, n := range cuedNames(s, pos, loc[0]) {
				found[n] = true
			}
		}
	})
	var out []string
	for _, n := range names {
		if found[n] && roles[n].role == "主" {
			out = append(out, n)
		}
	}
	return out
}

// undividedRe is a finding that the defendants' parts are not told apart.
var undividedRe = regexp.MustCompile(`不(?:能|宜|予)?(?:区分|分)主[、从]|作用相当|地位相当|不分主从`)

// principalRole is the sentence stating the principals' part, false when
// the facts find none or the reasoning (body) already names one.
func principalRole(text string, names []string, body string) (Sentence, bool) {
	if principalCue.MatchString(body) {
		return Sentence{}, false
	}
	ps := principals(text, names)
	if len(ps) == 0 {
		return Sentence{}, false
	}
	form := principalSentence
	if len(ps) > 1 {
		form = principalsSentence
	}
	return Sentence{Text: fmt.Sprintf(form, strings.Join(ps, "、")), Source: "facts", Note: "事实载明主犯或在共同犯罪中起主要作用"}, true
}

// Several defendants the facts find acting together (甲伙同被告人乙…,
// 甲、乙结伙…, 二被告人共谋…) committed a joint crime, and courts say so
// before their parts (被告人甲、乙系共同犯罪; 1,375 of the 1,960 corpus
// reasonings above speak of 共同犯罪). A sentence must name two of ours
// with the cue: 伙同他人 alone may speak of someone tried elsewhere.

// jointCue is the facts' wording of acting together.
var jointCue = regexp.MustCompile(`共同犯罪|伙同|结伙|共谋|合谋`)

// jointSentence states the joint crime.
const jointSentence = "被告人%s系共同犯罪。"

// jointCrime is the sentence stating which of names the facts find acting
// together (named with another of them in a sentence with jointCue)
// committed a joint crime, false when the facts do not find it or the reasoning (body) already
// speaks of it.
func jointCrime(text string, names []string, body string) (Sentence, bool) {
	if len(names) < 2 || strings.Contains(body, "共同犯罪") {
		return Sentence{}, false
	}
	spans := claimSpans(text)
	joined := map[string]bool{}
	factSentences(text, func(s string, at int) {
		loc := jointCue.FindStringIndex(s)
		if loc == nil || !factsOwn(s, loc[0], at, spans) {
			return
		}
		seen := map[string]bool{}
		for _, p := range namePositions(s, names) {
			seen[p.name] = true
		}
		if len(seen) >= 2 {
			maps.Copy(joined, seen)
		}
	})
	var who []string
	for _, n := range names {
		if joined[n] {
			who = append(who, n)
		}
	}
	if len(who) < 2 {
		return Sentence{}, false
	}
	return Sentence{Text: fmt.Sprintf(jointSentence, strings.Join(who, "、")), Source: "facts", Note: "事实载明二名以上被告人共同实施（伙同、结伙、共谋等）"}, true
}

// factSentences calls fn with each sentence of text (split as coRoles
// splits it) and the sentence's offset in text.
func factSentences(text string, fn func(s string, at int)) {
	start := 0
	for _, sep := range append(coSentenceRe.FindAllStringIndex(text, -1), []int{len(text), len(text)}) {
		fn(text[start:sep[0]], start)
		start = sep[1]
	}
}

// factsOwn reports whether the cue at i in sentence s (at offset at in the
// facts) is the facts' own finding: not negated just before it (不系主犯)
// and not inside a party's claim (spans, claimSpans).
func factsOwn(s string, i, at int, spans [][2]int) bool {
	abs := at + i
	return !negatedRe.MatchString(s[max(0, i-18):i]) &&
		!slices.ContainsFunc(spans, func(sp [2]int) bool { return sp[0] <= abs && abs < sp[1] })
}
