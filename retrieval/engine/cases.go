package engine

import (
	"bytes"
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"leian/retrieval/elements"
)

// CasesPath is where Index keeps every document's compact elements.
func CasesPath(dir string) string { return filepath.Join(dir, "cases.gob") }

// saveCases writes the compact elements Index collected, so a push need not
// decode whole judgments from the document store to compare elements (that
// decoding was four fifths of a push's time).
func saveCases(dir string, cases map[string]elements.Case) error {
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(cases); err != nil {
		return fmt.Errorf("encode case elements: %w", err)
	}
	return writeAtomic(CasesPath(dir), b.Bytes())
}

// LoadCases reads the compact elements Index saved; an index built before
// they were saved gives an empty map, and elements then come from the
// document store.
func LoadCases(dir string) (map[string]elements.Case, error) {
	b, err := os.ReadFile(CasesPath(dir))
	if errors.Is(err, fs.ErrNotExist) {
		return map[string]elements.Case{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("case elements: %w", err)
	}
	var cases map[string]elements.Case
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&cases); err != nil {
		return nil, fmt.Errorf("case elements %s: %w", CasesPath(dir), err)
	}
	return cases, nil
}

// docCases serves candidates' elements: from the index's compact copy,
// else from the document store, remembering what it decoded.
type docCases struct {
	docs  Documents
	saved map[string]elements.Case // read-only after New
	seen  *sync.Map                // id → elements.Case decoded from docs
}

func (d docCases) Case(ctx context.Context, id string) (elements.Case, error) {
	if c, ok := d.saved[id]; ok {
		return c, nil
	}
	if c, ok := d.seen.Load(id); ok {
		return c.(elements.Case), nil
	}
	doc, err := d.docs.Get(ctx, id)
	if err != nil {
		return elements.Case{}, err
	}
	c := CaseOf(doc)
	d.seen.Store(id, c)
	return c, nil
}
