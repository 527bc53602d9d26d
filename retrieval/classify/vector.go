// Package classify reads what a fact text is about from the decided cases
// whose texts read most alike: TF-IDF vectors and the charge predictor.
package classify

import (
	"math"
	"sort"
	"unicode"
)

// Vectors are TF-IDF vectors over character bigrams (digits folded to 0)
// of a set of fact texts, L2-normalised, for cosine similarity. Wording
// carries what extracted elements miss: the manner of the act, the
// victims, the prosecution's proposal.
type Vectors struct {
	vocab map[string]int32
	idf   []float32
	Docs  []Sparse
}

// Sparse is a vector as sorted term ids and weights.
type Sparse struct {
	IDs []int32
	W   []float32
}

// Vocab is the number of terms; term ids run below it.
func (ix *Vectors) Vocab() int { return len(ix.idf) }

// maxDocShare drops bigrams in more than this share of documents.
const maxDocShare = 0.3

func bigrams(text string) map[string]int {
	out := map[string]int{}
	var prev rune
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Han, r):
		case unicode.IsDigit(r):
			r = '0'
		default:
			prev = 0
			continue
		}
		if prev != 0 {
			out[string([]rune{prev, r})]++
		}
		prev = r
	}
	return out
}

// NewVectors builds the vectors of texts.
func NewVectors(texts []string) *Vectors {
	ix := &Vectors{vocab: map[string]int32{}}
	grams := make([]map[string]int, len(texts))
	df := map[string]int{}
	for i, t := range texts {
		grams[i] = bigrams(t)
		for g := range grams[i] {
			df[g]++
		}
	}
	limit := max(int(maxDocShare*float64(len(texts))), 2)
	keys := make([]string, 0, len(df))
	for g, n := range df {
		if n >= 2 && n <= limit {
			keys = append(keys, g)
		}
	}
	sort.Strings(keys)
	for _, g := range keys {
		ix.vocab[g] = int32(len(ix.idf))
		ix.idf = append(ix.idf, float32(math.Log(float64(len(texts)+1)/float64(df[g]+1))))
	}
	for _, gs := range grams {
		ix.Docs = append(ix.Docs, ix.vector(gs))
	}
	return ix
}

// Vector is the vector of a new text, in the vocabulary of the set.
func (ix *Vectors) Vector(text string) Sparse { return ix.vector(bigrams(text)) }

func (ix *Vectors) vector(gs map[string]int) Sparse {
	var v Sparse
	for g, n := range gs {
		if id, ok := ix.vocab[g]; ok {
			v.IDs = append(v.IDs, id)
			v.W = append(v.W, float32(1+math.Log(float64(n)))*ix.idf[id])
		}
	}
	sort.Sort(byID(v))
	norm := float32(0)
	for _, w := range v.W {
		norm += w * w
	}
	norm = float32(math.Sqrt(float64(norm)))
	for i := range v.W {
		if norm > 0 {
			v.W[i] /= norm
		}
	}
	return v
}

type byID Sparse

func (s byID) Len() int           { return len(s.IDs) }
func (s byID) Less(i, j int) bool { return s.IDs[i] < s.IDs[j] }
func (s byID) Swap(i, j int) {
	s.IDs[i], s.IDs[j] = s.IDs[j], s.IDs[i]
	s.W[i], s.W[j] = s.W[j], s.W[i]
}

// Dot is the cosine similarity of two vectors.
func Dot(a, b Sparse) float32 {
	var s float32
	i, j := 0, 0
	for i < len(a.IDs) && j < len(b.IDs) {
		switch {
		case a.IDs[i] == b.IDs[j]:
			s += a.W[i] * b.W[j]
			i++
			j++
		case a.IDs[i] < b.IDs[j]:
			i++
		default:
			j++
		}
	}
	return s
}

// Hit is a document and its similarity.
type Hit struct {
	Doc int
	Sim float32
}

// Nearest returns the k documents among cands most similar to v, skipping self.
func (ix *Vectors) Nearest(v Sparse, cands []int, self, k int) []Hit {
	var out []Hit
	for _, c := range cands {
		if c == self {
			continue
		}
		out = append(out, Hit{c, Dot(v, ix.Docs[c])})
	}
	sortHits(out)
	if len(out) > k {
		out = out[:k]
	}
	return out
}

func sortHits(out []Hit) {
	sort.Slice(out, func(i, j int) bool {
		if out[i].Sim != out[j].Sim {
			return out[i].Sim > out[j].Sim
		}
		return out[i].Doc < out[j].Doc
	})
}
