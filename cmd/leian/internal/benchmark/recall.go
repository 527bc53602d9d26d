package benchmark

import (
	"context"
	"fmt"
	"time"

	"leian/retrieval"
	"leian/retrieval/pgstore"
)

// HNSWRecall is the HNSW index at one hnsw.ef_search: the share of the
// exact nearest neighbours it finds, and the time of one Nearest call.
type HNSWRecall struct {
	EfSearch   int     `json:"ef_search"`
	Filtered   bool    `json:"filtered"`
	Queries    int     `json:"queries"`
	RecallAt10 float64 `json:"recall_at_10"`
	// RecallAt100 is measured on the 100 nearest a push asks for.
	RecallAt100 float64 `json:"recall_at_100"`
	MeanMS      float64 `json:"mean_ms"`
	ExactMS     float64 `json:"exact_ms"` // the same searches without the index
}

// hnswRecall measures, for each ef_search, the recall@10 and @100 of
// Nearest against exact search, on the pushes' query vectors, without
// and with their filters.
func hnswRecall(ctx context.Context, dbURL string, vecs [][]float32, filters []retrieval.Filter, efs []int) ([]HNSWRecall, error) {
	st, err := pgstore.Open(ctx, dbURL, pgstore.Options{})
	if err != nil {
		return nil, err
	}
	filterOf := func(filtered bool, i int) retrieval.Filter {
		if filtered {
			return filters[i]
		}
		return retrieval.Filter{}
	}
	exact := map[bool][][]retrieval.Scored{}
	exactMS := map[bool]float64{}
	for _, filtered := range []bool{false, true} {
		start := time.Now()
		for i, v := range vecs {
			want, err := st.ExactNearest(ctx, v, filterOf(filtered, i), 100)
			if err != nil {
				st.Close()
				return nil, fmt.Errorf("hnsw recall: %w", err)
			}
			exact[filtered] = append(exact[filtered], want)
		}
		exactMS[filtered] = ms(time.Since(start) / time.Duration(max(1, len(vecs))))
	}
	st.Close()
	var out []HNSWRecall
	for _, ef := range efs {
		st, err := pgstore.Open(ctx, dbURL, pgstore.Options{EfSearch: ef})
		if err != nil {
			return nil, err
		}
		for _, filtered := range []bool{false, true} {
			r := HNSWRecall{EfSearch: ef, Filtered: filtered, Queries: len(vecs), ExactMS: exactMS[filtered]}
			start := time.Now()
			for i, v := range vecs {
				got, err := st.Nearest(ctx, v, filterOf(filtered, i), 100)
				if err != nil {
					st.Close()
					return nil, fmt.Errorf("hnsw recall: %w", err)
				}
				r.RecallAt10 += overlap(got, exact[filtered][i], 10) / float64(len(vecs))
				r.RecallAt100 += overlap(got, exact[filtered][i], 100) / float64(len(vecs))
			}
			r.MeanMS = ms(time.Since(start) / time.Duration(max(1, len(vecs))))
			out = append(out, r)
		}
		st.Close()
	}
	return out, nil
}

// overlap is the share of want's first n found among got's first n.
func overlap(got, want []retrieval.Scored, n int) float64 {
	want = want[:min(n, len(want))]
	if len(want) == 0 {
		return 1
	}
	in := map[string]bool{}
	for _, g := range got[:min(n, len(got))] {
		in[g.ID] = true
	}
	hit := 0
	for _, w := range want {
		if in[w.ID] {
			hit++
		}
	}
	return float64(hit) / float64(len(want))
}
