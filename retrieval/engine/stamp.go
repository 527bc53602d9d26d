package engine

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"

	"leian/corpus"
)

// stamp fingerprints what an index was built from: every document's ID and
// content hash, and the settings that shape the index. A second `leian
// index` over an unchanged store then costs one pass over the store instead
// of retraining and re-indexing (make run calls it every time).
func stamp(ctx context.Context, docs Corpus, settings string) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "%s\n", settings)
	err := docs.Each(ctx, func(d *corpus.Document) error {
		fmt.Fprintf(h, "%s\t%s\n", d.ID, d.ContentHash)
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("fingerprint the document store: %w", err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func stampPath(dir string) string { return filepath.Join(dir, "stamp") }

// upToDate reports whether dir holds a complete index built under stamp s.
func upToDate(dir, s string) bool {
	b, err := os.ReadFile(stampPath(dir))
	if err != nil || !bytes.Equal(bytes.TrimSpace(b), []byte(s)) {
		return false
	}
	for _, p := range []string{VocabularyPath(dir), CasesPath(dir)} {
		if _, err := os.Stat(p); err != nil {
			return false
		}
	}
	return true
}
