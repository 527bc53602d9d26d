package draft

import "regexp"

// The reasoning finds, in the court's own words, that the acts constitute
// the crime (被告人甲故意伤害他人身体，其行为已构成故意伤害罪): 5,447 of the
// 6,283 corpus reasonings (LeCaRD first instance outside dev, tune, tune2
// and the check set) do so. An adapted reasoning may name our charge only
// in the prosecution's words (公诉机关指控被告人甲犯故意伤害罪的事实清楚…
// 指控的罪名成立) or in an answer to the defence, and the draft then never
// found the crime itself (15 tune drafts): it opens with its own finding
// from the charge's article, as when no sentence names the charge.

// convictionRe is a finding that acts constitute a crime; the 不 or 未
// before it would deny it.
var convictionRe = regexp.MustCompile(`(?:^|[^不未])构成了?[^。，；]{0,40}罪`)

// othersWordsRe, before a finding in its sentence, marks it as the
// prosecution's or the defence's words, not the court's (公诉机关指控被告人
// 甲构成X罪); after it, the court only adds that the charge is made out
// (其行为已构成X罪，公诉机关指控的罪名成立).
var othersWordsRe = regexp.MustCompile(`辩护|辩称|辩解|指控`)

// findingSpan is a sentence or a clause closed by a semicolon: a finding
// and the prosecution's words often share one sentence.
var findingSpan = regexp.MustCompile(`[^。；]+`)

// findsCrime reports whether a sentence of sents finds, in the court's own
// words, that the acts constitute a crime.
func findsCrime(sents []Sentence) bool {
	for _, s := range sents {
		for _, c := range findingSpan.FindAllString(s.Text, -1) {
			if loc := convictionRe.FindStringIndex(c); loc != nil && !othersWordsRe.MatchString(c[:loc[0]]) {
				return true
			}
		}
	}
	return false
}
