package classify

import (
	"math"
	"sort"
	"unicode"
)

// grams are the TF-IDF features the charge model reads: character bigrams
// and trigrams of the Han and digit runs of a text (digits folded to 0),
// each packed into one uint64 so that a corpus of long judgments does not
// allocate a string per n-gram.
type grams struct {
	keys  []uint64 // term id → packed n-gram, for persistence
	vocab map[uint64]int32
	idf   []float32
}

// Feature limits, fixed by hand: the trigrams of a few thousand judgments
// run into the millions, most seen once; the commonest terms carry no
// charge.
const (
	minGramDF   = 2
	maxGramDF   = 0.5
	maxVocab    = 200000
	maxDocTerms = 600
)

func packGram(a, b, c rune) uint64 { return uint64(a)<<42 | uint64(b)<<21 | uint64(c) }

// countGrams counts a text's bigrams and trigrams.
func countGrams(text string) map[uint64]int {
	out := make(map[uint64]int, len(text)/2)
	var p2, p1 rune
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Han, r):
		case unicode.IsDigit(r):
			r = '0'
		default:
			p2, p1 = 0, 0
			continue
		}
		if p1 != 0 {
			out[packGram(p1, r, 0)]++
			if p2 != 0 {
				out[packGram(p2, p1, r)]++
			}
		}
		p2, p1 = p1, r
	}
	return out
}

// newGrams builds the vocabulary of texts: n-grams in at least minGramDF
// and at most maxGramDF of them, the maxVocab most widespread kept. It
// returns the texts' vectors too.
func newGrams(texts []string) (*grams, []Sparse) {
	// Counted twice rather than kept: the counts of a few thousand long
	// judgments take gigabytes.
	df := map[uint64]int32{}
	for _, t := range texts {
		for g := range countGrams(t) {
			df[g]++
		}
	}
	limit := int32(max(maxGramDF*float64(len(texts)), minGramDF))
	var keys []uint64
	for g, n := range df {
		if n >= minGramDF && n <= limit {
			keys = append(keys, g)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		if df[keys[i]] != df[keys[j]] {
			return df[keys[i]] > df[keys[j]]
		}
		return keys[i] < keys[j]
	})
	if len(keys) > maxVocab {
		keys = keys[:maxVocab]
	}
	idf := make([]float32, len(keys))
	for i, g := range keys {
		idf[i] = float32(math.Log(float64(len(texts)+1) / float64(df[g]+1)))
	}
	df = nil
	gr := newGramsFrom(keys, idf)
	vecs := make([]Sparse, len(texts))
	for i, t := range texts {
		vecs[i] = gr.Vector(t)
	}
	return gr, vecs
}

func newGramsFrom(keys []uint64, idf []float32) *grams {
	gr := &grams{keys: keys, idf: idf, vocab: make(map[uint64]int32, len(keys))}
	for i, g := range keys {
		gr.vocab[g] = int32(i)
	}
	return gr
}

// Vector is the L2-normalised vector of a new text: its maxDocTerms
// heaviest terms, so a long judgment costs no more to score than a
// short one.
func (gr *grams) Vector(text string) Sparse { return gr.vector(countGrams(text)) }

func (gr *grams) vector(c map[uint64]int) Sparse {
	var v Sparse
	for g, n := range c {
		if id, ok := gr.vocab[g]; ok {
			v.IDs = append(v.IDs, id)
			v.W = append(v.W, float32(1+math.Log(float64(n)))*gr.idf[id])
		}
	}
	if len(v.IDs) > maxDocTerms {
		sort.Sort(byWeightThenID(v))
		v.IDs, v.W = v.IDs[:maxDocTerms], v.W[:maxDocTerms]
	}
	sort.Sort(byID(v))
	var norm float64
	for _, w := range v.W {
		norm += float64(w) * float64(w)
	}
	if norm > 0 {
		inv := float32(1 / math.Sqrt(norm))
		for i := range v.W {
			v.W[i] *= inv
		}
	}
	return v
}

// byWeightThenID orders heaviest first, ties by id, so that which terms a
// long text keeps does not depend on map order.
type byWeightThenID Sparse

func (s byWeightThenID) Len() int { return len(s.IDs) }
func (s byWeightThenID) Less(i, j int) bool {
	if s.W[i] != s.W[j] {
		return s.W[i] > s.W[j]
	}
	return s.IDs[i] < s.IDs[j]
}
func (s byWeightThenID) Swap(i, j int) {
	s.IDs[i], s.IDs[j] = s.IDs[j], s.IDs[i]
	s.W[i], s.W[j] = s.W[j], s.W[i]
}
