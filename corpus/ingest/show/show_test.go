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
