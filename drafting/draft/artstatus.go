package draft

import "regexp"

// Articles of the offender's standing that the facts state in so many
// words and the similar cases, convicted of the same charge, rarely
// share, so that their share never reaches the threshold.
//
//   - 第十八条: an accused whom the expert found of limited criminal
//     capacity (限制刑事责任能力, the article's own 尚未完全丧失辨认或者控制
//     自己行为能力) may be punished more lightly, and the court cites the
//     article: 20 of the 22 LeCaRD first-instance judgments outside dev,
//     tune, tune2 and the check set whose facts so state it did. The
//     capacity of age (达到限制刑事责任能力年龄) is 第十七条's, not this one's.
//   - 第七十七条 with 第六十九条: a new crime committed during the
//     probation of a former sentence (在缓刑考验期内又犯…) revokes the
//     probation and combines the sentences: of the 58 such judgments 54
//     cited 第七十七条 and 56 第六十九条. Facts that say the accused is,
//     or was found, within a former probation (现正处于缓刑考验期, 系在缓刑
//     考验期内发现漏罪, 在缓刑考验期内，被告人…又犯) tell the same: all 7
//     such judgments of corpus.jsonl that the first wording misses cite
//     both articles.
//   - 第七十条 with 第六十九条: a crime found after the judgment of
//     another, before its sentence is served, in the article's own words
//     (判决宣告以后，刑罚执行完毕以前，发现…还有其他罪没有判决): all 9
//     such judgments cited both. A bare 漏罪 is not enough (16 of 27).
var (
	limitedCapacityRe = regexp.MustCompile(`限制刑事责任能力(?:人|的精神病人)?(?:[^年]|$)|限定刑事责任能力|尚未完全丧失辨认或者控制`)
	probationBreachRe = regexp.MustCompile(`缓刑(?:考验)?期(?:限)?(?:内|间)[^。；，]{0,6}犯`)
	// onProbationRe is the accused within a former probation when tried
	// or when the crime was found: a 发现 or 犯 must follow 在…期内, which a
	// probation order's ban (禁止…在缓刑考验期限内从事…) and the law's
	// text (在缓刑考验期限内，依法实行社区矫正) lack.
	onProbationRe  = regexp.MustCompile(`(?:正|尚|仍|系)(?:处于|在)缓刑(?:考验)?期|在缓刑(?:考验)?期(?:限)?(?:内|间)[，,]?[^。；，]{0,12}?(?:发现|犯)`)
	omittedCrimeRe = regexp.MustCompile(`判决宣告以后[^。；]{0,30}(?:发现|还有)`)
	// notInRe ends a denial that the crime fell in the probation (而非在,
	// 不在), which negatedRe does not read.
	notInRe = regexp.MustCompile(`(?:非|不)在?$`)
)

// Articles of the offender's standing.
const (
	capacityArticle   = 18 // 精神病人的刑事责任
	revocationArticle = 77 // 缓刑考验期内犯新罪
	omittedArticle    = 70 // 判决宣告后发现漏罪
)

// statusCites are the articles of the offender's standing the facts f
// state, with why each is cited.
func statusCites(f caseFacts) []jointCite {
	var out []jointCite
	if affirmed(f.text, limitedCapacityRe) {
		out = append(out, jointCite{capacityArticle, "限制刑事责任能力：事实载明鉴定意见"})
	}
	if probationRevoked(f) {
		out = append(out,
			jointCite{revocationArticle, "缓刑考验期内犯新罪：撤销缓刑"},
			jointCite{concurrentArticle, "缓刑考验期内犯新罪：与前罪数罪并罚"})
	}
	if omittedCrime(f) {
		out = append(out,
			jointCite{omittedArticle, "判决宣告以后发现漏罪"},
			jointCite{concurrentArticle, "判决宣告以后发现漏罪：与前罪数罪并罚"})
	}
	return out
}

// omittedCrime says whether the facts f state a crime found after the
// judgment of another, before its sentence was served.
func omittedCrime(f caseFacts) bool { return affirmed(f.text, omittedCrimeRe) }

// probationRevoked says whether the facts f state a crime committed or
// found during a former sentence's probation.
func probationRevoked(f caseFacts) bool {
	return affirmed(f.text, probationBreachRe, notInRe) || affirmed(f.text, onProbationRe, notInRe)
}
