package draft_test

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	. "leian/drafting/draft"
	"leian/internal/officetest"
)

// TestDOCXConvertsWithLibreOffice writes a real draft as .docx, checks the
// package parts and fonts, and converts it with LibreOffice headless to
// text and PDF: the document opens and renders the judgment.
func TestDOCXConvertsWithLibreOffice(t *testing.T) {
	svc, _ := testService(t)
	d, err := svc.Draft(context.Background(), theftDoc(t), Request{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := DOCX(d)
	if err != nil {
		t.Fatal(err)
	}
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("not a zip package: %v", err)
	}
	parts := map[string]bool{}
	for _, f := range z.File {
		parts[f.Name] = true
	}
	for _, p := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml"} {
		if !parts[p] {
			t.Errorf("docx lacks %s", p)
		}
	}
	dir := officetest.Convert(t, b, "draft", "txt:Text", "pdf")
	txt, err := os.ReadFile(filepath.Join(dir, "draft.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"刑事判决书", "本院认为", "判决如下", "犯盗窃罪", "如不服本判决", "《中华人民共和国刑法》第二百六十四条"} {
		if !strings.Contains(string(txt), want) {
			t.Errorf("the converted text lacks %q", want)
		}
	}
	pdf, err := os.Stat(filepath.Join(dir, "draft.pdf"))
	if err != nil || pdf.Size() < 1000 {
		t.Errorf("no rendered PDF: %v", err)
	}
	doc := readPart(t, z, "word/document.xml")
	for _, want := range []string{`w:eastAsia="仿宋"`, `w:eastAsia="宋体"`, `w:w="11906"`} {
		if !strings.Contains(doc, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
}

func readPart(t *testing.T, z *zip.Reader, name string) string {
	t.Helper()
	f, err := z.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var b bytes.Buffer
	if _, err := b.ReadFrom(f); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
