package check

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"leian/corpus"
	"leian/corpus/docstore"
	"leian/corpus/rules"
)

// CorpusSource yields the stored judgments (all but those skip rejects)
// and the text of every article of the rule library, which puts the legal
// terms in the model.
func CorpusSource(st *docstore.Store, lib *rules.Library, skip func(*corpus.Document) bool) TextSource {
	return func(yield func(string) error) error {
		ctx := context.Background()
		if err := st.Each(ctx, func(d *corpus.Document) error {
			if skip != nil && skip(d) {
				return nil
			}
			return yield(d.Text)
		}); err != nil {
			return fmt.Errorf("read judgments for the language model: %w", err)
		}
		if lib == nil {
			return nil
		}
		for _, l := range lib.Laws {
			for _, a := range l.Articles {
				if err := yield(a.Text()); err != nil {
					return err
				}
			}
		}
		return nil
	}
}

// LMPath is where the serving model is kept under the data home.
func LMPath(home string) string { return filepath.Join(home, "check", "lm.bin") }

// OpenLM loads the model at path, or counts it from src and saves it there
// when there is none yet.
func OpenLM(ctx context.Context, path string, src TextSource, log *slog.Logger) (*LM, error) {
	lm, err := LoadLM(path)
	if err == nil {
		return lm, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	if log != nil {
		log.Info("counting the checker's language model over the stored judgments (once)", "path", path)
	}
	start := time.Now()
	lm, err = BuildLM(ctx, src)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("language model folder: %w", err)
	}
	if err := lm.Save(path); err != nil {
		return nil, err
	}
	if log != nil {
		log.Info("language model saved", "path", path, "documents", lm.Docs, "seconds", time.Since(start).Seconds())
	}
	return lm, nil
}
