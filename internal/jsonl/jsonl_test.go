package jsonl

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestEach(t *testing.T) {
	const text = "{\"a\":1}\n\n{\"a\":2}\n  \n{\"a\":3}\n"
	dir := t.TempDir()
	plain := filepath.Join(dir, "x.jsonl")
	if err := os.WriteFile(plain, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write([]byte(text))
	w.Close()
	zipped := filepath.Join(dir, "x.jsonl.gz")
	if err := os.WriteFile(zipped, gz.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	bad := errors.New("bad record")
	for _, tc := range []struct {
		name    string
		path    string
		failAt  int
		want    []int
		wantErr string
	}{
		{"plain, blank lines skipped but counted", plain, 0, []int{1, 3, 5}, ""},
		{"gzipped", zipped, 0, []int{1, 3, 5}, ""},
		{"a record's error names file and line", plain, 3, []int{1, 3}, "x.jsonl line 3: bad record"},
		{"missing file", filepath.Join(dir, "none.jsonl"), 0, nil, "none.jsonl"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []int
			err := Each(tc.path, func(ln int, _ []byte) error {
				got = append(got, ln)
				if ln == tc.failAt {
					return bad
				}
				return nil
			})
			if !slices.Equal(got, tc.want) {
				t.Errorf("lines %v, want %v", got, tc.want)
			}
			switch {
			case tc.wantErr == "" && err != nil:
				t.Errorf("error %v", err)
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Errorf("error %v, want one naming %q", err, tc.wantErr)
			}
		})
	}
}
