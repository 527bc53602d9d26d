package rules

import (
	"math"
	"sort"
	"strings"
)

// Hit is one full-text search result: an article or a case.
type Hit struct {
	Kind    string       `json:"kind"` // article, case
	Title   string       `json:"title"`
	Label   string       `json:"label,omitempty"` // 第二百六十四条 for articles
	Snippet string       `json:"snippet"`
	Score   float64      `json:"score"`
	Law     *Law         `json:"-"`
	Article *Article     `json:"-"`
	Case    *GuidingCase `json:"-"`
}

// searchIndex scores documents by the character bigrams they share with a
// query, weighted by inverse document frequency and normalised by length.
// It stands in until the retrieval analyzers cover the rule library.
type searchIndex struct {
	docs     []Hit
	lengths  []float64
	postings map[uint64][]posting
}

type posting struct {
	doc int32
	tf  int32
}

func newSearchIndex(lib *Library) *searchIndex {
	ix := &searchIndex{postings: map[uint64][]posting{}}
	counts := map[uint64]int32{}
	for _, l := range lib.Laws {
		for _, a := range l.Articles {
			ix.add(Hit{Kind: "article", Title: l.Title, Label: a.Label, Law: l, Article: a}, a.Text(), counts)
		}
	}
	for _, c := range lib.Cases {
		body := c.Title + strings.Join(c.Keywords, " ") + c.Points + c.Facts
		ix.add(Hit{Kind: "case", Title: c.Title, Case: c}, body, counts)
	}
	return ix
}

// add indexes one document; counts is scratch space reused across calls.
func (ix *searchIndex) add(h Hit, text string, counts map[uint64]int32) {
	id := int32(len(ix.docs))
	h.Snippet = snippet(text, 120)
	ix.docs = append(ix.docs, h)
	clear(counts)
	n := 0
	var prev rune = -1
	for _, r := range text {
		if prev >= 0 {
			counts[pair(prev, r)]++
		}
		prev = r
		n++
	}
	for g, c := range counts {
		ix.postings[g] = append(ix.postings[g], posting{id, c})
	}
	ix.lengths = append(ix.lengths, float64(n))
}

// pair packs a character bigram into one key.
func pair(a, b rune) uint64 { return uint64(a)<<32 | uint64(uint32(b)) }

// search returns the top k documents for query.
func (ix *searchIndex) search(query string, k int) []Hit {
	scores := map[int32]float64{}
	n := float64(len(ix.docs))
	seen := map[uint64]bool{}
	rs := []rune(query)
	for i := 0; i+1 < len(rs); i++ {
		g := pair(rs[i], rs[i+1])
		if seen[g] {
			continue
		}
		seen[g] = true
		ps := ix.postings[g]
		if len(ps) == 0 {
			continue
		}
		idf := math.Log(1 + n/float64(len(ps)))
		for _, p := range ps {
			tf := float64(p.tf)
			// BM25's saturation with k1 = 1.2, b = 0.75 over an average length of 200 runes.
			norm := tf * 2.2 / (tf + 1.2*(0.25+0.75*ix.lengths[p.doc]/200))
			scores[p.doc] += idf * norm
		}
	}
	ids := make([]int32, 0, len(scores))
	for id := range scores {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if scores[ids[i]] != scores[ids[j]] {
			return scores[ids[i]] > scores[ids[j]]
		}
		return ids[i] < ids[j]
	})
	var out []Hit
	for _, id := range ids[:min(k, len(ids))] {
		h := ix.docs[id]
		h.Score = scores[id]
		out = append(out, h)
	}
	return out
}

// Search runs a full-text search over articles and cases. The index is
// built on first use, so commands that only resolve citations skip it.
func (lib *Library) Search(query string, k int) []Hit {
	lib.indexOnce.Do(func() { lib.index = newSearchIndex(lib) })
	return lib.index.search(query, k)
}

func snippet(s string, n int) string {
	rs := []rune(strings.ReplaceAll(s, "\n", " "))
	if len(rs) <= n {
		return string(rs)
	}
	return string(rs[:n]) + "…"
}
