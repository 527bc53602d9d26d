package evals

import (
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

func TestWriteReport(t *testing.T) {
	r, bm25, sailer := twoLeCaRDRuns(t)
	dir := scmDataDir(t)
	ts, err := readSCM(filepath.Join(dir, "scm", "triplets.jsonl"), 40)
	if err != nil {
		t.Fatal(err)
	}
	scm, err := r.Run(context.Background(), "scm", Input{DataDir: dir, Limit: 40, Similarity: newTFIDFBigrams(ts)})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := WriteReport(&out, []*Record{bm25, sailer, scm}, time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	page := out.String()

	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	var external []string
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		counts[n.Data]++
		for _, a := range n.Attr {
			if a.Key == "src" || a.Key == "href" {
				external = append(external, n.Data+" "+a.Key+"="+a.Val)
			}
		}
	}
	if len(external) > 0 || counts["script"] > 0 || counts["link"] > 0 {
		t.Errorf("report is not self-contained: %v, %d scripts, %d links", external, counts["script"], counts["link"])
	}
	if counts["section"] != 3 {
		t.Errorf("%d sections, want one per run", counts["section"])
	}
	// lecard: baseline chart + 3 metrics × (per-query bars + histogram);
	// scm: baseline chart + histogram of its 0/1 scores + calibration.
	if want := 2*7 + 3; counts["svg"] != want {
		t.Errorf("%d SVG charts, want %d", counts["svg"], want)
	}
	for _, want := range []string{"ndcg@30_labelled", "sailer", "tfidf_bigram", "校准", bm25.ID, "最差查询"} {
		if !strings.Contains(page, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	checkSVGWellFormed(t, page)
}

// checkSVGWellFormed parses every inline <svg> as strict XML.
func checkSVGWellFormed(t *testing.T, page string) {
	t.Helper()
	rest := page
	for {
		start := strings.Index(rest, "<svg")
		if start < 0 {
			return
		}
		end := strings.Index(rest[start:], "</svg>")
		if end < 0 {
			t.Fatal("unterminated <svg>")
		}
		svg := rest[start : start+end+len("</svg>")]
		d := xml.NewDecoder(strings.NewReader(svg))
		d.Strict = true
		for {
			_, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("SVG is not well-formed XML: %v\n%.300s", err, svg)
			}
		}
		rest = rest[start+end:]
	}
}
