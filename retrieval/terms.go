package retrieval

import (
	"cmp"
	"math"
	"slices"
)

// QueryTerms is how many distinct query terms per field a store's Lexical
// scores. A judgment's facts hold hundreds of distinct terms and each
// scored term costs a walk of its postings; 32 cost half as much as 64
// for the same recall.
const QueryTerms = 32

// QueryTerm is one distinct term of a lexical query in one field.
type QueryTerm struct {
	Term string
	// Weight is 1 + ln(tf), tf the term's occurrences in the query: a
	// term the facts keep returning to (盗窃, 入户, 手机) says more about
	// the case than one named once.
	Weight float64
	IDF    float64 // BM25's, over the field's document frequencies
}

// IDF is BM25's inverse document frequency of a term that df of docs
// documents hold: ln(1 + (docs − df + 0.5)/(df + 0.5)). Both stores score
// with it, so that they choose and weigh the same terms.
func IDF(docs, df float64) float64 {
	return math.Log(1 + (docs-df+0.5)/(df+0.5))
}

// CountTerms returns the distinct terms of a query's term list (with
// repeats, as analysis cuts text) in byte order, and each one's Weight.
func CountTerms(terms []string) (distinct []string, weight []float64) {
	sorted := slices.Sorted(slices.Values(terms))
	for i := 0; i < len(sorted); {
		j := i + 1
		for j < len(sorted) && sorted[j] == sorted[i] {
			j++
		}
		distinct = append(distinct, sorted[i])
		weight = append(weight, 1+math.Log(float64(j-i)))
		i = j
	}
	return distinct, weight
}

// TopTerms orders ts by Weight × IDF, highest first (ties by term, in
// byte order), and keeps the first QueryTerms. Choosing by idf alone, as
// before, picked in long facts mostly names, places and misspellings,
// each said once: on the LeCaRD dev queries against the whole bundle the
// full-text search found 0.596 of the relevant cases in its first 100
// with the 32 rarest terms and 0.722 with these.
func TopTerms(ts []QueryTerm) []QueryTerm {
	slices.SortFunc(ts, func(a, b QueryTerm) int {
		return cmp.Or(cmp.Compare(b.Weight*b.IDF, a.Weight*a.IDF), cmp.Compare(a.Term, b.Term))
	})
	return ts[:min(len(ts), QueryTerms)]
}
