package draft

import (
	"regexp"
	"slices"
	"strings"

	"leian/drafting/sentencing"
)

// unitSuffixRe ends the name of a unit, which a fine alone may punish.
var unitSuffixRe = regexp.MustCompile(`(?:公司|厂|集团|单位|中心|商行|合作社|医院|学校|局|所|站|店)$`)

// singleFineUnlawful reports whether the similar cases' 单处罚金 (kind) may
// not be imposed on this defendant: a natural person convicted of a charge
// whose statutory tier, as the estimator read it, carries no 单处罚金 (单位
// 行贿罪 and 虚开增值税专用发票罪 punish the persons responsible with
// 有期徒刑或者拘役, art. 393 and 205). The similar cases that fined alone
// were units convicted with their managers: their first sentence is the
// unit's. On the tune set two such persons were drafted a fine alone
// (王谦, 单位行贿罪; 梁×, 虚开增值税专用发票罪); their courts imposed one year
// suspended and three years.
func singleFineUnlawful(kind string, est sentencing.Recommendation, defendant string) bool {
	if kind != "单处罚金" || est.Tier == nil || strings.Contains(est.Tier.Fine, "单处") {
		return false
	}
	if unitSuffixRe.MatchString(defendant) || !slices.Contains(termKinds, est.Kind) || est.Months <= 0 {
		return false
	}
	return true
}
