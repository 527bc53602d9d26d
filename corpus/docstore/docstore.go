// Package docstore keeps ingested judgments on local disk, crash-safe and
// idempotent: one record per document, keyed by its Leian ID.
package docstore

import (
	"context"
	"errors"

	"leian/corpus"
)

// ErrNotFound is returned by Get for an unknown ID.
var ErrNotFound = errors.New("document not found")

// Store is the embedded document store. CONTRACT STUB: the ingest work replaces the body.
type Store struct{}

// Open opens (creating if needed) the store at path.
func Open(path string) (*Store, error) { return nil, errors.New("docstore: not implemented") }

// Close releases the store.
func (s *Store) Close() error { return nil }

// Get returns one document by ID, or an error wrapping ErrNotFound.
func (s *Store) Get(ctx context.Context, id string) (*corpus.Document, error) {
	return nil, ErrNotFound
}

// Each calls fn for every stored document in ID order, stopping at the first error.
func (s *Store) Each(ctx context.Context, fn func(*corpus.Document) error) error { return nil }

// Count returns how many documents are stored.
func (s *Store) Count(ctx context.Context) (int, error) { return 0, nil }
