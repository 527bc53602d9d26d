package draft

import "regexp"

// The facts deny a surrender or a truthful confession in words negatedRe
// does not read: the evidence's account of the arrest (到案经过证实被告人系
// 被动归案，无自首、立功情节) and the findings or the prosecution saying the
// accused did not confess (未如实供述, 未能如实供述, 拒不如实交代). Neither
// is a circumstance the facts state. In the LeCaRD first-instance
// judgments outside dev, tune, tune2 and the check set, the 11 whose every
// mention of 自首 or 坦白 is such a denial and that record no admission
// of the facts or the charge cite 第六十七条 in none; the drafts counted
// those mentions as stated and cited it.
var confessionDeniedRe = regexp.MustCompile(`(?:无|未|未能|不能|拒不|不具有|不存在)$`)

// circDenials are the denials of circumstance kind that end just before
// its cue, beside negatedRe.
func circDenials(kind string) []*regexp.Regexp {
	if kind == "自首" || kind == "坦白" {
		return []*regexp.Regexp{confessionDeniedRe}
	}
	return nil
}
