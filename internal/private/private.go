// Package private keeps Leian's data folder owner-only: judgments, facts
// text, vectors and tokens are readable by the service's user alone.
package private

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Restrict removes group and other permissions from root and everything
// under it, for files that libraries created with looser modes and for
// data folders written by older versions. Symbolic links are left alone.
func Restrict(root string) error {
	if _, err := os.Lstat(root); errors.Is(err, fs.ErrNotExist) {
		return nil // nothing written yet
	}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type()&fs.ModeSymlink != 0 {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		if perm := info.Mode().Perm(); perm&0o077 != 0 {
			return os.Chmod(path, perm&^0o077)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("restrict permissions under %s: %w", root, err)
	}
	return nil
}
