package evals

import (
	"context"
	"math"
	"unicode"

	"leian/corpus/extract"
	"leian/retrieval/elements"
)

// scmBaselines: a fair coin per triplet (mean over 200 seeded runs), always
// B, character-bigram TF-IDF cosine, private-lending element agreement
// alone (no text model, an ablation of Leian's similarity), and the
// CAIL2019 best test accuracy as an anchor.
func scmBaselines(ctx context.Context, seed int64, ts []scmTriplet) (map[string]map[string]float64, error) {
	rng := newPyRandom(seed)
	var coin float64
	alwaysB := 0
	for _, t := range ts {
		if t.Label == "B" {
			alwaysB++
		}
	}
	for range randomRepeats {
		hits := 0
		for _, t := range ts {
			guess := "B"
			if rng.below(2) == 1 {
				guess = "C"
			}
			if guess == t.Label {
				hits++
			}
		}
		coin += ratio(hits, len(ts)) / randomRepeats
	}
	tfidf, err := scmAccuracy(ctx, newTFIDFBigrams(ts), ts)
	if err != nil {
		return nil, err
	}
	loan, err := scmAccuracy(ctx, loanElements{}, ts)
	if err != nil {
		return nil, err
	}
	return map[string]map[string]float64{
		"random":             {"accuracy": coin},
		"always_B":           {"accuracy": ratio(alwaysB, len(ts))},
		"tfidf_bigram":       {"accuracy": tfidf},
		"loan_elements":      {"accuracy": loan},
		"cail2019_best_test": {"accuracy": scmBestTestAccuracy},
	}, nil
}

// scmAccuracy is the share of triplets sim labels correctly.
func scmAccuracy(ctx context.Context, sim Similarity, ts []scmTriplet) (float64, error) {
	preds, err := predictSCM(ctx, sim, ts)
	if err != nil {
		return 0, err
	}
	hits := 0
	for i, t := range ts {
		if preds[i].Label == t.Label {
			hits++
		}
	}
	return ratio(hits, len(ts)), nil
}

// loanElements is the share of private-lending elements two texts agree
// on (elements.CompareLoan), with equal, untuned weights.
type loanElements struct{}

// Similarity implements Similarity.
func (loanElements) Similarity(_ context.Context, a, b string) (float64, error) {
	return elements.CompareLoan(extract.ExtractLoan(a), extract.ExtractLoan(b)).Score, nil
}

// tfidfBigrams is the cosine of two texts' character-bigram TF-IDF
// vectors, IDF taken over the documents of the triplets scored: the
// organisers' TF-IDF baseline on characters, which any engine should beat.
type tfidfBigrams struct {
	idf map[[2]rune]float64
}

func newTFIDFBigrams(ts []scmTriplet) tfidfBigrams {
	df := make(map[[2]rune]float64)
	seen := make(map[string]bool)
	for _, t := range ts {
		for _, d := range []string{t.A, t.B, t.C} {
			if seen[d] {
				continue
			}
			seen[d] = true
			for g := range bigrams(d) {
				df[g]++
			}
		}
	}
	for g, n := range df {
		df[g] = math.Log(float64(len(seen)) / n)
	}
	return tfidfBigrams{idf: df}
}

// Similarity implements Similarity.
func (m tfidfBigrams) Similarity(_ context.Context, a, b string) (float64, error) {
	va, vb := bigrams(a), bigrams(b)
	var dot, na, nb float64
	for g, x := range va {
		x *= m.idf[g]
		na += x * x
		dot += x * vb[g] * m.idf[g]
	}
	for g, y := range vb {
		y *= m.idf[g]
		nb += y * y
	}
	if na == 0 || nb == 0 {
		return 0, nil
	}
	return dot / math.Sqrt(na*nb), nil
}

// bigrams counts the character bigrams of s's letters and digits, read as
// one run with everything else removed.
func bigrams(s string) map[[2]rune]float64 {
	m := make(map[[2]rune]float64)
	var prev rune
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		if prev != 0 {
			m[[2]rune{prev, r}]++
		}
		prev = r
	}
	return m
}
