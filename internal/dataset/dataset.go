// Package dataset locates the real-data bundle for commands and tests:
// LEIAN_DATA when set, else ../shared/data beside the repository.
package dataset

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Dir returns the bundle folder: $LEIAN_DATA, else the first ../shared/data
// found walking up from the working directory.
func Dir() (string, error) {
	if d := os.Getenv("LEIAN_DATA"); d != "" {
		return check(d)
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("locate data bundle: %w", err)
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		cand := filepath.Join(dir, "..", "shared", "data")
		if _, err := os.Stat(filepath.Join(cand, "README.md")); err == nil {
			return filepath.Clean(cand), nil
		}
		if filepath.Dir(dir) == dir {
			return "", fmt.Errorf("real-data bundle not found: set LEIAN_DATA to the folder holding its README.md (looked for ../shared/data above %s)", wd)
		}
	}
}

func check(d string) (string, error) {
	if _, err := os.Stat(filepath.Join(d, "README.md")); err != nil {
		return "", fmt.Errorf("LEIAN_DATA=%q is not the real-data bundle (no README.md): %w", d, err)
	}
	return d, nil
}

// Path returns the bundle path of rel (e.g. "lecard/labels.json"), failing
// the test with a clear message when the bundle or the file is missing.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	d, err := Dir()
	if err != nil {
		tb.Fatal(err)
	}
	p := filepath.Join(d, rel)
	if _, err := os.Stat(p); err != nil {
		tb.Fatalf("data file %s missing from the bundle at %s: %v", rel, d, err)
	}
	return p
}

// Lines calls fn with each line of the bundle file rel (gunzipped when rel
// ends in .gz), numbered from 1, until fn returns false. Decoding errors
// and missing files fail the test.
func Lines(tb testing.TB, rel string, fn func(line int, b []byte) bool) {
	tb.Helper()
	f, err := os.Open(Path(tb, rel))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(rel, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			tb.Fatalf("%s: %v", rel, err)
		}
		defer zr.Close()
		r = zr
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		if !fn(line, sc.Bytes()) {
			return
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", rel, err)
	}
}
