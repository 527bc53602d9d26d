package classify

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A LeCaRD candidate's facts section (ajjbqk) holds the prosecution's
// allegation, which names the charge (指控被告人…犯盗窃罪), the defence,
// the court's findings and the evidence list. A judge's facts, and a
// LeCaRD query, are the findings alone, so the model learns from the
// findings: trained on the whole section it learns the allegation's
// charge names, which a query never has.
var (
	// findingsOpen opens the court's own findings.
	findingsOpen = regexp.MustCompile(`(?:经审理查明|经本院审理查明|本院经审理查明|经审理，查明|经审理认定|经审理，|本院查明|审理查明)[：:，,]?`)
	// claimsOpen opens an allegation that is all the section has.
	claimsOpen = regexp.MustCompile(`^[^。；]{0,60}?(?:指控|原判认定|原审(?:判决|法院)?认定)[：:，,]`)
	// evidenceOpen opens the evidence list after the findings.
	evidenceOpen = regexp.MustCompile(`(?:上述|以上|认定上述|认定以上)(?:犯罪)?事实[，,有].{0,60}?(?:证据|证实|证明|无异议|供认)|证据(?:有|如下)[：:]`)
	// chargeConclusion is a sentence that names the charge as the
	// prosecution's or the court's conclusion.
	chargeConclusion = regexp.MustCompile(`罪.{0,40}?(?:追究|论处|处罚|判处|提起公诉|提请)|(?:认为|构成|涉嫌)[^。]{0,60}?罪`)
)

// minFindings and fullFindings are lengths in runes: findings shorter
// than minFindings are a false start, and findings shorter than
// fullFindings (…的事实与起诉书指控的事实一致) refer to the allegation
// rather than restate it.
const (
	minFindings  = 30
	fullFindings = 100
)

// FindingsOf is the court's findings in a judgment's facts section: the
// text after 经审理查明 up to the evidence list, or, when there is none or
// it only refers to the allegation, the allegation without its opening;
// in either case without the sentences that name a charge as a
// conclusion.
func FindingsOf(section string) string {
	text := strings.TrimSpace(section)
	var short string
	if loc := findingsOpen.FindStringIndex(text); loc != nil {
		after := clean(text[loc[1]:])
		if utf8.RuneCountInString(after) >= fullFindings {
			return after
		}
		short, text = after, text[:loc[0]]
	}
	if loc := claimsOpen.FindStringIndex(text); loc != nil {
		text = text[loc[1]:]
	}
	if out := clean(text); utf8.RuneCountInString(out) >= minFindings {
		return out
	}
	if utf8.RuneCountInString(short) >= minFindings {
		return short
	}
	return strings.TrimSpace(section)
}

// clean cuts text at its evidence list and drops the sentences that name
// a charge as a conclusion.
func clean(text string) string {
	if loc := evidenceOpen.FindStringIndex(text); loc != nil && utf8.RuneCountInString(text[:loc[0]]) >= minFindings {
		text = text[:loc[0]]
	}
	var b strings.Builder
	for _, s := range strings.SplitAfter(text, "。") {
		if !chargeConclusion.MatchString(s) {
			b.WriteString(s)
		}
	}
	return strings.TrimSpace(b.String())
}
