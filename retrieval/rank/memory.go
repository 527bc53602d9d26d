package rank

import (
	"context"
	"math"
)

// MemoryBM25 is the BM25 signal over a small in-memory collection (a
// candidate pool, a pair of texts) where no store is at hand. IDF comes
// from the collection itself.
type MemoryBM25 struct {
	docs  map[string]map[string]int // id → term frequencies
	lens  map[string]int
	df    map[string]int
	total int
}

// BM25 parameters (Robertson's usual values).
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// NewMemoryBM25 indexes docs given as id → tokens.
func NewMemoryBM25(docs map[string][]string) *MemoryBM25 {
	m := &MemoryBM25{docs: map[string]map[string]int{}, lens: map[string]int{}, df: map[string]int{}}
	for id, toks := range docs {
		tf := map[string]int{}
		for _, t := range toks {
			tf[t]++
		}
		for t := range tf {
			m.df[t]++
		}
		m.docs[id], m.lens[id] = tf, len(toks)
		m.total += len(toks)
	}
	return m
}

// Score scores ids against the request's tokens.
func (m *MemoryBM25) Score(_ context.Context, r *Request, ids []string) (map[string]Features, error) {
	n := float64(len(m.docs))
	avg := float64(m.total) / math.Max(1, n)
	qtf := map[string]int{}
	for _, t := range r.Tokens {
		qtf[t]++
	}
	out := make(map[string]Features, len(ids))
	for _, id := range ids {
		tf, ok := m.docs[id]
		if !ok {
			continue
		}
		var s float64
		norm := bm25K1 * (1 - bm25B + bm25B*float64(m.lens[id])/math.Max(1, avg))
		for t, qn := range qtf {
			f := float64(tf[t])
			if f == 0 {
				continue
			}
			idf := math.Log(1 + (n-float64(m.df[t])+0.5)/(float64(m.df[t])+0.5))
			s += float64(qn) * idf * f * (bm25K1 + 1) / (f + norm)
		}
		out[id] = Features{"bm25": s}
	}
	return out, nil
}

// MemoryDense is the dense signal over in-memory vectors.
type MemoryDense struct {
	Vectors map[string][]float32 // unit length
}

// Score returns the cosine of each of ids to the request's vector.
func (m MemoryDense) Score(_ context.Context, r *Request, ids []string) (map[string]Features, error) {
	out := make(map[string]Features, len(ids))
	if r.Vector == nil {
		return out, nil
	}
	for _, id := range ids {
		if v := m.Vectors[id]; v != nil {
			out[id] = Features{"dense": Cosine(r.Vector, v)}
		}
	}
	return out, nil
}

// Cosine is the dot product of two unit vectors.
func Cosine(a, b []float32) float64 {
	var s float64
	for i := range min(len(a), len(b)) {
		s += float64(a[i]) * float64(b[i])
	}
	return s
}
