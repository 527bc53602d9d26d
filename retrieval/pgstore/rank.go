package pgstore

import "math"

// ranks returns ts_rank(v, 'lexeme', 1) for every lexeme of the tsvector v
// that p describes, computed as Postgres 15 does (tsrank.c, calc_rank_or
// with the default weight 0.1 of unlabelled positions, then normalisation
// 1: divided by log2(1 + number of positions)), in the same float32 steps,
// so that the postings score a document exactly as ts_rank on its
// tsvector would.
func (p positions) ranks() map[string]float32 {
	length := 0
	for _, t := range p.order {
		length += len(p.pos[t])
	}
	out := make(map[string]float32, len(p.order))
	if length == 0 {
		return out
	}
	norm := math.Log(float64(length)+1) / math.Log(2)
	for _, t := range p.order {
		const w = float32(0.1)
		var resj float32
		for l := range p.pos[t] {
			resj += w / float32((l+1)*(l+1))
		}
		// wjm is w at jm = 0: every position has the same weight.
		res := float32(float64(w+resj-w) / 1.64493406685)
		out[t] = float32(float64(res) / norm)
	}
	return out
}
