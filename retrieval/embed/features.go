package embed

import (
	"math"
	"sort"
	"unicode"
)

// Tokenizer splits text into words. The gse analyzer
// (retrieval/analysis.Tokens) is the one Leian uses.
type Tokenizer func(text string) []string

// features lists the raw terms of text: its words (when a tokenizer is set),
// prefixed so they never collide with bigrams, and its character bigrams
// over letters and digits. Bigrams carry legal terms the word segmenter
// splits wrongly; words carry meaning bigrams blur.
func features(text string, words Tokenizer, maxRunes int) []string {
	rs := []rune(text)
	if maxRunes > 0 && len(rs) > maxRunes {
		rs = rs[:maxRunes]
		text = string(rs)
	}
	var out []string
	if words != nil {
		for _, w := range words(text) {
			if len([]rune(w)) > 1 {
				out = append(out, "w:"+w)
			}
		}
	}
	for i := 0; i+1 < len(rs); i++ {
		if isTermRune(rs[i]) && isTermRune(rs[i+1]) {
			out = append(out, string(rs[i:i+2]))
		}
	}
	return out
}

func isTermRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// vocabulary keeps the maxTerms most frequent terms by document frequency,
// dropping those in fewer than minDF documents (noise, names) and those in
// more than maxDFRatio of them (boilerplate such as 被告人 or 本院认为).
func vocabulary(df map[string]int, docs, minDF int, maxDFRatio float64, maxTerms int) (terms []string, idf []float32) {
	type entry struct {
		term string
		df   int
	}
	var kept []entry
	limit := int(maxDFRatio * float64(docs))
	for t, n := range df {
		if n >= minDF && n <= limit {
			kept = append(kept, entry{t, n})
		}
	}
	sort.Slice(kept, func(i, j int) bool {
		if kept[i].df != kept[j].df {
			return kept[i].df > kept[j].df
		}
		return kept[i].term < kept[j].term
	})
	if len(kept) > maxTerms {
		kept = kept[:maxTerms]
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].term < kept[j].term })
	terms = make([]string, len(kept))
	idf = make([]float32, len(kept))
	for i, e := range kept {
		terms[i] = e.term
		idf[i] = float32(math.Log(float64(1+docs)/float64(1+e.df)) + 1)
	}
	return terms, idf
}

// tfidfRow returns the sublinear, L2-normalised TF-IDF row of terms, sorted
// by column, ignoring terms outside the vocabulary.
func tfidfRow(terms []string, index map[string]int32, idf []float32) ([]int32, []float32) {
	tf := map[int32]int{}
	for _, t := range terms {
		if c, ok := index[t]; ok {
			tf[c]++
		}
	}
	cols := make([]int32, 0, len(tf))
	for c := range tf {
		cols = append(cols, c)
	}
	sort.Slice(cols, func(i, j int) bool { return cols[i] < cols[j] })
	vals := make([]float32, len(cols))
	var norm float64
	for i, c := range cols {
		v := (1 + math.Log(float64(tf[c]))) * float64(idf[c])
		vals[i] = float32(v)
		norm += v * v
	}
	if norm > 0 {
		inv := float32(1 / math.Sqrt(norm))
		for i := range vals {
			vals[i] *= inv
		}
	}
	return cols, vals
}
