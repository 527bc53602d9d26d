package draft

// 第三十六条 when a victim sues in the criminal trial (附带民事诉讼原告人):
// the article grounds the award of his losses beside the penalty (由于犯罪
// 行为而使被害人遭受经济损失的…并应根据情况判处赔偿经济损失), and the court
// that awards them cites it: of the LeCaRD first-instance judgments
// outside dev, tune, tune2 and the check set whose facts name such a
// plaintiff and whose verdict awards 赔偿, 191 of 289 cited it (6 of the 49 that
// award nothing). The similar cases' share rarely reaches the threshold.
// The draft cites it only when its own verdict awards damages
// (imposedArticles, artpenalty.go).
const damagesArticle = 36

// civilCites is the article of a victim's civil claim the facts f state
// (civilPlaintiffRe, verdictitems.go: the verdict decides the same claim).
func civilCites(f caseFacts) []jointCite {
	if !affirmed(f.text, civilPlaintiffRe) {
		return nil
	}
	return []jointCite{{damagesArticle, "附带民事诉讼：赔偿经济损失"}}
}
