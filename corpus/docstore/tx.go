package docstore

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	bolt "go.etcd.io/bbolt"

	"leian/corpus"
)

// Tx is one transaction on the store; see Store.View and Store.Update.
// A read-write Tx sees its own writes.
type Tx struct {
	tx *bolt.Tx
}

// Get returns one document by ID, or an error wrapping ErrNotFound.
func (t *Tx) Get(id string) (*corpus.Document, error) {
	v := t.tx.Bucket(bucketDocs).Get([]byte(id))
	if v == nil {
		return nil, fmt.Errorf("document %q: %w", id, ErrNotFound)
	}
	return decode([]byte(id), v)
}

// BySource returns the document holding the record sourceID of source.
func (t *Tx) BySource(source, sourceID string) (*corpus.Document, error) {
	id, _, ok := t.Ref(source, sourceID, "")
	if !ok {
		return nil, fmt.Errorf("source %s record %q: %w", source, sourceID, ErrNotFound)
	}
	return t.Get(id)
}

// Ref looks up the document a source record was stored in without decoding
// it: the record is known by sourceID, or by its content hash when it has no
// id of its own. It returns the document's ID and current content hash.
func (t *Tx) Ref(source, sourceID, hash string) (id, docHash string, ok bool) {
	v := t.tx.Bucket(bucketRefs).Get(refKey(source, sourceID, hash))
	if v == nil {
		return "", "", false
	}
	id, docHash, _ = strings.Cut(string(v), "\x00")
	return id, docHash, true
}

// Version returns the extraction version document id was analysed with,
// from the version index: 0 when it has none (stored before versions were
// recorded, or unknown id). A store opened read-only that was written
// before versions existed has no version index at all.
func (t *Tx) Version(id string) (int, error) {
	b := t.tx.Bucket(bucketVersions)
	if b == nil {
		return 0, nil
	}
	v := b.Get([]byte(id))
	if v == nil {
		return 0, nil
	}
	n, err := strconv.Atoi(string(v))
	if err != nil {
		return 0, fmt.Errorf("docstore version of %q: %w", id, err)
	}
	return n, nil
}

// ByHash returns every document whose ContentHash is hash, in ID order.
func (t *Tx) ByHash(hash string) ([]*corpus.Document, error) {
	var docs []*corpus.Document
	prefix := []byte(hash + "\x00")
	c := t.tx.Bucket(bucketHashes).Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		d, err := t.Get(string(k[len(prefix):]))
		if err != nil {
			return nil, fmt.Errorf("hash index %s: %w", hash, err)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// Put stores doc with its indexes, replacing any document with the same ID.
func (t *Tx) Put(doc *corpus.Document) error {
	if doc.ID == "" {
		return errors.New("docstore put: document has no ID")
	}
	if doc.ContentHash == "" {
		return fmt.Errorf("docstore put %q: no content hash", doc.ID)
	}
	v, err := encode(doc)
	if err != nil {
		return fmt.Errorf("docstore put %q: %w", doc.ID, err)
	}
	id := []byte(doc.ID)
	sum := t.tx.Bucket(bucketSummary)
	if old := sum.Get(id); old != nil {
		oldHash, _, _ := strings.Cut(string(old), "\x00")
		if oldHash != doc.ContentHash {
			if err := t.tx.Bucket(bucketHashes).Delete([]byte(oldHash + "\x00" + doc.ID)); err != nil {
				return fmt.Errorf("docstore put %q: %w", doc.ID, err)
			}
		}
	}
	srcs := make([]string, 0, len(doc.Sources))
	for _, r := range doc.Sources {
		srcs = append(srcs, r.Source)
		ref := doc.ID + "\x00" + doc.ContentHash
		if err := t.tx.Bucket(bucketRefs).Put(refKey(r.Source, r.SourceID, doc.ContentHash), []byte(ref)); err != nil {
			return fmt.Errorf("docstore put %q: %w", doc.ID, err)
		}
	}
	summary := doc.ContentHash + "\x00" + string(doc.CaseType) + "\x00" + strings.Join(srcs, ",")
	for _, kv := range [][3][]byte{
		{bucketDocs, id, v},
		{bucketHashes, []byte(doc.ContentHash + "\x00" + doc.ID), nil},
		{bucketSummary, id, []byte(summary)},
	} {
		if err := t.tx.Bucket(kv[0]).Put(kv[1], kv[2]); err != nil {
			return fmt.Errorf("docstore put %q: %w", doc.ID, err)
		}
	}
	return t.putVersion(id, doc.ExtractVersion)
}

// putVersion records a document's extraction version beside it; version 0
// is the absence of an entry, as in a store written before versions.
func (t *Tx) putVersion(id []byte, version int) error {
	b := t.tx.Bucket(bucketVersions)
	var err error
	if version == 0 {
		err = b.Delete(id)
	} else {
		err = b.Put(id, []byte(strconv.Itoa(version)))
	}
	if err != nil {
		return fmt.Errorf("docstore put %q version: %w", id, err)
	}
	return nil
}

// refKey names a source record: by its own id, else by the content hash.
func refKey(source, sourceID, hash string) []byte {
	if sourceID == "" {
		sourceID = "#" + hash
	}
	return []byte(source + "\x00" + sourceID)
}

func encode(doc *corpus.Document) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	if err != nil {
		return nil, err
	}
	if err := json.NewEncoder(zw).Encode(doc); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func decode(id, v []byte) (*corpus.Document, error) {
	raw, err := gunzip(string(id), v)
	if err != nil {
		return nil, err
	}
	var doc corpus.Document
	if err := json.Unmarshal(raw, &doc); err != nil {
		return nil, fmt.Errorf("document %q: %w", id, err)
	}
	return &doc, nil
}
