package show

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"leian/corpus/docstore"
	"leian/corpus/ingest"
	"leian/corpus/ingest/source"
	"leian/internal/dataset"
	"leian/internal/textwidth"
)

func TestCellWidth(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"", 0}, {"lecard", 6}, {"刑事", 4}, {"合计 12", 7}, {"（ＡＢ）", 8},
	}
	for _, tc := range tests {
		if got := textwidth.Of(tc.s); got != tc.want {
			t.Errorf("textwidth.Of(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}

func TestTableAlignsWideText(t *testing.T) {
	tb := Table{Header: []string{"来源", "文档数"}}
	tb.Add("lecard", 8887)
	tb.Add("刑事案件", 1)
	var buf bytes.Buffer
	if _, err := tb.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	col := -1
	for _, ln := range []string{lines[0], lines[2], lines[3]} {
		before, _, _ := strings.Cut(ln, strings.Fields(ln)[1])
		if w := textwidth.Of(before); col >= 0 && w != col {
			t.Errorf("second column starts at %d in %q, want %d", w, ln, col)
		} else {
			col = w
		}
	}
}

func TestDocumentLayout(t *testing.T) {
	var rec *source.Record
	stop := errors.New("stop")
	err := source.Read(context.Background(), dataset.Path(t, "lecard/candidates.jsonl.gz"), source.FormatLeCaRD, source.Options{},
		func(e source.Entry) error { rec = e.Record; return stop })
	if !errors.Is(err, stop) || rec == nil {
		t.Fatalf("read first LeCaRD record: %v", err)
	}
	d, err := ingest.Prepare(rec)
	if err != nil {
		t.Fatal(err)
	}
	d.ID = "lecard:8"
	var buf bytes.Buffer
	if err := Document(&buf, d, false); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"文档：lecard:8", "案件类型：刑事", "来源：", "  lecard  8  ", "来源标注：", "[lecard]", "解析结构：", "抽取要素：", "正文（开头）："} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("layout lacks %q:\n%s", want, buf.String())
		}
	}
}

func TestSummaryNamesRejections(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(bad, []byte("{\"text\": \"本院认为\"}\n{broken\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	st, err := docstore.Open(filepath.Join(dir, "docs.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	sum, err := ingest.Run(context.Background(), st, []source.File{{Path: bad}}, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Summary(&buf, sum); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"本次导入", "jsonl", "文档库（共 1 篇）", "拒收记录", "malformed-json", bad + ":2:"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, buf.String())
		}
	}
}

// TestSummarySaysReextracted: a run under a newer extraction version counts
// the re-extracted documents, those whose file it did not read among them
// (the sweep reached them), and says the index needs rebuilding.
func TestSummarySaysReextracted(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl")
	for path, text := range map[string]string{a: "被告人张某盗窃一案。本院认为，被告人张某构成盗窃罪。", b: "原告李某诉被告王某民间借贷纠纷一案。"} {
		if err := os.WriteFile(path, []byte(`{"text": "`+text+`"}`+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	st, err := docstore.Open(filepath.Join(dir, "docs.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	tests := []struct {
		files   []string
		version int
		want    []string
		not     []string
	}{
		{[]string{a, b}, 1, nil, []string{"抽取规则已更新", "旧版抽取结果"}},
		{[]string{a}, 2, []string{"重新抽取", "抽取规则已更新（版本 2）：重新解析并抽取了 2 篇", "其中 1 篇的来源文件本次未读取", "leian index"}, []string{"旧版抽取结果"}},
		{[]string{a, b}, 2, nil, []string{"抽取规则已更新", "旧版抽取结果"}},
		{nil, 3, []string{"重新解析并抽取了 2 篇", "其中 2 篇的来源文件本次未读取"}, []string{"旧版抽取结果"}},
	}
	for i, tt := range tests {
		var files []source.File
		for _, f := range tt.files {
			files = append(files, source.File{Path: f})
		}
		sum, err := ingest.Run(context.Background(), st, files, ingest.Options{ExtractVersion: tt.version})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := Summary(&buf, sum); err != nil {
			t.Fatal(err)
		}
		for _, want := range tt.want {
			if !strings.Contains(buf.String(), want) {
				t.Errorf("run %d: summary lacks %q:\n%s", i+1, want, buf.String())
			}
		}
		for _, not := range tt.not {
			if strings.Contains(buf.String(), not) {
				t.Errorf("run %d: summary says %q:\n%s", i+1, not, buf.String())
			}
		}
	}
}

// TestSummaryNamesSweepFailures: documents the new extractor failed on
// are counted as still older, with examples, and the run asks for no
// re-ingest of files (none would help).
func TestSummaryNamesSweepFailures(t *testing.T) {
	tests := []struct {
		name string
		sum  ingest.Summary
		want []string
		not  []string
	}{
		{"none failed", ingest.Summary{ExtractVersion: 2, Total: ingest.Counts{Reextracted: 3}, Swept: 1,
			Store: docstore.Stats{Documents: 3, ByVersion: map[int]int{2: 3}}},
			[]string{"重新解析并抽取了 3 篇文书的要素（其中 1 篇"}, []string{"旧版抽取结果", "重新导入"}},
		{"two failed", ingest.Summary{ExtractVersion: 2, Total: ingest.Counts{Reextracted: 1}, SweepFailed: 2,
			SweepExamples: []string{"jsonl:a: parse/extract: boom", "jsonl:b: parse/extract: boom"},
			Store:         docstore.Stats{Documents: 3, ByVersion: map[int]int{1: 2, 2: 1}}},
			[]string{"重新解析并抽取了 1 篇文书的要素。", "另有 2 篇文书按新的抽取规则解析或抽取出错", "例如：jsonl:a: parse/extract: boom；jsonl:b"}, []string{"其中", "重新导入"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.sum.BySource = map[string]*ingest.Counts{}
			var buf bytes.Buffer
			if err := Summary(&buf, &tt.sum); err != nil {
				t.Fatal(err)
			}
			for _, want := range tt.want {
				if !strings.Contains(buf.String(), want) {
					t.Errorf("summary lacks %q:\n%s", want, buf.String())
				}
			}
			for _, not := range tt.not {
				if strings.Contains(buf.String(), not) {
					t.Errorf("summary says %q:\n%s", not, buf.String())
				}
			}
		})
	}
}
