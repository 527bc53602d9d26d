// Package docstore keeps ingested judgments on local disk, crash-safe and
// idempotent: one record per document, keyed by its Leian ID.
package docstore

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"leian/corpus"
)

// ErrNotFound is returned by Get for an unknown ID.
var ErrNotFound = errors.New("document not found")

// Buckets. docs holds the documents; refs, hashes and summary are indexes
// kept in the same transaction as the document, so they never disagree.
var (
	bucketDocs    = []byte("docs")    // id → gzip'd JSON of corpus.Document
	bucketRefs    = []byte("refs")    // source \x00 source id (or "#"+hash) → id \x00 hash
	bucketHashes  = []byte("hashes")  // content hash \x00 id → nothing
	bucketSummary = []byte("summary") // id → hash \x00 case type \x00 sources (comma-separated)
	// versions: id → extraction version (decimal), absent for version 0,
	// so a store written before versions existed reads as version 0.
	bucketVersions = []byte("versions")
)

// Store is the embedded document store, one bbolt file.
type Store struct {
	db *bolt.DB
}

// Open opens (creating if needed) the store at path, the database file
// (conventionally LEIAN_HOME/docs.db).
func Open(path string) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("docstore %s: %w", path, err)
	}
	// The timeout turns "another leian holds the file" into an error instead of a hang.
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 5 * time.Second, NoFreelistSync: true, FreelistType: bolt.FreelistMapType})
	if err != nil {
		return nil, lockError(path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketDocs, bucketRefs, bucketHashes, bucketSummary, bucketVersions} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("docstore init %s: %w", path, err)
	}
	return &Store{db: db}, nil
}

// OpenReadOnly opens an existing store for reading with a shared lock, so
// the server and read-only commands use it side by side; a writer (ingest,
// index) waits for them all to close it.
func OpenReadOnly(path string) (*Store, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("docstore %s: %w", path, err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: 5 * time.Second})
	if err != nil {
		return nil, lockError(path, err)
	}
	return &Store{db: db}, nil
}

// ErrLocked is a store another process holds for writing (or, for a
// writer, for reading).
var ErrLocked = errors.New("文书库被占用")

// lockError says plainly what to do when bbolt timed out on the file lock.
func lockError(path string, err error) error {
	if errors.Is(err, berrors.ErrTimeout) {
		return fmt.Errorf("文书库 %s 正被另一个 leian 进程使用（%w）。"+
			"leian serve、search、similar、doc 与 bench 以只读方式打开文书库，可以同时运行；"+
			"ingest 与 index 需要独占写入：请先停止 leian serve（或等待其他写入命令结束）再运行，完成后重新启动服务", path, ErrLocked)
	}
	return fmt.Errorf("docstore open %s: %w", path, err)
}

// Close releases the store.
func (s *Store) Close() error { return s.db.Close() }

// Path is the database file.
func (s *Store) Path() string { return s.db.Path() }

// View runs fn in a read-only transaction: a consistent snapshot.
func (s *Store) View(ctx context.Context, fn func(*Tx) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return s.db.View(func(tx *bolt.Tx) error { return fn(&Tx{tx: tx}) })
}

// Update runs fn in one read-write transaction: everything fn writes is
// committed together or not at all, so a crash never leaves half a batch.
func (s *Store) Update(ctx context.Context, fn func(*Tx) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error { return fn(&Tx{tx: tx}) })
}

// Get returns one document by ID, or an error wrapping ErrNotFound.
func (s *Store) Get(ctx context.Context, id string) (doc *corpus.Document, err error) {
	err = s.View(ctx, func(tx *Tx) error {
		doc, err = tx.Get(id)
		return err
	})
	return doc, err
}

// BySource returns the document a source record (source + its own id) was
// stored in, or an error wrapping ErrNotFound.
func (s *Store) BySource(ctx context.Context, source, sourceID string) (doc *corpus.Document, err error) {
	err = s.View(ctx, func(tx *Tx) error {
		doc, err = tx.BySource(source, sourceID)
		return err
	})
	return doc, err
}

// ByHash returns every document whose ContentHash is hash, in ID order.
func (s *Store) ByHash(ctx context.Context, hash string) (docs []*corpus.Document, err error) {
	err = s.View(ctx, func(tx *Tx) error {
		docs, err = tx.ByHash(hash)
		return err
	})
	return docs, err
}

// Put stores doc, replacing any document with the same ID.
func (s *Store) Put(ctx context.Context, doc *corpus.Document) error {
	return s.PutBatch(ctx, []*corpus.Document{doc})
}

// PutBatch stores docs in one transaction.
func (s *Store) PutBatch(ctx context.Context, docs []*corpus.Document) error {
	return s.Update(ctx, func(tx *Tx) error {
		for _, d := range docs {
			if err := tx.Put(d); err != nil {
				return err
			}
		}
		return nil
	})
}

// Each calls fn for every stored document in ID order, stopping at the first error.
func (s *Store) Each(ctx context.Context, fn func(*corpus.Document) error) error {
	return s.View(ctx, func(tx *Tx) error {
		c := tx.tx.Bucket(bucketDocs).Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			doc, err := decode(k, v)
			if err != nil {
				return err
			}
			if err := fn(doc); err != nil {
				return err
			}
		}
		return nil
	})
}

// EachHash calls fn with every stored document's ID, content hash and
// extraction version, in ID order (Each's), stopping at the first error.
// The hash and version come from the summary and version indexes, so no
// document is decompressed and decoded, which is most of the cost of Each;
// a document without a summary entry is decoded.
func (s *Store) EachHash(ctx context.Context, fn func(id, hash string, version int) error) error {
	return s.View(ctx, func(tx *Tx) error {
		sum := tx.tx.Bucket(bucketSummary)
		c := tx.tx.Bucket(bucketDocs).Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			hash, _, ok := strings.Cut(string(sum.Get(k)), "\x00")
			version, err := tx.Version(string(k))
			if err != nil {
				return err
			}
			if !ok {
				doc, err := decode(k, v)
				if err != nil {
					return err
				}
				hash, version = doc.ContentHash, doc.ExtractVersion
			}
			if err := fn(string(k), hash, version); err != nil {
				return err
			}
		}
		return nil
	})
}

// Count returns how many documents are stored.
func (s *Store) Count(ctx context.Context) (n int, err error) {
	err = s.View(ctx, func(tx *Tx) error {
		n = tx.tx.Bucket(bucketDocs).Stats().KeyN
		return nil
	})
	return n, err
}
