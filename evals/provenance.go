package evals

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
)

// hashFiles returns the SHA-256 of each file, in order, once per path.
func hashFiles(paths []string) ([]FileHash, error) {
	seen := make(map[string]bool)
	var out []FileHash
	for _, p := range paths {
		if seen[p] {
			continue
		}
		seen[p] = true
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("hash data file: %w", err)
		}
		h := sha256.New()
		_, err = io.Copy(h, f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("hash data file %s: %w", p, err)
		}
		out = append(out, FileHash{Path: p, SHA256: hex.EncodeToString(h.Sum(nil))})
	}
	return out, nil
}

// buildCommit is the commit the running binary was built from, as go
// build stamps it, marked "+dirty" when the tree had uncommitted changes.
func buildCommit() (string, bool) {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "", false
	}
	var rev, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "+dirty"
			}
		}
	}
	return rev + dirty, rev != ""
}

// gitCommit is the commit the code was built from: `git rev-parse HEAD`
// when git is installed, else read from .git above dir, else "unknown".
func gitCommit(ctx context.Context, dir string) string {
	cmd := exec.CommandContext(ctx, "git", "rev-parse", "HEAD")
	cmd.Dir = dir
	if out, err := cmd.Output(); err == nil {
		return strings.TrimSpace(string(out))
	}
	for d := dir; ; d = filepath.Dir(d) {
		if c, ok := readGitHead(filepath.Join(d, ".git")); ok {
			return c
		}
		if filepath.Dir(d) == d {
			return "unknown"
		}
	}
}

// readGitHead resolves HEAD in a .git folder through loose and packed refs.
func readGitHead(gitDir string) (string, bool) {
	head, err := os.ReadFile(filepath.Join(gitDir, "HEAD"))
	if err != nil {
		return "", false
	}
	ref, isRef := strings.CutPrefix(strings.TrimSpace(string(head)), "ref: ")
	if !isRef {
		return ref, ref != ""
	}
	if b, err := os.ReadFile(filepath.Join(gitDir, filepath.FromSlash(ref))); err == nil {
		return strings.TrimSpace(string(b)), true
	}
	packed, err := os.ReadFile(filepath.Join(gitDir, "packed-refs"))
	if err != nil {
		return "", false
	}
	for line := range bytes.Lines(packed) {
		if hash, name, ok := strings.Cut(strings.TrimSpace(string(line)), " "); ok && name == ref {
			return hash, true
		}
	}
	return "", false
}

func fileExists(path string) bool {
	st, err := os.Stat(path)
	return err == nil && !st.IsDir()
}
