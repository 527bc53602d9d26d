package embed

import (
	"context"
	"fmt"
	"math"

	"github.com/tmc/langchaingo/embeddings"
	"github.com/tmc/langchaingo/llms/openai"
)

// Remote embeds through an OpenAI-compatible /v1/embeddings endpoint and
// returns unit vectors like Model does, so either can back the dense signal.
type Remote struct {
	inner embeddings.Embedder
}

// NewRemote returns an embedder for the endpoint at baseURL (ending in /v1)
// serving model; key may be empty for servers without authentication.
func NewRemote(baseURL, model, key string) (*Remote, error) {
	if key == "" {
		key = "none" // the client refuses an empty token; local servers ignore it
	}
	llm, err := openai.New(openai.WithBaseURL(baseURL), openai.WithEmbeddingModel(model), openai.WithToken(key), openai.WithModel(model))
	if err != nil {
		return nil, fmt.Errorf("embeddings endpoint %s model %s: %w", baseURL, model, err)
	}
	e, err := embeddings.NewEmbedder(llm, embeddings.WithBatchSize(32))
	if err != nil {
		return nil, fmt.Errorf("embeddings endpoint %s model %s: %w", baseURL, model, err)
	}
	return &Remote{inner: e}, nil
}

// EmbedDocuments embeds each text remotely and normalises the vectors.
func (r *Remote) EmbedDocuments(ctx context.Context, texts []string) ([][]float32, error) {
	vs, err := r.inner.EmbedDocuments(ctx, texts)
	if err != nil {
		return nil, fmt.Errorf("embed %d documents: %w", len(texts), err)
	}
	for i := range vs {
		vs[i] = normalise32(vs[i])
	}
	return vs, nil
}

// EmbedQuery embeds one text remotely and normalises the vector.
func (r *Remote) EmbedQuery(ctx context.Context, text string) ([]float32, error) {
	v, err := r.inner.EmbedQuery(ctx, text)
	if err != nil {
		return nil, fmt.Errorf("embed query: %w", err)
	}
	return normalise32(v), nil
}

func normalise32(v []float32) []float32 {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return nil
	}
	inv := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= inv
	}
	return v
}
