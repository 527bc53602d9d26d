package draft

import (
	"regexp"
	"strings"
)

// Counsel often opens a list with a lead-in that ends in a colon
// (提出贺彼凤无罪，理由是：1．…; 提出如下异议：1、…; 的主要辩护意见为：…):
// opinionPoints cut it off as a point of its own, and the reply restated
// the lead-in (关于…提出贺彼凤无罪，理由是：的辩护意见; 6 tune drafts, 5
// tune2). The points after the colon are answered each; of the lead-in
// only what it argues is kept (贺彼凤无罪), without the clause that only
// announces the list (理由是：, 具有以下从轻处罚情节：). A point that states
// its own 的辩护意见 before more of it (…证据不足的辩护意见，建议宣告余万春
// 无罪) was restated with 的辩护意见 twice (4 tune drafts); the inner one
// goes. And a facts text that carries the court's own answers (关于被告人
// 李瑞庭的辩护人提出…的辩护意见问题。经查，…) is not counsel speaking.
var (
	// listLeadRe is a point's closing clause that announces the list
	// after it (，理由是：, ，具体如下：, ，被告单位存在以下…情节：) or its
	// bare colon.
	listLeadRe = regexp.MustCompile(`(?:(?:^|[，,；;])[^，,；;：:]*(?:如下|以下|下列|理由|具体|几点|意见(?:是|为)?)[^，,；;：:]*)?[：:]$`)
	// innerLeadRe is such a clause inside a point, its list run on after
	// the colon (具有以下酌定从轻处罚情节：无犯罪前科，…), when it announces
	// circumstances or opinions (以下款项应从非吸总额中扣除： argues).
	innerLeadRe = regexp.MustCompile(`(?:^|[，,；;])[^，,；;：:]*(?:如下|以下|下列)[^，,；;：:]*(?:情节|意见|理由|辩护|几点|方面|异议)[^，,；;：:]*[：:]`)
	// opinionHeadRe is counsel's own heading of the opinion that the
	// counsel pattern reads as its start (提出的主要辩护意见为：…).
	opinionHeadRe = regexp.MustCompile(`^(?:的|之)?(?:主要|具体)?(?:辩护)?(?:意见|理由)(?:是|为|如下)?[：:，,]`)
	// innerTailRe is a point's own close before more of it follows.
	innerTailRe = regexp.MustCompile(`(?:的|等)(?:辩护|辩解)(?:意见|理由)([，,])`)
	// courtHeadingRe is the start of a sentence of the court's that
	// names what counsel argued as its topic (关于…, 对于…, 针对…), up
	// to counsel, with no clause between.
	courtHeadingRe = regexp.MustCompile(`(?:^|[。；;：:\s])(?:关于|对于|针对|对)[^，,。；;：:\s]*$`)
)

// withoutListLead is point t without the lead-in to the points listed
// after it or run on after its colon: what it argues besides that
// clause, "" when nothing is left.
func withoutListLead(t string) string {
	t = strings.TrimSpace(t)
	if strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":") {
		t = listLeadRe.ReplaceAllString(t, "")
	}
	return strings.Trim(innerLeadRe.ReplaceAllString(t, "，"), "，,；; ")
}

// withoutOwnClose is t without counsel's own heading and the 的辩护意见
// that closes a part of it before more follows.
func withoutOwnClose(t string) string {
	t = opinionHeadRe.ReplaceAllString(strings.TrimSpace(t), "")
	return innerTailRe.ReplaceAllString(t, "$1")
}

// courtsHeading reports whether the facts before counsel's words (before)
// open a sentence of the court's about them (关于被告人李瑞庭的…).
func courtsHeading(before string) bool {
	return courtHeadingRe.MatchString(before)
}
