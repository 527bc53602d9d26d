package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"leian/corpus/parse"
	"leian/internal/dataset"
)

var updateDigest = flag.Bool("update", false, "record the extraction output's digest for the current Version in testdata/version.txt")

// versionFile records "Version digest": the version the digest was taken
// under and the SHA-256 of the sample's parsed and extracted output.
const versionFile = "testdata/version.txt"

// versionSample names the real documents the digest is taken over: the
// first lines of a few bundle files, full criminal judgments, CAIL2018 fact
// sections and civil judgments, so that a change to parsing, charges,
// penalties, amounts, circumstances or civil outcomes shows in it. Only the
// texts are read, never a label.
var versionSample = []struct {
	file  string
	lines int
	text  func(line []byte) (string, error)
}{
	{"lecard/candidates.jsonl.gz", 250, field("qw")},
	{"cail2018/cases.jsonl", 100, field("fact")},
	{"civil/cail2020_sfzy_train20.jsonl", 20, sentences},
}

// TestVersionDigest fails when the extraction output changed but Version did
// not: stores would then keep the old output as if it were current.
func TestVersionDigest(t *testing.T) {
	got := sampleDigest(t)
	if *updateDigest {
		line := fmt.Sprintf("%d %s\n", Version, got)
		if err := os.WriteFile(versionFile, []byte(line), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	b, err := os.ReadFile(versionFile)
	if err != nil {
		t.Fatalf("%v: record it with go test ./corpus/extract -run TestVersionDigest -update", err)
	}
	recVersion, recDigest, err := parseVersionLine(string(b))
	if err != nil {
		t.Fatalf("%s: %v", versionFile, err)
	}
	switch {
	case recVersion == Version && recDigest != got:
		t.Fatalf("extraction output changed: bump extract.Version (now %d) and update the digest "+
			"(go test ./corpus/extract -run TestVersionDigest -update)\nrecorded %s\ngot      %s", Version, recDigest, got)
	case recVersion != Version:
		t.Fatalf("extract.Version is %d but %s records the digest of version %d: "+
			"update the digest (go test ./corpus/extract -run TestVersionDigest -update)", Version, versionFile, recVersion)
	}
}

func TestParseVersionLine(t *testing.T) {
	tests := []struct {
		line    string
		version int
		digest  string
		bad     bool
	}{
		{line: "1 abc\n", version: 1, digest: "abc"},
		{line: "12 ff00", version: 12, digest: "ff00"},
		{line: "", bad: true},
		{line: "x abc", bad: true},
		{line: "3", bad: true},
	}
	for _, tt := range tests {
		v, d, err := parseVersionLine(tt.line)
		if (err != nil) != tt.bad || v != tt.version || d != tt.digest {
			t.Errorf("parseVersionLine(%q) = %d, %q, %v", tt.line, v, d, err)
		}
	}
}

func parseVersionLine(s string) (int, string, error) {
	f := strings.Fields(s)
	if len(f) != 2 {
		return 0, "", fmt.Errorf("want \"VERSION DIGEST\", got %q", s)
	}
	v, err := strconv.Atoi(f[0])
	if err != nil {
		return 0, "", fmt.Errorf("version %q: %w", f[0], err)
	}
	return v, f[1], nil
}

// sampleDigest parses and extracts every sample text, in order, and hashes
// the JSON of each structure and elements (JSON sorts map keys, so the
// digest is deterministic).
func sampleDigest(t *testing.T) string {
	t.Helper()
	h := sha256.New()
	n := 0
	for _, s := range versionSample {
		dataset.Lines(t, s.file, func(line int, b []byte) bool {
			text, err := s.text(b)
			if err != nil {
				t.Fatalf("%s:%d: %v", s.file, line, err)
			}
			st := parse.Parse(text)
			out, err := json.Marshal(struct {
				Structure *parse.Structure
				Elements  *Elements
			}{st, Extract(text, st)})
			if err != nil {
				t.Fatalf("%s:%d: %v", s.file, line, err)
			}
			fmt.Fprintf(h, "%s:%d\n%s\n", s.file, line, out)
			n++
			return line < s.lines
		})
	}
	if n < 300 {
		t.Fatalf("the sample holds %d documents: is the bundle complete?", n)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// field reads one string field of a JSON line.
func field(name string) func([]byte) (string, error) {
	return func(b []byte) (string, error) {
		var m map[string]json.RawMessage
		if err := json.Unmarshal(b, &m); err != nil {
			return "", err
		}
		var s string
		if err := json.Unmarshal(m[name], &s); err != nil {
			return "", fmt.Errorf("field %s: %w", name, err)
		}
		return s, nil
	}
}

// sentences joins a CAIL2020 summarisation record's sentences, as the
// civil tests read it.
func sentences(b []byte) (string, error) {
	var rec struct{ Text []struct{ Sentence string } }
	if err := json.Unmarshal(b, &rec); err != nil {
		return "", err
	}
	lines := make([]string, len(rec.Text))
	for i, s := range rec.Text {
		lines[i] = s.Sentence
	}
	return strings.Join(lines, "\n"), nil
}
