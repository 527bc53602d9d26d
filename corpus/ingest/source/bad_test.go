package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"leian/internal/dataset"
)

// headLines returns the first n lines of a bundle file, newline included.
func headLines(t *testing.T, rel string, n int) [][]byte {
	t.Helper()
	f, err := os.Open(dataset.Path(t, rel))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	var out [][]byte
	for len(out) < n {
		ln, err := r.ReadBytes('\n')
		if err != nil {
			t.Fatalf("%s has fewer than %d lines: %v", rel, n, err)
		}
		out = append(out, ln)
	}
	return out
}

func writeFile(t *testing.T, name string, parts ...[]byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, bytes.Join(parts, nil), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestBadRecordsAreReportedAndSkipped(t *testing.T) {
	lines := headLines(t, "cail2018/cases.jsonl", 3)
	torn := lines[2][:len(lines[2])/2]
	big := []byte(`{"id": "big", "text": "` + strings.Repeat("审", 50<<20/3) + "\"}\n")
	tests := []struct {
		name   string
		file   string
		format Format
		parts  [][]byte
		want   int    // records kept
		reason Reason // the one problem expected
		line   int
		field  string
	}{
		{"malformed line", "c.jsonl", FormatCAIL2018, [][]byte{lines[0], []byte("{\"fact\": \"x\", \n"), lines[1]}, 2, ReasonMalformed, 2, ""},
		{"torn final line", "c.jsonl", FormatCAIL2018, [][]byte{lines[0], lines[1], torn}, 2, ReasonTorn, 3, ""},
		{"wrong field type", "c.jsonl", FormatCAIL2018, [][]byte{[]byte(`{"fact": 7, "meta": {}}` + "\n"), lines[0]}, 1, ReasonMalformed, 1, "fact"},
		{"missing field", "c.jsonl", FormatCAIL2018, [][]byte{[]byte(`{"meta": {}}` + "\n"), lines[0]}, 1, ReasonMissing, 1, "fact"},
		{"empty document", "own.jsonl", FormatJSONL, [][]byte{[]byte(`{"id": "e", "text": "  "}` + "\n"), []byte(`{"id": "ok", "text": "本院认为"}` + "\n")}, 1, ReasonEmpty, 1, "text"},
		{"50 MB document", "own.jsonl", FormatJSONL, [][]byte{big, []byte(`{"id": "ok", "text": "本院认为"}` + "\n")}, 1, ReasonOversize, 1, ""},
		{"invalid UTF-8 line", "own.jsonl", FormatJSONL, [][]byte{[]byte("{\"text\": \"\xff\xfe\"}\n"), []byte(`{"text": "本院认为"}` + "\n")}, 1, ReasonEncoding, 1, ""},
		{"unknown field", "own.jsonl", FormatJSONL, [][]byte{[]byte(`{"txt": "本院认为"}` + "\n")}, 0, ReasonMalformed, 1, "txt"},
		{"empty text file", "a.txt", FormatText, [][]byte{[]byte(" \n\n")}, 0, ReasonEmpty, 0, "text"},
		{"50 MB text file", "a.txt", FormatText, [][]byte{bytes.Repeat([]byte("审"), 50<<20/3)}, 0, ReasonOversize, 0, "text"},
		{"bytes neither UTF-8 nor GBK", "a.txt", FormatText, [][]byte{[]byte("本院认为\n\xc4\xe3\xff\x30\n")}, 0, ReasonEncoding, 2, "text"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := writeFile(t, tc.file, tc.parts...)
			recs, probs := readN(t, path, tc.format, Options{}, 100)
			if len(recs) != tc.want || len(probs) != 1 {
				t.Fatalf("kept %d records and %d problems %v; want %d and 1", len(recs), len(probs), probs, tc.want)
			}
			p := probs[0]
			if p.Reason != tc.reason || p.Line != tc.line || p.Field != tc.field || p.File != path {
				t.Errorf("problem = %v (reason %s line %d field %q); want %s line %d field %q",
					p, p.Reason, p.Line, p.Field, tc.reason, tc.line, tc.field)
			}
		})
	}
}

func TestGBKText(t *testing.T) {
	recs, _ := readN(t, dataset.Path(t, "judge/judge.jsonl"), FormatJuDGE, Options{}, 1)
	want := recs[0].Text
	gbk, err := simplifiedchinese.GB18030.NewEncoder().String(want)
	if err != nil {
		t.Fatal(err)
	}
	path := writeFile(t, "judgment.txt", []byte(gbk))
	got, probs := readN(t, path, FormatAuto, Options{}, 1)
	if len(probs) > 0 || len(got) != 1 {
		t.Fatalf("read %d records, problems %v", len(got), probs)
	}
	if got[0].Text != want || got[0].Source != "txt" {
		t.Errorf("GBK text decoded to %d bytes from %s, want the original %d bytes", len(got[0].Text), got[0].Source, len(want))
	}
}

func TestOwnSchema(t *testing.T) {
	line := `{"id": "2024-17", "source": "court-a", "title": "某某盗窃一审刑事判决书", "case_type": "criminal",` +
		` "text": "本院认为，被告人…", "sections": {"reasoning": "本院认为，被告人…"},` +
		` "labels": {"charges": ["盗窃罪"], "articles": [264], "term_months": 6}}` + "\n"
	recs, probs := readN(t, writeFile(t, "in.jsonl", []byte(line)), FormatAuto, Options{}, 10)
	if len(probs) > 0 || len(recs) != 1 {
		t.Fatalf("read %d records, problems %v", len(recs), probs)
	}
	r := recs[0]
	if r.Source != "court-a" || r.SourceID != "2024-17" || r.Labels.Source != "court-a" || *r.Labels.TermMonths != 6 ||
		r.Sections["reasoning"] == "" || r.CaseType != "criminal" {
		t.Errorf("record = %+v labels %+v", r, r.Labels)
	}
}

func TestSingleJSONRecord(t *testing.T) {
	lines := headLines(t, "judge/judge.jsonl", 1)
	var v map[string]any
	if err := json.Unmarshal(lines[0], &v); err != nil {
		t.Fatal(err)
	}
	pretty, _ := json.MarshalIndent(v, "", "  ")
	path := writeFile(t, "one.json", pretty)
	if f, err := Detect(path); err != nil || f != FormatJuDGE {
		t.Errorf("Detect = %q, %v; want judge", f, err)
	}
	recs, probs := readN(t, path, FormatAuto, Options{}, 10)
	if len(probs) > 0 || len(recs) != 1 || recs[0].Source != "judge" || recs[0].Line != 1 {
		t.Fatalf("read %d records (%+v), problems %v", len(recs), recs, probs)
	}
}
