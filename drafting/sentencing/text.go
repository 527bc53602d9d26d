package sentencing

import (
	"math"
	"sort"
	"unicode"
)

// textIndex finds decided cases whose fact text reads most alike: TF-IDF
// over character bigrams, cosine similarity, within one charge. Wording
// carries what the extracted elements miss (the manner of the act, the
// victims, the prosecution's proposal), so the terms of the nearest texts
// are one of the model's inputs.
type textIndex struct {
	vocab map[string]int32
	idf   []float32
	docs  []sparse
}

type sparse struct {
	ids []int32
	w   []float32
}

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

func newTextIndex(texts []string) *textIndex {
	ix := &textIndex{vocab: map[string]int32{}}
	grams := make([]map[string]int, len(texts))
	df := map[string]int{}
	for i, t := range texts {
		grams[i] = bigrams(t)
		for g := range grams[i] {
			df[g]++
		}
	}
	limit := int(maxDocShare * float64(len(texts)))
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
		ix.docs = append(ix.docs, ix.vector(gs))
	}
	return ix
}

func (ix *textIndex) vector(gs map[string]int) sparse {
	var v sparse
	for g, n := range gs {
		if id, ok := ix.vocab[g]; ok {
			v.ids = append(v.ids, id)
			v.w = append(v.w, float32(1+math.Log(float64(n)))*ix.idf[id])
		}
	}
	sort.Sort(byID(v))
	norm := float32(0)
	for _, w := range v.w {
		norm += w * w
	}
	norm = float32(math.Sqrt(float64(norm)))
	for i := range v.w {
		if norm > 0 {
			v.w[i] /= norm
		}
	}
	return v
}

type byID sparse

func (s byID) Len() int           { return len(s.ids) }
func (s byID) Less(i, j int) bool { return s.ids[i] < s.ids[j] }
func (s byID) Swap(i, j int) {
	s.ids[i], s.ids[j] = s.ids[j], s.ids[i]
	s.w[i], s.w[j] = s.w[j], s.w[i]
}

func dot(a, b sparse) float32 {
	var s float32
	i, j := 0, 0
	for i < len(a.ids) && j < len(b.ids) {
		switch {
		case a.ids[i] == b.ids[j]:
			s += a.w[i] * b.w[j]
			i++
			j++
		case a.ids[i] < b.ids[j]:
			i++
		default:
			j++
		}
	}
	return s
}

type scored struct {
	row int
	sim float32
}

// nearest returns the k rows among cands most similar to v, skipping self.
func (ix *textIndex) nearest(v sparse, cands []int, self, k int) []scored {
	var out []scored
	for _, c := range cands {
		if c == self {
			continue
		}
		out = append(out, scored{c, dot(v, ix.docs[c])})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].sim != out[j].sim {
			return out[i].sim > out[j].sim
		}
		return out[i].row < out[j].row
	})
	if len(out) > k {
		out = out[:k]
	}
	return out
}
