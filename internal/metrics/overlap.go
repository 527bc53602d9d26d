package metrics

import "unicode"

// CharF1 is the character-overlap F1 of pred against gold, the usual
// score for Chinese span answers (CAIL reading comprehension, SQuAD-style
// on characters): characters are counted as a multiset, white space is
// ignored, and two empty texts score 1.
func CharF1(pred, gold string) float64 {
	pc, gc := runeCounts(pred), runeCounts(gold)
	var np, ng, common int
	for _, n := range pc {
		np += n
	}
	for r, n := range gc {
		ng += n
		common += min(n, pc[r])
	}
	if np == 0 && ng == 0 {
		return 1
	}
	if common == 0 {
		return 0
	}
	p, r := float64(common)/float64(np), float64(common)/float64(ng)
	return 2 * p * r / (p + r)
}

func runeCounts(s string) map[rune]int {
	m := make(map[rune]int)
	for _, r := range s {
		if !unicode.IsSpace(r) {
			m[r]++
		}
	}
	return m
}
