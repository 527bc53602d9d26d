package docstore

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"leian/corpus"
)

// Stamp is a document's stored bytes as one transaction read them. A later
// transaction that finds the same bytes under the ID holds the same
// document, so a writer can use what a reader decoded instead of decoding
// it again (re-extraction reads every document in a worker and writes it
// in the writer: decoding it again there cost a tenth of its CPU).
type Stamp []byte

// GetUnanalysed returns document id without its analysis, with its stamp:
// Structure and Elements are nil, their JSON skipped rather than built,
// for a re-extraction, which reads the rest and replaces both. It returns
// an error wrapping ErrNotFound for an unknown ID.
func (t *Tx) GetUnanalysed(id string) (*corpus.Document, Stamp, error) {
	v := t.tx.Bucket(bucketDocs).Get([]byte(id))
	if v == nil {
		return nil, nil, fmt.Errorf("document %q: %w", id, ErrNotFound)
	}
	raw, err := gunzip(id, v)
	if err != nil {
		return nil, nil, err
	}
	var doc corpus.Document
	if err := json.Unmarshal(raw, &unanalysed{Document: &doc}); err != nil {
		return nil, nil, fmt.Errorf("document %q: %w", id, err)
	}
	// v lives in the database's memory map only while tx is open.
	return &doc, Stamp(bytes.Clone(v)), nil
}

// Unchanged reports whether document id is stored exactly as s was read.
func (t *Tx) Unchanged(id string, s Stamp) bool {
	v := t.tx.Bucket(bucketDocs).Get([]byte(id))
	return v != nil && bytes.Equal(v, s)
}

// unanalysed decodes a document but its structure and elements: the outer
// fields shadow the embedded document's of the same JSON names.
type unanalysed struct {
	*corpus.Document
	Structure *skipped `json:"structure,omitempty"`
	Elements  *skipped `json:"elements,omitempty"`
}

// skipped is a JSON value read past and not decoded.
type skipped struct{}

func (*skipped) UnmarshalJSON([]byte) error { return nil }

func gunzip(id string, v []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(v))
	if err != nil {
		return nil, fmt.Errorf("document %q: %w", id, err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("document %q: %w", id, err)
	}
	return raw, nil
}

// Older is a stored document analysed by an older extraction version.
type Older struct {
	ID    string
	Bytes int // its stored (compressed) size: a measure of the work to analyse it again
}

// OlderThan lists, in ID order, the documents analysed by an extraction
// version below version, from the indexes: nothing is decoded.
func (s *Store) OlderThan(ctx context.Context, version int) ([]Older, error) {
	var out []Older
	err := s.View(ctx, func(tx *Tx) error {
		c := tx.tx.Bucket(bucketDocs).Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			got, err := tx.Version(string(k))
			if err != nil {
				return err
			}
			if got < version {
				out = append(out, Older{ID: string(k), Bytes: len(v)})
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("documents older than extraction version %d: %w", version, err)
	}
	return out, nil
}
