package draft

// principalFine is the term a fine is scaled by (similarFine's fine per
// month of term): the drafted term months, except that the first of
// several defendants is fined for the term before principalFactor raised
// it (unraised), when the prosecution's proposal left the raised term as
// it was (months == raised). The similar cases' fine per month comes from
// their own first defendants, principals already, so the raised term
// counted the principal's share twice; and later co-defendants' fines are
// scaled from the first's (laterDefendant), so every fine of the case was
// too high. On the tune set the drafts of several defendants fined the
// first 1.3 times the court's fine (median of 68 first defendants, against
// 1.0 for the later ones), and the distinct fines the JuDGE scorer adds up
// came to 1.4 times the court's (median of 128 judgments).
//
// A lone defendant's term scaled by a circumstance (withCueScale) is
// fined for the unscaled term too: the 累犯 courts' fines do not rise
// with their terms, and a 退赃 term's lowered fine moved amount −0.0006
// on tune2.
func principalFine(months, raised, unraised int) int {
	if months == raised && unraised != raised {
		return unraised
	}
	return months
}
