package draft

import (
	"regexp"
	"slices"
)

// A court that considers suspending a sentence first has the accused's
// home judicial bureau assess whether he suits community correction and
// whether a suspension would gravely harm the community he lives in
// (Criminal Law art. 72 ¶1 (四); Community Correction Law art. 18). Facts
// that record such an assessment (调查评估意见书证实被告人符合社区矫正条件,
// 宣告缓刑对其所居住社区没有重大不良影响) tell of a sentence the court means
// to suspend. Among the 6,284 corpus judgments (LeCaRD first instance
// outside dev, tune, tune2 and the check set), courts suspended 64 of the
// 70 lone defendants' terms of at most three years whose facts record one,
// and 117 of the 122 co-defendants' whom the assessment's sentence names
// (against 27% of all lone defendants' such terms, and 32% of the later
// co-defendants' whose first defendant was not suspended). An assessment
// told of a former sentence (解除社区矫正, 社区矫正期间, 曾因…), the bail
// stage's 社会危险性 assessment, an adverse one (不具备社区矫正条件, 有一定
// 的不良影响) and a denial are not read.
var (
	assessmentRe       = regexp.MustCompile(`调查评估|社区影响|社区矫正|矫正评估|没有重大不良影响|无重大不良影响`)
	assessmentDeniedRe = regexp.MustCompile(`(?:不|未|拒绝)[^，。；]{0,6}$`)
	// assessmentOtherRe marks a sentence that speaks of something else: a
	// former sentence's correction, parole, or the bail stage's assessment.
	assessmentOtherRe = regexp.MustCompile(`解除|社会危险性|矫正期间|接受社区矫正|缓刑考验|假释|被判处|曾因|刑满`)
	// assessmentAdverseRe is an assessment against a suspension (不具备
	// 社区矫正条件, 对其居住社区有一定的不良影响).
	assessmentAdverseRe = regexp.MustCompile(`不宜|不适宜|不符合|不具备|不同意|不适用|(?:^|[^没无])(?:有|存在|造成)[^，。；]{0,12}不良影响`)
)

// probationAssessed reports whether the facts record a community
// assessment for defendant, one of names: for a lone defendant any
// such sentence, for one of several a sentence that names him.
func probationAssessed(facts string, names []string, defendant string) bool {
	if defendant == "" {
		return false
	}
	for _, s := range coSentenceRe.Split(facts, -1) {
		if assessmentOtherRe.MatchString(s) || assessmentAdverseRe.MatchString(s) {
			continue
		}
		for _, m := range assessmentRe.FindAllStringIndex(s, -1) {
			if assessmentDeniedRe.MatchString(s[:m[0]]) {
				continue
			}
			if len(names) <= 1 || slices.Contains(namesIn(s, names), defendant) {
				return true
			}
			break
		}
	}
	return false
}
