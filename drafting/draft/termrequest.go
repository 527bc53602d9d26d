package draft

import (
	"regexp"
	"strings"
)

var (
	// probationRequestRe is a party's request to suspend the sentence
	// (辩护人请求对被告人适用缓刑, 建议对其宣告缓刑, 希望法庭判处缓刑); group 1
	// is what stands between the request and 缓刑, which must not negate or
	// revoke it (建议不予适用缓刑, 建议撤销缓刑).
	probationRequestRe = regexp.MustCompile(`(?:建议|请求|要求|希望|恳请|请|申请)([^。；]{0,40}?)缓刑`)
	requestNegatedRe   = regexp.MustCompile(`不|撤销|否`)
)

// requestedTermCeiling is the longest term a court may suspend (Criminal
// Law art. 72: 拘役 or 有期徒刑 of at most three years).
const requestedTermCeiling = 36

// requestedTermReach is the longest drafted term held to the ceiling: a
// year above it. Among the single-charge, single-defendant LeCaRD
// first-instance judgments outside dev, tune, tune2 and the check set
// whose facts carry such a request, courts set exactly three years in 78
// (49 of them suspended) and any term of 37 to 48 months in 36.
const requestedTermReach = 48

// withRequestedProbationCap holds the term of a lone defendant convicted
// of one charge to three years when a party asks for probation and the
// drafted term lies within a year above that: the request says the
// mitigation is argued up to the ceiling of art. 72, and courts more often
// sentence at it than above it (requestedTermReach). The decision on
// probation is left as drafted: a suspension the draft does not already
// make needs more than this to be right (a wrong one costs the verdict far
// more than a right one gains). A prosecution's proposed term decides
// instead (withinProposal); the fine stays the one drafted for the term.
func withRequestedProbationCap(rec *Recommendation, facts string, names, charges []string, p termProposal) {
	if rec == nil || len(names) > 1 || len(charges) != 1 || p.lo > 0 || p.hi > 0 || p.life || rec.Kind != "有期徒刑" ||
		rec.Months <= requestedTermCeiling || rec.Months > requestedTermReach || !probationRequested(facts) {
		return
	}
	rec.Months = requestedTermCeiling
	rec.Trace = append(rec.Trace, "有请求适用缓刑的意见，拟定刑期超过三年不满四年，刑期取三年（刑法第七十二条可以缓刑的上限）")
}

// probationRequested says whether any party asks in the facts for the
// sentence to be suspended.
func probationRequested(facts string) bool {
	for _, m := range probationRequestRe.FindAllStringSubmatch(facts, -1) {
		if !requestNegatedRe.MatchString(m[1]) && !strings.Contains(m[1], "考验") {
			return true
		}
	}
	return false
}
