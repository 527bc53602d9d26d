package engine

import (
	"context"
	"fmt"
	"maps"

	"leian/retrieval/analysis"
	"leian/retrieval/docmeta"
	"leian/retrieval/elements"
	"leian/retrieval/rank"
)

// PairSimilarity is how alike two case texts are, with the parts a judge
// can check.
type PairSimilarity struct {
	Score  float64 // what Similarity returns, in [0,1] for non-negative cosines
	Cosine float64 // of the two texts' embeddings
	// Loan compares the private-lending elements when both texts are
	// private-lending cases; nil otherwise.
	Loan *elements.LoanMatch
}

// Similarity is ComparePair's score (evals.Similarity).
func (p *Pool) Similarity(ctx context.Context, a, b string) (float64, error) {
	s, err := p.ComparePair(ctx, a, b)
	return s.Score, err
}

// ComparePair scores two case texts. For two private-lending cases the
// score is the mean of the element agreements (elements.CompareLoan) with
// the embedding cosine counted as one more element: elements decide, the
// text breaks ties between candidates that agree on as many. The weights
// are equal and fitted to nothing. On the 300 SCM dev triplets (index of
// 2026-11-30) the cosine alone scored 0.657, the elements alone 0.810
// (the loan_elements baseline of `leian eval scm`) and this mean 0.803:
// the cosine adds nothing measurable there but orders pairs the elements
// tie on, which a push list needs. Other pairs are scored by the cosine
// alone; mixing in the exact TF-IDF cosine made SCM worse (0.637).
func (p *Pool) ComparePair(ctx context.Context, a, b string) (PairSimilarity, error) {
	var texts [2]string
	for i, t := range []string{a, b} {
		s, err := analysis.Simplify(t)
		if err != nil {
			return PairSimilarity{}, fmt.Errorf("similarity: simplify text %d: %w", i+1, err)
		}
		texts[i] = s
	}
	vs, err := p.embedder.EmbedDocuments(ctx, texts[:])
	if err != nil {
		return PairSimilarity{}, fmt.Errorf("similarity: %w", err)
	}
	s := PairSimilarity{Cosine: rank.Cosine(vs[0], vs[1])}
	s.Score = s.Cosine
	if la, lb := docmeta.LoanOf(texts[0]), docmeta.LoanOf(texts[1]); la != nil && lb != nil {
		m := elements.CompareLoan(*la, *lb)
		n := float64(len(m.Parts))
		s.Loan = &m
		s.Score = (n*m.Score + s.Cosine) / (n + 1)
	}
	return s, nil
}

// SimilarityMethod says how ComparePair scores (evals.SimilarityMethod).
func (p *Pool) SimilarityMethod() string {
	return "未调参（未用 SCM 标注拟合任何权重）。民间借贷案件：借贷要素一致度（各要素等权）与语料训练的向量余弦（计为一项要素）之均值；其他案件：向量余弦"
}

// SimilarityParts is ComparePair's score broken into the parts it is the
// mean of: each private-lending element agreement and the cosine
// (evals.SimilarityParts).
func (p *Pool) SimilarityParts(ctx context.Context, a, b string) (map[string]float64, error) {
	s, err := p.ComparePair(ctx, a, b)
	if err != nil {
		return nil, err
	}
	parts := map[string]float64{"cosine": s.Cosine}
	if s.Loan != nil {
		maps.Copy(parts, s.Loan.Parts)
	}
	return parts, nil
}
