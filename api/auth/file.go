package auth

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// fileStamp identifies one version of the tokens file.
type fileStamp struct {
	mod  time.Time
	size int64
	ok   bool
}

// update rereads the file, applies fn and writes the result atomically with
// owner-only permissions.
func (t *Tokens) update(fn func([]record) ([]record, error)) error {
	if err := t.refresh(); err != nil {
		return err
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	rs, err := fn(append([]record(nil), t.records...))
	if err != nil {
		return err
	}
	data, err := json.MarshalIndent(tokensFile{Tokens: rs}, "", "  ")
	if err != nil {
		return fmt.Errorf("encode %s: %w", t.path, err)
	}
	if err := writeFileAtomic(t.path, append(data, '\n')); err != nil {
		return err
	}
	t.stamp = fileStamp{} // force the next refresh to read what was written
	return nil
}

func writeFileAtomic(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("create folder of %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tokens-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", tmp.Name(), err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("sync %s: %w", tmp.Name(), err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("close %s: %w", tmp.Name(), err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("replace %s: %w", path, err)
	}
	return nil
}

// refresh rereads the file when its size or modification time changed.
func (t *Tokens) refresh() error {
	st, err := os.Stat(t.path)
	var now fileStamp
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return fmt.Errorf("tokens file %s: %w", t.path, err)
	default:
		now = fileStamp{mod: st.ModTime(), size: st.Size(), ok: true}
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if now == t.stamp && now.ok {
		return nil
	}
	rs, hashes, err := load(t.path, now.ok)
	if err != nil {
		return err
	}
	t.stamp, t.records, t.hashes = now, rs, hashes
	return nil
}

func load(path string, exists bool) ([]record, [][]byte, error) {
	if !exists {
		return nil, nil, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("read tokens file: %w", err)
	}
	var f tokensFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, nil, fmt.Errorf("tokens file %s: %w", path, err)
	}
	hashes := make([][]byte, len(f.Tokens))
	for i, r := range f.Tokens {
		h, err := hex.DecodeString(r.SHA256)
		if err != nil || len(h) != sha256.Size {
			return nil, nil, fmt.Errorf("tokens file %s: record %d (id %q): field sha256 is not a hex SHA-256", path, i+1, r.TokenID)
		}
		if _, err := ParseRole(string(r.Role)); err != nil {
			return nil, nil, fmt.Errorf("tokens file %s: record %d (id %q): %w", path, i+1, r.TokenID, err)
		}
		hashes[i] = h
	}
	return f.Tokens, hashes, nil
}
