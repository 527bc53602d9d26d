package draft

import (
	"regexp"
	"strings"
)

// A lone defendant the facts name a principal (被告人赖建在共同犯罪中系主犯,
// the others tried apart) is a principal of a joint crime, and the court
// cites 第二十六条 with 第二十五条: of the LeCaRD first-instance judgments
// outside dev, tune, tune2 and the check set with one defendant whose facts
// so name him, 36 of 43 cite 第二十六条 and 38 第二十五条, against 14 of 25
// whose facts name only someone else a principal (“郭某”是主犯) or deny it.
// The drafts cite 第二十六条 for several defendants only (artjoint.go).
// Read in the facts' own words: a party's view (辩护, 辩称, 提出, 意见,
// 认为) names no one.
var (
	// principalDeniedRe ends a denial just before 主犯 (不是, 并非, 没有…).
	principalDeniedRe = regexp.MustCompile(`(?:不|非|没有|无|否认)[^，]{0,4}$`)
	partyViewRe       = regexp.MustCompile(`辩护|辩称|辩解|提出|意见|认为`)
)

// accusedPrincipal says whether the facts name an accused (被告人…) a
// principal in a sentence of their own, not in a denial.
func accusedPrincipal(text string) bool {
	for _, s := range strings.FieldsFunc(text, func(r rune) bool { return r == '。' || r == '；' }) {
		if partyViewRe.MatchString(s) {
			continue
		}
		for off := 0; ; {
			k := strings.Index(s[off:], "主犯")
			if k < 0 {
				break
			}
			before := s[:off+k]
			if strings.Contains(before, "被告人") && !principalDeniedRe.MatchString(before) {
				return true
			}
			off += k + len("主犯")
		}
	}
	return false
}
