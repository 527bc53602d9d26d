package draft

import "regexp"

// 第三十、三十一条 when a company is tried beside its managers (被告单位):
// art. 30 makes a unit liable where the law says so, art. 31 fines it and
// punishes the managers. Courts often cite them for the unit they
// sentence: of the 130 LeCaRD first-instance judgments outside dev, tune,
// tune2 and the check set whose facts name a 被告单位, 61 cited art. 31,
// 59 art. 30 and 55 both. That is under half, but the pair costs a
// draft's precision less than it adds to its recall there: such
// judgments cite many articles. The similar cases, mostly of persons
// alone, rarely carry them: on tune and tune2 the drafts cited them for
// 4 of the 16 such cases, and the judgments for 9.
const (
	unitCrimeArticle   = 30 // 单位负刑事责任的范围
	unitPenaltyArticle = 31 // 单位犯罪的处罚
)

var unitAccusedRe = regexp.MustCompile(`被告单位`)

// unitCites are the articles of a unit tried as accused, when the facts f
// name one other than in a denial.
func unitCites(f caseFacts) []jointCite {
	if !affirmed(f.text, unitAccusedRe) {
		return nil
	}
	return []jointCite{
		{unitCrimeArticle, "单位犯罪：事实载明被告单位"},
		{unitPenaltyArticle, "单位犯罪的处罚：事实载明被告单位"},
	}
}
