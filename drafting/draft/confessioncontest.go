package draft

import "regexp"

// An accused who contests the charge at trial has not confessed truthfully
// however he spoke in custody: one who retracts (翻供) before the first
// instance judgment is neither 自首 nor 坦白 (法释〔1998〕8号 art. 1).
// So when the facts name no 自首, record no admission (neither the
// findings' undisputed closing nor assent to the charge) and tell the
// accused denying it or pleading not guilty, 第六十七条 is not cited, even
// though the facts mention 如实供述 (in the evidence or the defence's
// plea): on the tune set the drafts cited it for 8 such judgments, of
// which 1 did (article F1 +0.0024 in simulation on the saved drafts).
var contestRe = regexp.MustCompile(`否认|不认罪|不构成犯罪|不构成\p{Han}{1,12}罪|无罪`)

// contestedConfession says whether the facts f leave no ground for a
// truthful confession because the accused contests the charge.
func contestedConfession(f caseFacts) bool {
	return !f.has("自首") && !admittedFindingsRe.MatchString(f.text) && !assentRe.MatchString(f.text) && contestRe.MatchString(f.text)
}
