package engine

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"leian/corpus"
	"leian/retrieval"
)

// stamp fingerprints what an index was built from: every document's ID,
// content hash and extraction version, and the settings that shape the
// index. A second `leian index` over an unchanged store then costs one pass
// over the store instead of retraining and re-indexing (make run calls it
// every time). The version is there because `leian ingest` re-extracts a
// document whose text is unchanged when the extractor changed: its
// elements (filter columns, case elements, cards) differ under the same
// hash, and an index that kept the old ones would serve them.
//
// One stamp is recorded in two places. The index folder's stamp file says
// the embedder, vocabulary, case elements and weights were built under it;
// the search store's stamp (StoreStamp) says the store holds every document
// embedded by that embedder. The folder serves every store, so indexing
// the Postgres store after the embedded one reuses the folder and writes
// only the store.
func stamp(ctx context.Context, docs Corpus, settings string) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "%s\n", settings)
	add := func(id, hash string, version int) error {
		// Version 0 (stored before versions) adds nothing, so the stamps of
		// indexes built before versions existed still match their stores.
		if version == 0 {
			fmt.Fprintf(h, "%s\t%s\n", id, hash)
		} else {
			fmt.Fprintf(h, "%s\t%s\t%d\n", id, hash, version)
		}
		return nil
	}
	if err := eachHash(ctx, docs, add); err != nil {
		return "", fmt.Errorf("fingerprint the document store: %w", err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// hashLister is a Corpus that lists its documents' IDs, content hashes and
// extraction versions without decoding them (docstore.Store): at 17k
// judgments, decoding took ~45 s of a Postgres load, to fingerprint the
// store before writing it.
type hashLister interface {
	EachHash(ctx context.Context, fn func(id, hash string, version int) error) error
}

// eachHash calls fn with every document's ID, content hash and extraction
// version, without decoding documents when docs is a hashLister.
func eachHash(ctx context.Context, docs Corpus, fn func(id, hash string, version int) error) error {
	if hl, ok := docs.(hashLister); ok {
		return hl.EachHash(ctx, fn)
	}
	return docs.Each(ctx, func(d *corpus.Document) error { return fn(d.ID, d.ContentHash, d.ExtractVersion) })
}

func stampPath(dir string) string { return filepath.Join(dir, "stamp") }

// upToDate reports whether dir holds a complete index folder built under
// stamp s.
func upToDate(dir, s string) bool {
	b, err := os.ReadFile(stampPath(dir))
	if err != nil || !bytes.Equal(bytes.TrimSpace(b), []byte(s)) {
		return false
	}
	for _, p := range []string{VocabularyPath(dir), CasesPath(dir), CardsPath(dir), FactsPath(dir)} {
		if _, err := os.Stat(p); err != nil {
			return false
		}
	}
	return true
}

// StoreStamp records which build a search store holds. Index clears it
// before writing to the store and sets it once every document is written,
// so an interrupted run is never taken for a complete one. A store that
// lives apart from the index folder keeps its own (pgstore.Store, in its
// database); any other gets a file in the folder (storeStampFile).
type StoreStamp interface {
	IndexStamp(ctx context.Context) (string, error) // "" when none
	SetIndexStamp(ctx context.Context, stamp string) error
}

// storeStampOf returns the stamp record of store, whose index folder is dir.
func storeStampOf(store retrieval.Store, dir string) StoreStamp {
	if s, ok := store.(StoreStamp); ok {
		return s
	}
	return storeStampFile(filepath.Join(dir, "store.stamp"))
}

// storeStampFile is the stamp of a store kept inside the index folder
// (the embedded store).
type storeStampFile string

func (f storeStampFile) IndexStamp(context.Context) (string, error) {
	b, err := os.ReadFile(string(f))
	if errors.Is(err, os.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("store stamp: %w", err)
	}
	return strings.TrimSpace(string(b)), nil
}

func (f storeStampFile) SetIndexStamp(_ context.Context, s string) error {
	if s != "" {
		return writeAtomic(string(f), []byte(s+"\n"))
	}
	if err := os.Remove(string(f)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("store stamp: %w", err)
	}
	return nil
}

// CheckStore reports an error when store does not hold the build of the
// index folder dir: never indexed, interrupted, or built with another
// embedder (say the folder was rebuilt for the other store since). The
// engine would still answer, but from vectors the folder's embedder did
// not make, or from no documents at all.
func CheckStore(ctx context.Context, dir string, store retrieval.Store) error {
	b, err := os.ReadFile(stampPath(dir))
	if err != nil {
		return fmt.Errorf("索引目录 %s 没有完整的索引（请运行 leian index）：%w", dir, err)
	}
	held, err := storeStampOf(store, dir).IndexStamp(ctx)
	if err != nil {
		return err
	}
	if held != strings.TrimSpace(string(b)) {
		return fmt.Errorf("检索库与索引目录 %s 的版本不一致：请以当前的 LEIAN_STORE 运行 leian index", dir)
	}
	return nil
}
