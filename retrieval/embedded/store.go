// Package embedded is Leian's default search store: a bleve (scorch) index of
// judgment texts and filter columns beside a flat file of their vectors.
package embedded

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"leian/internal/private"
	"leian/retrieval"
	"leian/retrieval/analysis"
)

// Files and keys inside the store's folder.
const (
	bleveDir    = "bleve"
	vecFile     = "vectors.bin"
	vecNextFile = "vectors.next"
	genKey      = "leian.vectors.gen"
)

// Options configure Open.
type Options struct {
	// Dim fixes the vector dimension of a new store; 0 takes it from the
	// first vector stored. A reopened store keeps its dimension.
	Dim int
	// Workers is how many goroutines share a large Nearest scan; 0 means GOMAXPROCS.
	Workers int
	// ReadOnly opens an existing store for searching only, with a shared
	// lock: the server and read-only commands (search, similar, bench)
	// then open it side by side. Writes fail.
	ReadOnly bool
}

// Store is the embedded retrieval.Store. It is safe for concurrent use;
// writes are serialised.
type Store struct {
	dir      string
	idx      bleve.Index
	workers  int
	readOnly bool
	mu       sync.Mutex // serialises Upsert and Delete
	vecs     atomic.Pointer[vectors]
	freq     atomic.Pointer[frequencies] // replaced by every write

	wordsMu   sync.Mutex
	words     [8]cutText // the last texts Lexical cut, see queryWords
	wordsNext int
}

var _ retrieval.Store = (*Store)(nil)

// Open opens the store in dir (e.g. $LEIAN_HOME/index/embedded), creating
// it when dir holds none, and finishes any write a crash interrupted.
func Open(ctx context.Context, dir string, opt Options) (*Store, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := analysis.Load(); err != nil {
		return nil, fmt.Errorf("open embedded store %s: %w", dir, err)
	}
	var idx bleve.Index
	var err error
	if opt.ReadOnly {
		idx, err = openReadOnly(filepath.Join(dir, bleveDir))
	} else {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("open embedded store: %w", err)
		}
		idx, err = openIndex(filepath.Join(dir, bleveDir))
	}
	if err != nil {
		return nil, err
	}
	s := &Store{dir: dir, idx: idx, workers: opt.Workers, readOnly: opt.ReadOnly}
	if s.workers <= 0 {
		s.workers = runtime.GOMAXPROCS(0)
	}
	v, err := s.recoverVectors(opt.Dim)
	if err != nil {
		idx.Close()
		return nil, err
	}
	if opt.Dim != 0 && v.dim != 0 && v.dim != opt.Dim {
		idx.Close()
		return nil, fmt.Errorf("embedded store %s has dimension %d, Options.Dim is %d", dir, v.dim, opt.Dim)
	}
	s.vecs.Store(v)
	s.freq.Store(newFrequencies())
	return s, nil
}

// openReadOnly opens an existing bleve index for reading, sharing its lock.
func openReadOnly(path string) (bleve.Index, error) {
	if err := analysis.Register(); err != nil {
		return nil, err
	}
	idx, err := bleve.OpenUsing(path, map[string]any{"read_only": true})
	if err != nil {
		return nil, fmt.Errorf("open bleve index %s read-only: %w", path, err)
	}
	return idx, nil
}

func openIndex(path string) (bleve.Index, error) {
	if err := analysis.Register(); err != nil {
		return nil, err
	}
	idx, err := bleve.Open(path)
	if err == nil {
		return idx, nil
	}
	if !errors.Is(err, bleve.ErrorIndexPathDoesNotExist) {
		return nil, fmt.Errorf("open bleve index %s: %w", path, err)
	}
	im, err := newMapping()
	if err != nil {
		return nil, err
	}
	idx, err = bleve.New(path, im)
	if err != nil {
		return nil, fmt.Errorf("create bleve index %s: %w", path, err)
	}
	// bleve writes index_meta.json group- and world-readable.
	if err := private.Restrict(path); err != nil {
		idx.Close()
		return nil, err
	}
	return idx, nil
}

