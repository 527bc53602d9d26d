// Package jsonl reads JSON Lines files, gzipped or not, one line at a
// time, naming the file and line of anything that fails.
package jsonl

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"
)

// Each calls fn with each non-blank line of a JSONL file and its line
// number (1-based, blank lines counted), gunzipping a file whose name ends
// in .gz. An error from fn stops the read and comes back naming the file
// and line.
func Each(path string, fn func(ln int, line []byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return fmt.Errorf("read %s: %w", path, err)
		}
		defer gz.Close()
		r = gz
	}
	sc := bufio.NewScanner(r)
	// LeCaRD's candidate judgments run to tens of megabytes on one line.
	sc.Buffer(make([]byte, 1<<20), 256<<20)
	for ln := 1; sc.Scan(); ln++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		if err := fn(ln, sc.Bytes()); err != nil {
			return fmt.Errorf("%s line %d: %w", path, ln, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}
