package embedded

import (
	"context"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"

	"leian/retrieval"
)

// Upsert implements retrieval.Store: one bleve batch for all docs, and one
// vector file rewrite when any vector changes (see recoverVectors for why
// a crash cannot leave the two disagreeing). When docs repeat an ID the
// last one wins.
func (s *Store) Upsert(ctx context.Context, docs []retrieval.Doc) error {
	if len(docs) == 0 {
		return nil
	}
	for i, d := range docs {
		if d.ID == "" {
			return fmt.Errorf("upsert doc %d: empty ID: %w", i, retrieval.ErrInvalid)
		}
	}
	return s.write(ctx, docs, nil)
}

// Delete implements retrieval.Store.
func (s *Store) Delete(ctx context.Context, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	return s.write(ctx, nil, ids)
}

func (s *Store) write(ctx context.Context, docs []retrieval.Doc, del []string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return err
	}
	cur := s.vecs.Load()
	next, changed, err := cur.apply(docs, del)
	if err != nil {
		return fmt.Errorf("embedded store %s: %w", s.dir, err)
	}
	b := s.idx.NewBatch()
	for _, d := range docs {
		if err := b.Index(d.ID, indexDoc(d)); err != nil {
			return fmt.Errorf("index doc %s: %w", d.ID, err)
		}
	}
	for _, id := range del {
		b.Delete(id)
	}
	nextPath := filepath.Join(s.dir, vecNextFile)
	if changed {
		next.gen = cur.gen + 1
		if err := writeVectors(nextPath, next); err != nil {
			return err
		}
		b.SetInternal([]byte(genKey), binaryGen(next.gen))
	}
	// A search between the batch and the swap may cache a frequency of the
	// old index; replacing the cache after the batch drops it.
	defer s.freq.Store(newFrequencies())
	if err := s.idx.Batch(b); err != nil {
		if changed {
			os.Remove(nextPath) // aborted: the index still records cur.gen
		}
		return fmt.Errorf("embedded store %s: apply batch of %d docs, %d deletions: %w", s.dir, len(docs), len(del), err)
	}
	if changed {
		// Committed: from here a crash or a failed rename is finished by
		// recoverVectors on the next Open.
		s.vecs.Store(next)
		return renameSynced(nextPath, filepath.Join(s.dir, vecFile))
	}
	return nil
}

// binaryGen encodes a generation as the bleve internal value of genKey.
func binaryGen(gen uint64) []byte { return binary.LittleEndian.AppendUint64(nil, gen) }
