package casereport

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// validID is what newID writes; anything else never reaches a file path.
var validID = regexp.MustCompile(`^[0-9]{8}-[0-9a-f]{12}$`)

// Dir stores reports as one JSON file each in a folder (LEIAN_HOME/reports),
// the embedded deployment's store. Files are owner-only: reports hold facts.
type Dir struct {
	Path string
}

// Save writes r atomically: a crash leaves the old file or the new one.
func (d Dir) Save(_ context.Context, r *Report) error {
	if !validID.MatchString(r.ID) {
		return fmt.Errorf("save report %q: malformed id", r.ID)
	}
	if err := os.MkdirAll(d.Path, 0o700); err != nil {
		return fmt.Errorf("report folder %s: %w", d.Path, err)
	}
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("encode report %s: %w", r.ID, err)
	}
	tmp, err := os.CreateTemp(d.Path, ".tmp-*")
	if err != nil {
		return fmt.Errorf("save report %s: %w", r.ID, err)
	}
	defer os.Remove(tmp.Name()) // gone after the rename; cleans up a failed write
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return fmt.Errorf("save report %s: %w", r.ID, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("save report %s: %w", r.ID, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("save report %s: %w", r.ID, err)
	}
	if err := os.Rename(tmp.Name(), d.file(r.ID)); err != nil {
		return fmt.Errorf("save report %s: %w", r.ID, err)
	}
	return nil
}

func (d Dir) file(id string) string { return filepath.Join(d.Path, id+".json") }

// Get reads one report; an unknown or malformed id wraps ErrNotFound.
func (d Dir) Get(_ context.Context, id string) (*Report, error) {
	if !validID.MatchString(id) {
		return nil, fmt.Errorf("report %q: %w", id, ErrNotFound)
	}
	b, err := os.ReadFile(d.file(id))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("report %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("report %s: %w", id, err)
	}
	var r Report
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("report file %s: %w", d.file(id), err)
	}
	return &r, nil
}

// List returns the reports author filed (every report when author is ""),
// newest first.
func (d Dir) List(ctx context.Context, author string) ([]*Report, error) {
	entries, err := os.ReadDir(d.Path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("report folder %s: %w", d.Path, err)
	}
	var out []*Report
	for _, e := range entries {
		id, ok := strings.CutSuffix(e.Name(), ".json")
		if !ok || !validID.MatchString(id) {
			continue
		}
		r, err := d.Get(ctx, id)
		if err != nil {
			return nil, err
		}
		if author == "" || r.Author == author {
			out = append(out, r)
		}
	}
	newestFirst(out)
	return out, nil
}

func newestFirst(rs []*Report) {
	slices.SortStableFunc(rs, func(a, b *Report) int {
		if c := b.Created.Compare(a.Created); c != 0 {
			return c
		}
		return strings.Compare(b.ID, a.ID)
	})
}
