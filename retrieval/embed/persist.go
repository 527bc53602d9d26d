package embed

import (
	"encoding/gob"
	"fmt"
	"os"
	"path/filepath"
)

// fileVersion changes whenever the saved layout or the featurisation does,
// so an old model is refused rather than silently mis-read.
const fileVersion = 1

type modelFile struct {
	Version   int
	Terms     []string
	IDF       []float32
	Proj      []float32
	Dim       int
	MaxRunes  int
	WordsName string
}

// Save writes m to path atomically: a temporary file in the same folder,
// synced, then renamed over path.
func (m *Model) Save(path string) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("save embedder %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	f := modelFile{fileVersion, m.Terms, m.IDF, m.Proj, m.Dim, m.MaxRunes, m.WordsName}
	if err := gob.NewEncoder(tmp).Encode(&f); err != nil {
		tmp.Close()
		return fmt.Errorf("save embedder %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("save embedder %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("save embedder %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("save embedder %s: %w", path, err)
	}
	return nil
}

// Load reads a model saved by Save. words must be the tokenizer the model was
// trained with (named wordsName), since the vocabulary holds its words.
func Load(path string, words Tokenizer, wordsName string) (*Model, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load embedder: %w", err)
	}
	defer fh.Close()
	var f modelFile
	if err := gob.NewDecoder(fh).Decode(&f); err != nil {
		return nil, fmt.Errorf("load embedder %s: %w", path, err)
	}
	if f.Version != fileVersion {
		return nil, fmt.Errorf("load embedder %s: file version %d, want %d (run leian index again)", path, f.Version, fileVersion)
	}
	if f.WordsName != wordsName {
		return nil, fmt.Errorf("load embedder %s: trained with word tokenizer %q, given %q (run leian index again)", path, f.WordsName, wordsName)
	}
	if len(f.IDF) != len(f.Terms) || len(f.Proj) != len(f.Terms)*f.Dim {
		return nil, fmt.Errorf("load embedder %s: %d terms, %d idf weights, %d projection values for %d dimensions do not fit", path, len(f.Terms), len(f.IDF), len(f.Proj), f.Dim)
	}
	m := &Model{Terms: f.Terms, IDF: f.IDF, Proj: f.Proj, Dim: f.Dim, MaxRunes: f.MaxRunes, WordsName: f.WordsName, words: words}
	m.buildIndex()
	return m, nil
}
