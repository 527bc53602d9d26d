package draft

import "regexp"

// insurerPost is the accused using his post (利用担任…理赔员的职务便利):
// an insurer's staff, not its policyholder.
var (
	insurerPost  = regexp.MustCompile(`利用[^。；]{0,40}?职务(?:上的)?便利`)
	stateInsurer = regexp.MustCompile(`国有[^。；，]{0,20}?保险|(?:^|[^非])国家工作人员`)
)

// insurerStaffCharge is the charge for a false claim paid out by the
// insurer's own staff member: 保险诈骗罪 is the policyholder's, insured's
// or beneficiary's crime (art. 198), and art. 183 convicts an insurer's
// employee who uses his post to pay a fabricated claim to himself of
// 职务侵占罪 (art. 271), or of 贪污罪 in a state-owned insurer or when he
// is a state functionary. Among LeCaRD first-instance judgments outside
// dev, tune and the check set whose facts tell such a post and a claim, none
// convicts of 保险诈骗罪 alone. Any other leader is returned as it is.
func insurerStaffCharge(leader, facts string) string {
	if leader != "保险诈骗罪" || !insurerPost.MatchString(facts) {
		return leader
	}
	if stateInsurer.MatchString(facts) {
		return "贪污罪"
	}
	return "职务侵占罪"
}
