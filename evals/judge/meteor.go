package judge

import (
	"math"
	"slices"
	"strings"

	porter "github.com/blevesearch/go-porterstemmer"
)

// Meteor is nltk's meteor_score with its defaults (alpha 0.9, beta 3,
// gamma 0.5, lower-casing) for one reference and one hypothesis, both
// already tokenised: exact, Porter-stem and WordNet-synonym alignment
// passes, each pairing a hypothesis token (last to first) with the last
// remaining equal reference token.
func Meteor(ref, hyp []string) float64 {
	const alpha, beta, gamma = 0.9, 3.0, 0.5
	if len(ref) == 0 || len(hyp) == 0 {
		return 0
	}
	h := lowered(hyp)
	r := lowered(ref)
	type pair struct{ h, r int }
	var matches []pair
	hLeft := make([]int, len(h))
	rLeft := make([]int, len(r))
	for i := range h {
		hLeft[i] = i
	}
	for i := range r {
		rLeft[i] = i
	}
	pass := func(eq func(hw, rw string) bool) {
		for i := len(hLeft) - 1; i >= 0; i-- {
			hi := hLeft[i]
			for j := len(rLeft) - 1; j >= 0; j-- {
				rj := rLeft[j]
				if eq(h[hi], r[rj]) {
					matches = append(matches, pair{hi, rj})
					hLeft = slices.Delete(hLeft, i, i+1)
					rLeft = slices.Delete(rLeft, j, j+1)
					break
				}
			}
		}
	}
	pass(func(a, b string) bool { return a == b })
	hs := stems(h)
	rs := stems(r)
	pass2 := func() {
		for i := len(hLeft) - 1; i >= 0; i-- {
			hi := hLeft[i]
			for j := len(rLeft) - 1; j >= 0; j-- {
				rj := rLeft[j]
				if hs[hi] == rs[rj] {
					matches = append(matches, pair{hi, rj})
					hLeft = slices.Delete(hLeft, i, i+1)
					rLeft = slices.Delete(rLeft, j, j+1)
					break
				}
			}
		}
	}
	pass2()
	pass(func(hw, rw string) bool { return hw == rw || synonyms(hw)[rw] })
	m := float64(len(matches))
	if m == 0 {
		return 0
	}
	slices.SortFunc(matches, func(a, b pair) int { return a.h - b.h })
	chunks := 1.0
	for i := 1; i < len(matches); i++ {
		if matches[i].h != matches[i-1].h+1 || matches[i].r != matches[i-1].r+1 {
			chunks++
		}
	}
	p := m / float64(len(h))
	rc := m / float64(len(r))
	fmean := p * rc / (alpha*p + (1-alpha)*rc)
	penalty := gamma * math.Pow(chunks/m, beta)
	return (1 - penalty) * fmean
}

func lowered(ts []string) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = strings.ToLower(t)
	}
	return out
}

// stems applies the Porter stemmer to ASCII words; other tokens (Chinese,
// digits, punctuation) stem to themselves.
func stems(ts []string) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t
		if isASCIIWord(t) {
			out[i] = porter.StemString(t)
		}
	}
	return out
}

func isASCIIWord(s string) bool {
	if len(s) < 3 {
		return false
	}
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// numberSynsets are the WordNet 3.0 lemma names (without "_") of the
// cardinal-number synsets: Arabic, Roman (lower case, as the adjective
// synsets spell them) and English. Every WordNet match in JuDGE's files
// pairs a Roman numeral with an Arabic number.
var numberSynsets = [][]string{
	{"1", "i", "one", "ane"}, {"2", "ii", "two"}, {"3", "iii", "three"}, {"4", "iv", "four"},
	{"5", "v", "five"}, {"6", "vi", "six"}, {"7", "vii", "seven"}, {"8", "viii", "eight"},
	{"9", "ix", "nine"}, {"10", "x", "ten"}, {"11", "xi", "eleven"}, {"12", "xii", "twelve"},
	{"13", "xiii", "thirteen"}, {"14", "xiv", "fourteen"}, {"15", "xv", "fifteen"},
	{"16", "xvi", "sixteen"}, {"17", "xvii", "seventeen"}, {"18", "xviii", "eighteen"},
	{"19", "xix", "nineteen"}, {"20", "xx", "twenty"}, {"30", "xxx", "thirty"}, {"40", "xl", "forty"},
	{"50", "l", "fifty"}, {"60", "lx", "sixty"}, {"70", "lxx", "seventy"}, {"80", "lxxx", "eighty"},
	{"90", "xc", "ninety"}, {"100", "c", "hundred"}, {"500", "d"}, {"1000", "m", "thousand"},
}

var synonymIndex = func() map[string]map[string]bool {
	ix := map[string]map[string]bool{}
	for _, set := range numberSynsets {
		for _, w := range set {
			if ix[w] == nil {
				ix[w] = map[string]bool{}
			}
			for _, v := range set {
				ix[w][v] = true
			}
		}
	}
	return ix
}()

func synonyms(w string) map[string]bool { return synonymIndex[w] }
