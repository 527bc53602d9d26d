package draft

import (
	"regexp"
	"slices"

	"leian/corpus/cite"
)

// Art. 64 acts on property: the gains of the crime, contraband, the
// offender's own property used in it, and what a taking of property cost
// its victims (责令退赔). When the facts name none of these (no gains,
// spoils or tools, forfeitureRe; nothing seized, seizedRe), no charge
// takes property and the draft's verdict disposes of nothing, the similar
// cases' share must not cite the article: in the LeCaRD first-instance
// judgments outside dev, tune, tune2 and the check set, 36 of the 1,229
// judgments whose facts and charges so name nothing and whose verdicts
// dispose of nothing cite 第六十四条 (3%), against 108 of the 125 such
// facts whose verdicts do dispose of something. The drafts had cited it
// from the cases' share for 6 such tune drafts, 1 rightly, and 5 tune2
// drafts, none rightly. An article the prosecution cites stays.
var (
	seizedRe = regexp.MustCompile(`扣押|查获|缴获|收缴|查封|暂扣|扣留|提取`)
	// disposalItemRe is a verdict's disposal of property; the penalty of
	// confiscating the offender's property (art. 59) is not one, and
	// neither is a fine paid to the treasury (上缴国库).
	disposalItemRe        = regexp.MustCompile(`没收|追缴|退赔|发还|返还|责令`)
	confiscationPenaltyRe = regexp.MustCompile(`没收(?:被告人\p{Han}{1,4}的)?(?:个人)?(?:全部)?财产`)
)

// propertyNamed says whether the facts f or the charges name property for
// art. 64 to act on.
func propertyNamed(f caseFacts, charges []string) bool {
	return forfeitureStated(f) || affirmed(f.text, seizedRe) ||
		takesProperty(charges)
}

// disposesOfProperty says whether the verdict v disposes of property.
func disposesOfProperty(v Section) bool {
	return slices.ContainsFunc(v.Sentences, func(s Sentence) bool {
		return disposalItemRe.MatchString(confiscationPenaltyRe.ReplaceAllString(s.Text, ""))
	})
}

// withoutIdleForfeiture drops 第六十四条 from as when neither the facts f,
// the charges nor the verdict v give it property to act on and the
// prosecution does not cite it.
func withoutIdleForfeiture(as []Article, f caseFacts, charges []string, v Section) []Article {
	alleged := slices.ContainsFunc(f.articles, func(c cite.Citation) bool { return c.Article == forfeitureArticle && c.Suffix == 0 })
	if alleged || propertyNamed(f, charges) || disposesOfProperty(v) {
		return as
	}
	return slices.DeleteFunc(slices.Clone(as), func(a Article) bool { return a.Law == criminalLaw && a.Number == forfeitureArticle })
}
