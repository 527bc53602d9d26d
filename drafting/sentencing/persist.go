package sentencing

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"leian/corpus/extract"
	"leian/retrieval/classify"
)

// ModelFile is where the trained sentence model is kept in LEIAN_HOME.
const ModelFile = "sentencing.model"

// modelVersion changes whenever the features, the training or the saved
// layout change, so a model saved by older code is rebuilt.
const modelVersion = "sentencing-model/11"

// savedModel is the model as written to disk. The text vectors are not
// saved: they are rebuilt from the decided cases' facts, which the
// fingerprint pins.
type savedModel struct {
	Version     string
	Fingerprint string
	Trees       *boosted
	Stats       map[string]chargeStat
	Global      chargeStat
	Rows        []caseRow
	Scale       []float64
	Linear      savedLinear
	ByCharge    map[string][]int
	BlendK      int
	BlendSigma  float64
	BlendNear   float64
	BlendRef    float64
}

type savedLinear struct {
	W      []float32
	Bias   float32
	Charge map[string]int
	Vocab  int
}

// Fingerprint identifies the data a model is trained from: the decided
// cases, the sentencing guideline and standards, and the laws, with the
// model's version and the extraction version (training reads the facts'
// circumstances and amounts through corpus/extract, so a model trained by
// an older extractor is stale). A saved model with another fingerprint is stale.
func Fingerprint(dataDir string) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "%s\nextract/%d\n", modelVersion, extract.Version)
	add := func(path string) error {
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("fingerprint: %w", err)
		}
		defer f.Close()
		rel, _ := filepath.Rel(dataDir, path)
		io.WriteString(h, rel+"\n")
		_, err = io.Copy(h, f)
		return err
	}
	if err := add(filepath.Join(dataDir, CAIL2018File)); err != nil {
		return "", err
	}
	for _, dir := range []string{"sentencing", "laws"} {
		err := filepath.WalkDir(filepath.Join(dataDir, dir), func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			return add(p)
		})
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return "", fmt.Errorf("fingerprint %s: %w", dir, err)
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:32], nil
}

// Save writes m to path with its fingerprint, atomically.
func (m *Model) Save(path, fingerprint string) error {
	s := savedModel{Version: modelVersion, Fingerprint: fingerprint, Trees: m.trees, Stats: m.stats, Global: m.global, Rows: m.rows,
		Scale: m.scale, ByCharge: m.byCharge, BlendK: m.blend.K, BlendSigma: m.blend.Sigma, BlendNear: m.blend.Near, BlendRef: m.blend.Ref, Linear: savedLinear{W: m.linear.w, Bias: m.linear.bias, Charge: m.linear.charge, Vocab: m.linear.vocab}}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".sentencing-*.tmp")
	if err != nil {
		return fmt.Errorf("save the sentence model: %w", err)
	}
	defer os.Remove(tmp.Name())
	w := bufio.NewWriter(tmp)
	if err := gob.NewEncoder(w).Encode(s); err != nil {
		tmp.Close()
		return fmt.Errorf("save the sentence model %s: %w", path, err)
	}
	if err := w.Flush(); err != nil {
		tmp.Close()
		return fmt.Errorf("save the sentence model %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("save the sentence model %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("save the sentence model: %w", err)
	}
	return nil
}

// ErrStale is a saved model built by other code or from other data.
var ErrStale = errors.New("saved sentence model is stale")

// LoadModel reads the model saved at path. exs must be the decided cases
// it was trained on, in order (their facts rebuild the text vectors).
func LoadModel(ctx context.Context, path, fingerprint string, book *LawBook, exs []Example) (*Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load the sentence model: %w", err)
	}
	defer f.Close()
	var s savedModel
	if err := gob.NewDecoder(bufio.NewReader(f)).Decode(&s); err != nil {
		return nil, fmt.Errorf("load the sentence model %s: %w (%w)", path, err, ErrStale)
	}
	if s.Version != modelVersion || s.Fingerprint != fingerprint {
		return nil, fmt.Errorf("%s: version %s fingerprint %s, want %s %s: %w", path, s.Version, s.Fingerprint, modelVersion, fingerprint, ErrStale)
	}
	if len(s.Rows) != len(exs) || s.Trees == nil || len(s.Scale) != len(featureNames) {
		return nil, fmt.Errorf("%s: %d rows for %d decided cases: %w", path, len(s.Rows), len(exs), ErrStale)
	}
	texts := make([]string, len(exs))
	for i, ex := range exs {
		if ex.ID != s.Rows[i].ID {
			return nil, fmt.Errorf("%s: row %d is %s, the decided cases have %s: %w", path, i, s.Rows[i].ID, ex.ID, ErrStale)
		}
		texts[i] = ex.Facts
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	m := &Model{book: book, trees: s.Trees, stats: s.Stats, global: s.Global, rows: s.Rows, scale: s.Scale, byCharge: s.ByCharge, blend: blend{K: s.BlendK, Sigma: s.BlendSigma, Near: s.BlendNear, Ref: s.BlendRef},
		text: classify.NewVectors(texts), linear: &linearText{w: s.Linear.W, bias: s.Linear.Bias, charge: s.Linear.Charge, vocab: s.Linear.Vocab}}
	if m.text.Vocab() != m.linear.vocab {
		return nil, fmt.Errorf("%s: text vocabulary of %d terms, the model has %d: %w", path, m.text.Vocab(), m.linear.vocab, ErrStale)
	}
	m.terms = m.countTerms()
	if m.byCharge == nil {
		m.byCharge = map[string][]int{}
	}
	if m.stats == nil {
		m.stats = map[string]chargeStat{}
	}
	return m, nil
}
