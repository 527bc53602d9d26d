package embed

import (
	"context"
	"fmt"
	"math"
	"runtime"
	"sync"

	"gonum.org/v1/gonum/mat"
)

// TrainOptions set how a Model is trained.
type TrainOptions struct {
	Dim        int       // embedding dimensions (256)
	MaxRunes   int       // only the first MaxRunes of a text count (facts come first)
	MinDF      int       // a term must occur in this many documents
	MaxDFRatio float64   // and in at most this share of them
	MaxTerms   int       // vocabulary size cap
	PowerIters int       // randomised SVD subspace iterations
	Seed       uint64    // random projection seed
	Words      Tokenizer // nil: character bigrams only
	WordsName  string    // names Words in the saved model, e.g. "gse"
}

// DefaultTrainOptions are the options Leian indexes with.
func DefaultTrainOptions() TrainOptions {
	return TrainOptions{Dim: 256, MaxRunes: 3000, MinDF: 3, MaxDFRatio: 0.5, MaxTerms: 60000, PowerIters: 2, Seed: 20261123}
}

// Model is a trained LSA embedder: vocabulary, idf weights and the SVD
// projection. It implements langchaingo's embeddings.Embedder.
type Model struct {
	Terms     []string
	IDF       []float32
	Proj      []float32 // len(Terms) × Dim, row-major
	Dim       int
	MaxRunes  int
	WordsName string

	index map[string]int32
	words Tokenizer
}

// Train fits a Model to the texts each yields; each is called twice (once to
// count document frequencies, once to build the TF-IDF matrix) so the corpus
// need never be held in memory.
func Train(ctx context.Context, each func(fn func(text string) error) error, o TrainOptions) (*Model, error) {
	df := map[string]int{}
	docs := 0
	err := each(func(text string) error {
		seen := map[string]bool{}
		for _, t := range features(text, o.Words, o.MaxRunes) {
			if !seen[t] {
				seen[t] = true
				df[t]++
			}
		}
		docs++
		return ctx.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("count terms: %w", err)
	}
	terms, idf := vocabulary(df, docs, o.MinDF, o.MaxDFRatio, o.MaxTerms)
	if len(terms) == 0 {
		return nil, fmt.Errorf("train embedder on %d documents: no term occurs in %d or more of them", docs, o.MinDF)
	}
	m := &Model{Terms: terms, IDF: idf, MaxRunes: o.MaxRunes, WordsName: o.WordsName, words: o.Words}
	m.buildIndex()
	a := &CSR{Cols: len(terms)}
	err = each(func(text string) error {
		a.AppendRow(tfidfRow(features(text, o.Words, o.MaxRunes), m.index, m.IDF))
		return ctx.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("build tf-idf matrix: %w", err)
	}
	svd, err := RandomizedSVD(a, SVDOptions{Rank: o.Dim, Oversample: 16, PowerIters: o.PowerIters, Seed: o.Seed})
	if err != nil {
		return nil, fmt.Errorf("train embedder on %d documents, %d terms: %w", docs, len(terms), err)
	}
	m.Dim = len(svd.S)
	m.Proj = make([]float32, len(terms)*m.Dim)
	for i := range terms {
		for j := 0; j < m.Dim; j++ {
			m.Proj[i*m.Dim+j] = float32(svd.V.At(i, j))
		}
	}
	return m, nil
}

func (m *Model) buildIndex() {
	m.index = make(map[string]int32, len(m.Terms))
	for i, t := range m.Terms {
		m.index[t] = int32(i)
	}
}

// Embed returns the unit-length embedding of text; nil when text shares no
// term with the vocabulary.
func (m *Model) Embed(text string) []float32 {
	cols, vals := tfidfRow(features(text, m.words, m.MaxRunes), m.index, m.IDF)
	out := make([]float64, m.Dim)
	for i, c := range cols {
		row := m.Proj[int(c)*m.Dim : int(c)*m.Dim+m.Dim]
		v := float64(vals[i])
		for j, p := range row {
			out[j] += v * float64(p)
		}
	}
	return unit(out)
}

func unit(v []float64) []float32 {
	norm := math.Sqrt(mat.Dot(mat.NewVecDense(len(v), v), mat.NewVecDense(len(v), v)))
	if norm == 0 {
		return nil
	}
	out := make([]float32, len(v))
	for i, x := range v {
		out[i] = float32(x / norm)
	}
	return out
}

// EmbedDocuments embeds each text (langchaingo embeddings.Embedder), on
// every core: cutting the texts into words is most of an index build's
// work outside the store, and the model is read-only.
func (m *Model) EmbedDocuments(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(len(texts), runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for i := range next {
				out[i] = m.Embed(texts[i])
			}
		})
	}
	for i := range texts {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// EmbedQuery embeds one text (langchaingo embeddings.Embedder).
func (m *Model) EmbedQuery(_ context.Context, text string) ([]float32, error) {
	return m.Embed(text), nil
}
