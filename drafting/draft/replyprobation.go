package draft

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// Counsel often ends a plea with a request for a suspended sentence
// (请求对其从轻处罚并适用缓刑; 建议判处缓刑), and the court answers it as its
// verdict decides. Of the corpus judgments (LeCaRD first instance outside
// dev, tune, tune2 and the check set) whose facts state such a request,
// 237 do not suspend the sentence; 119 of their reasonings answer the
// request, 99 rejecting it (…不宜适用缓刑，辩护人提出适用缓刑的辩护意见，本院
// 不予采纳) and 3 adopting it. The draft read the request as part of the
// plea around it, so it adopted the request with the plea (经查属实，本院予以
// 采纳) where it does not suspend the sentence (9 of the 17 tune drafts
// that answered one), and left a request alone unanswered. A request the
// draft refuses is now cut from the plea (answered as before) and rejected
// on its own, as most of those courts do; one the draft grants stays in the
// plea, adopted with it, and the verdict's probation sentence
// (reasonprobation.go) gives its ground.

var (
	// probationAskedRe is a request to suspend the sentence, not one
	// refused (不宜适用缓刑) nor a former suspension (曾被判处缓刑).
	probationAskedRe = regexp.MustCompile(`(?:适用|宣告|判处|判|给予|处以|处)缓刑`)
	probationNotRe   = regexp.MustCompile(`(?:不|勿|禁止|撤销|被|曾)[\p{Han}]{0,2}$`)
	// probationJoinRe is the connective that adds the request to a plea in
	// the same clause (从轻处罚并适用缓刑, 不追究刑事责任或判处缓刑).
	probationJoinRe = regexp.MustCompile(`(?:并|且|同时|或者|或|和|及)[\p{Han}]{0,12}$`)
)

// probationAsked reports whether clause asks for a suspended sentence, and
// where the request starts.
func probationAsked(clause string) (int, bool) {
	for _, at := range probationAskedRe.FindAllStringIndex(clause, -1) {
		if !probationNotRe.MatchString(clause[:at[0]]) {
			return at[0], true
		}
	}
	return 0, false
}

// withoutProbationRequest is counsel's point t without its request for a
// suspended sentence, and whether it held one: a clause that adds the
// request to a plea (…从轻处罚并适用缓刑) keeps the plea; a clause that only
// asks (建议对被告人判处缓刑) goes.
func withoutProbationRequest(t string) (string, bool) {
	clauses := strings.SplitAfter(t, "，")
	asked := false
	var b strings.Builder
	for _, c := range clauses {
		at, ok := probationAsked(c)
		if !ok {
			b.WriteString(c)
			continue
		}
		asked = true
		if j := probationJoinRe.FindStringIndex(c[:at]); j != nil && j[0] > 0 {
			b.WriteString(c[:j[0]] + "，")
		}
	}
	return strings.Trim(b.String(), "，,；; "), asked
}

// probationRequests are the defendants, in the facts' order, for whom
// counsel asks a suspended sentence: the one counsel speaks for, else the
// one of names the request names (requester).
func probationRequests(facts string, names []string) []string {
	var out []string
	for _, m := range counselOpinions(facts) { // defenceforms.go
		for _, t := range opinionPoints(m[1]) {
			if _, ok := withoutProbationRequest(t); !ok {
				continue
			}
			if who := requester(m[0], t, names); who != "" && !slices.Contains(out, who) {
				out = append(out, who)
			}
		}
	}
	return out
}

// requester is the defendant a point of counsel's speaks for: who, else
// the one of names the point names, else the only defendant; "" when
// that is not one.
func requester(who, point string, names []string) string {
	if who != "" {
		return who
	}
	var in []string
	for _, n := range names {
		if strings.Contains(point, n) {
			in = append(in, n)
		}
	}
	switch {
	case len(in) == 1:
		return in[0]
	case len(in) == 0 && len(names) == 1:
		return names[0]
	}
	return ""
}

// refusedProbation tells whether a point of counsel's for who asks a
// suspended sentence the draft does not grant: its request is cut from
// the point and answered by withRefusedProbation. A granted request stays
// in the point, adopted with it as before, and the verdict's own
// probation sentence (reasonprobation.go) gives the ground.
func refusedProbation(f caseFacts, names []string) func(who, point string) bool {
	return func(who, point string) bool {
		who = requester(who, point, names)
		return who != "" && !slices.Contains(f.suspended, who)
	}
}

// probationRefused answers the requests the draft refuses, in the
// corpus's commonest words (根据…犯罪情节，不宜适用缓刑; 辩护人提出…适用缓刑
// 的辩护意见，本院不予采纳).
const probationRefused = "根据被告人%[1]s的犯罪情节，不宜适用缓刑，辩护人提出对被告人%[1]s适用缓刑的辩护意见，本院不予采纳。"

// probationAnswered is a reasoning's sentence that already answers a
// request for a suspended sentence (adapted, or the facts' own answer).
var probationAnswered = regexp.MustCompile(`缓刑[^。]*(?:采纳|支持|采信)|(?:辩护|意见)[^。]*缓刑`)

// withRefusedProbation adds to the reasoning sents one answer to the
// requests for a suspended sentence that the draft refuses, unless the
// reasoning already answers one.
func withRefusedProbation(sents []Sentence, f caseFacts, names []string) []Sentence {
	var who []string
	for _, n := range probationRequests(f.text, names) {
		if !slices.Contains(f.suspended, n) {
			who = append(who, n)
		}
	}
	if len(who) == 0 || probationAnswered.MatchString(Section{Sentences: sents}.Text()) {
		return sents
	}
	return append(sents, Sentence{Text: fmt.Sprintf(probationRefused, strings.Join(who, "、")), Source: "facts",
		Note: "事实载明辩护人请求适用缓刑，本稿未宣告缓刑，请核对"})
}
