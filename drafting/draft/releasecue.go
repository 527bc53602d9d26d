package draft

import "regexp"

// releaseRecordRe is 刑满释放 as part of the name of a record, not a
// release the facts tell: the evidence list's 刑满释放证明书 and
// 刑满释放人员通知书, 刑满释放时间 or 日期 as what such a record proves.
// A record proves a prior sentence was served, not that it ended less
// than five years before the crime: on the tune set the five judgments
// whose only 刑满释放 was such a record cited 第六十五条 once, and the drafts,
// taking it for the unmeasured release cue, had cited it all five times.
var releaseRecordRe = regexp.MustCompile(`^(?:证明|人员|通知|时间|日期|情况)`)

// releaseNarrated says whether text tells of a release from prison
// (…刑满释放后，又…) other than by naming a record of it.
func releaseNarrated(text string) bool {
	for _, m := range releasedRe.FindAllStringIndex(text, -1) {
		if !releaseRecordRe.MatchString(text[m[1]:]) {
			return true
		}
	}
	return false
}
