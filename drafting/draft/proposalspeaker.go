package draft

import "regexp"

var (
	// prosecutionObjectBeforeRe and prosecutionObjectAfterRe mark a mention
	// of the prosecution that is the object of another's words, not the
	// prosecution speaking: 辩护人对公诉机关指控的罪名不持异议, 与公诉机关指控
	// 涉案赌博金额…相互印证, 被告人对公诉机关的量刑建议无异议.
	prosecutionObjectBeforeRe = regexp.MustCompile(`(?:对|与|同|向|就|跟|和|及|较|比|将|被|据)$`)
	prosecutionObjectAfterRe  = regexp.MustCompile(`^(?:所?指控的|的指控|起诉的|认定的|所认定|提供的|提交的|出示的|的)`)
)

// lastProsecutionSpeaker is where the prosecution last speaks in para (a
// prosecution cue that is not another speaker's object), or -1. A defence
// paragraph that mentions the indictment (辩护人对公诉机关指控的罪名不持异议
// …建议在一年以下有期徒刑的量刑幅度内予以处罚) had been read as the
// prosecution's proposal.
func lastProsecutionSpeaker(para string) int {
	ms := prosecutionCueRe.FindAllStringIndex(para, -1)
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if prosecutionObjectBeforeRe.MatchString(para[:m[0]]) || prosecutionObjectAfterRe.MatchString(para[m[1]:]) {
			continue
		}
		return m[0]
	}
	return -1
}
