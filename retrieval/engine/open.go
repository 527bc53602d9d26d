package engine

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"

	"github.com/tmc/langchaingo/embeddings"

	"leian/retrieval/embed"
)

// LoadEmbedder returns the embedder for an index folder: the remote
// endpoint when baseURL is set, else the corpus embedder Index trained.
func LoadEmbedder(dir, baseURL, model, key string) (embeddings.Embedder, error) {
	if baseURL != "" {
		return embed.NewRemote(baseURL, model, key)
	}
	words, name := WordTokenizer()
	m, err := embed.Load(EmbedderPath(dir), words, name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("no embedder in %s: run leian index first: %w", dir, err)
	}
	return m, err
}

// LoadVocabulary reads the filter vocabulary Index saved.
func LoadVocabulary(dir string) (Vocabulary, error) {
	var v Vocabulary
	b, err := os.ReadFile(VocabularyPath(dir))
	if err != nil {
		return v, fmt.Errorf("filter vocabulary (run leian index first): %w", err)
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return v, fmt.Errorf("filter vocabulary %s: %w", VocabularyPath(dir), err)
	}
	return v, nil
}

// LoadWeightsOrRRF reads the tuned weights, falling back to reciprocal-rank
// fusion (nil weights) with a warning when none were tuned.
func LoadWeightsOrRRF(dir, store string, log *slog.Logger) (*Weights, error) {
	w, err := LoadWeights(WeightsPath(dir, store))
	if errors.Is(err, fs.ErrNotExist) {
		log.Warn("no tuned fusion weights for this store (run leian tune); fusing by reciprocal rank", "path", WeightsPath(dir, store))
		return nil, nil
	}
	if errors.Is(err, ErrOldWeights) {
		log.Warn("fusion weights of an older build (run leian tune); fusing by reciprocal rank", "err", err)
		return nil, nil
	}
	return w, err
}

func (v Vocabulary) save(path string) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("save vocabulary %s: %w", path, err)
	}
	return writeAtomic(path, b)
}

// OpenPool returns the pool ranker and similarity the eval suites score:
// the index folder's embedder (or the remote one) and tuned weights.
func OpenPool(dir, baseURL, model, key string, log *slog.Logger) (*Pool, error) {
	emb, err := LoadEmbedder(dir, baseURL, model, key)
	if err != nil {
		return nil, err
	}
	w, err := LoadWeightsOrRRF(dir, "embedded", log)
	if err != nil {
		return nil, err
	}
	return NewPool(emb, w), nil
}
