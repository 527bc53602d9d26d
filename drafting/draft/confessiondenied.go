package draft

import "regexp"

// The facts deny a surrender, a truthful confession or meritorious service
// in words negatedRe does not read: the evidence's account of the arrest
// (到案经过证实被告人系被动归案，无自首、立功情节, where 立功 is denied with
// the 自首 listed before it) and the findings or the prosecution saying
// the accused did not confess (未如实供述, 未能如实供述, 拒不如实交代).
// None of these is a circumstance the facts state. In the LeCaRD
// first-instance judgments outside dev, tune, tune2 and the check set,
// the 11 whose every mention of 自首 or 坦白 is such a denial and that
// record no admission of the facts or the charge cite 第六十七条 in none,
// and the 10 whose every mention of 立功 is one cite 第六十八条 in none;
// the drafts counted those mentions as stated and cited the articles.
var circDeniedRe = regexp.MustCompile(`(?:无|未|未能|不能|拒不|不具有|不存在)(?:自首|坦白|立功)?[、和及或与]?$`)

// circDenials are the denials of circumstance kind that end just before
// its cue, beside negatedRe.
func circDenials(kind string) []*regexp.Regexp {
	switch kind {
	case "自首", "坦白", "立功":
		return []*regexp.Regexp{circDeniedRe}
	}
	return nil
}