// recoverVectors loads the vector table that matches the bleve index's
// generation. Writes go: vectors.next (generation g+1) → bleve batch that
// records g+1 → rename vectors.next to vectors.bin; the bleve batch is the
// commit point. A vectors.next whose generation bleve recorded was committed
// and is renamed in; any other vectors.next is an aborted write and removed.
func (s *Store) recoverVectors(dim int) (*vectors, error) {
	gen, err := s.generation()
	if err != nil {
		return nil, err
	}
	cur, next := filepath.Join(s.dir, vecFile), filepath.Join(s.dir, vecNextFile)
	if s.readOnly {
		// A writer's commit may not have renamed its vectors yet: read
		// whichever file holds the index's generation, and change nothing.
		if nv, err := readVectors(next); err == nil && nv.gen == gen {
			return nv, nil
		}
		v, err := readVectors(cur)
		if err != nil {
			return nil, fmt.Errorf("embedded store %s (generation %d): %w", s.dir, gen, err)
		}
		if v.gen != gen {
			return nil, fmt.Errorf("embedded store %s: vectors at generation %d, index at %d", s.dir, v.gen, gen)
		}
		return v, nil
	}
	if nv, err := readVectors(next); err == nil && nv.gen == gen {
		if err := renameSynced(next, cur); err != nil {
			return nil, err
		}
	} else if err := os.Remove(next); err != nil && !errNoFile(err) {
		return nil, fmt.Errorf("remove aborted %s: %w", next, err)
	}
	v, err := readVectors(cur)
	switch {
	case errNoFile(err) && gen == 0:
		return newVectors(dim), nil
	case err != nil:
		return nil, fmt.Errorf("embedded store %s (generation %d): %w", s.dir, gen, err)
	case v.gen != gen:
		return nil, fmt.Errorf("embedded store %s: vectors at generation %d, index at %d", s.dir, v.gen, gen)
	}
	return v, nil
}

func (s *Store) generation() (uint64, error) {
	b, err := s.idx.GetInternal([]byte(genKey))
	if err != nil {
		return 0, fmt.Errorf("read %s from bleve index: %w", genKey, err)
	}
	if len(b) == 0 {
		return 0, nil
	}
	if len(b) != 8 {
		return 0, fmt.Errorf("bleve index %s is %d bytes, want 8", genKey, len(b))
	}
	return binary.LittleEndian.Uint64(b), nil
}

// Count implements retrieval.Store.
func (s *Store) Count(ctx context.Context) (int, error) {
	n, err := s.idx.DocCount()
	if err != nil {
		return 0, fmt.Errorf("count embedded store %s: %w", s.dir, err)
	}
	return int(n), ctx.Err()
}

// Dim returns the vector dimension, 0 while no vector has been stored.
func (s *Store) Dim() int { return s.vecs.Load().dim }

// Close implements retrieval.Store.
func (s *Store) Close() error {
	if err := s.idx.Close(); err != nil {
		return fmt.Errorf("close embedded store %s: %w", s.dir, err)
	}
	return nil
}

// Compact merges the index into one segment. A search looks each query
// term up in every segment, so a freshly written index of a dozen segments
// answers several times slower than a merged one; Index calls this once
// every document is written.
func (s *Store) Compact(ctx context.Context) error {
	ix, err := s.idx.Advanced()
	if err != nil {
		return fmt.Errorf("compact embedded store %s: %w", s.dir, err)
	}
	sc, ok := ix.(*scorch.Scorch)
	if !ok {
		return nil
	}
	if err := sc.ForceMerge(ctx, nil); err != nil {
		return fmt.Errorf("compact embedded store %s: %w", s.dir, err)
	}
	return nil
}

// IDs lists every indexed document, so that indexing can remove those the
// document store no longer holds.
func (s *Store) IDs(ctx context.Context) ([]string, error) {
	r, err := s.reader()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	all, err := r.DocIDReaderAll()
	if err != nil {
		return nil, fmt.Errorf("list documents of %s: %w", s.dir, err)
	}
	defer all.Close()
	var ids []string
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		in, err := all.Next()
		if err != nil {
			return nil, fmt.Errorf("list documents of %s: %w", s.dir, err)
		}
		if in == nil {
			return ids, nil
		}
		id, err := r.ExternalID(in)
		if err != nil {
			return nil, fmt.Errorf("list documents of %s: %w", s.dir, err)
		}
		ids = append(ids, id)
	}
}
