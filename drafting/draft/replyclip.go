package draft

import "regexp"

// The reply restates counsel's point and closes it with its own 的辩护意见,
// so the words that close the point in the facts are cut first. Only the
// exact 的辩护意见 and 的意见 were: on the tune set four drafts wrote
// …等辩护意见的辩护意见 and …的辩解及辩护意见的辩护意见. And counsel who has
// 没有意见 (no objection) to the charge agrees with it: read as a denial
// (没有), two points were answered 本院不予采纳 (defence.go's noObjection).

// opinionTail is the close of a counsel's point: 的辩护意见, 等辩护意见, 的意见,
// 的辩解及辩护意见, 的辩护理由.
var opinionTail = regexp.MustCompile(`(?:的|等|之)(?:辩解(?:理由)?[及和与、])?(?:辩护|辩解)?(?:意见|理由|观点)$`)
