package storetest

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"leian/internal/cnum"
	"leian/internal/dataset"
	"leian/retrieval"
)

// candidate is one line of lecard/candidates.jsonl.gz.
type candidate struct {
	ID        string `json:"id"`
	Facts     string `json:"ajjbqk"`
	Reasoning string `json:"cpfxgc"`
	Verdict   string `json:"pjjg"`
	Full      string `json:"qw"`
	Title     string `json:"writName"`
}

// LeCaRD returns the first n LeCaRD candidate judgments of the real-data
// bundle as store documents, with Meta read from their own text (court,
// year and procedure from the heading, charges from the verdict, Criminal
// Law articles from the reasoning) and no vectors.
func LeCaRD(tb testing.TB, n int) []retrieval.Doc {
	tb.Helper()
	path := dataset.Path(tb, "lecard/candidates.jsonl.gz")
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	var docs []retrieval.Doc
	for line := 1; len(docs) < n && sc.Scan(); line++ {
		var c candidate
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			tb.Fatalf("%s line %d: %v", path, line, err)
		}
		docs = append(docs, retrieval.Doc{
			ID: "lecard:" + c.ID,
			Text: map[retrieval.Field]string{
				retrieval.FieldFacts: c.Facts, retrieval.FieldReasoning: c.Reasoning,
				retrieval.FieldVerdict: c.Verdict, retrieval.FieldFull: c.Full,
			},
			Meta: metaOf(c),
		})
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	if len(docs) < n {
		tb.Fatalf("%s: %d documents, want %d", path, len(docs), n)
	}
	return docs
}

var (
	courtRe   = regexp.MustCompile(`\p{Han}+?人民法院`)
	caseNoRe  = regexp.MustCompile(`[（(](\d{4})[）)]\p{Han}+\d*(刑初|刑终|刑再)`)
	chargeRe  = regexp.MustCompile(`犯([\p{Han}、]{2,30}?罪)`)
	articleRe = regexp.MustCompile(`第([一二三四五六七八九十百零]+)条(?:之([一二三四五六七八九十]+))?`)
	provRe    = regexp.MustCompile(`^\p{Han}+?(省|自治区|北京市|天津市|上海市|重庆市)`)
)

func metaOf(c candidate) retrieval.Meta {
	m := retrieval.Meta{CaseType: "criminal", Court: courtRe.FindString(c.Full)}
	m.Province = provRe.FindString(m.Court)
	switch {
	case strings.Contains(m.Court, "最高人民法院"):
		m.CourtLevel = "最高"
	case strings.Contains(m.Court, "高级人民法院"):
		m.CourtLevel = "高级"
	case strings.Contains(m.Court, "中级人民法院"):
		m.CourtLevel = "中级"
	case m.Court != "":
		m.CourtLevel = "基层"
	}
	if sm := caseNoRe.FindStringSubmatch(c.Full); sm != nil {
		m.Year, _ = strconv.Atoi(sm[1])
		m.Procedure = map[string]string{"刑初": "一审", "刑终": "二审", "刑再": "再审"}[sm[2]]
	}
	for _, t := range []string{"判决书", "裁定书"} {
		if strings.HasSuffix(c.Title, t) {
			m.DocType = t
		}
	}
	for _, sm := range chargeRe.FindAllStringSubmatch(c.Verdict, -1) {
		if !slices.Contains(m.Charges, sm[1]) {
			m.Charges = append(m.Charges, sm[1])
		}
	}
	for _, sm := range articleRe.FindAllStringSubmatch(c.Reasoning, -1) {
		n, ok := cnum.ParseInt(sm[1])
		if !ok {
			continue
		}
		a := "刑法" + strconv.FormatInt(n, 10)
		if sub, ok := cnum.ParseInt(sm[2]); ok {
			a += "-" + strconv.FormatInt(sub, 10)
		}
		if !slices.Contains(m.Articles, a) {
			m.Articles = append(m.Articles, a)
		}
	}
	return m
}

// Civil returns the first n distinct A documents of the bundle's CAIL2019
// similar-case triplets: civil 民间借贷 first-instance judgments.
func Civil(tb testing.TB, n int) []retrieval.Doc {
	tb.Helper()
	path := dataset.Path(tb, "scm/triplets.jsonl")
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	var docs []retrieval.Doc
	for line := 1; len(docs) < n && sc.Scan(); line++ {
		var t struct{ A string }
		if err := json.Unmarshal(sc.Bytes(), &t); err != nil {
			tb.Fatalf("%s line %d: %v", path, line, err)
		}
		docs = append(docs, retrieval.Doc{
			ID:   "scm:" + strconv.Itoa(line),
			Text: map[retrieval.Field]string{retrieval.FieldFacts: t.A, retrieval.FieldFull: t.A},
			Meta: retrieval.Meta{CaseType: "civil", Cause: "民间借贷纠纷", DocType: "判决书", Procedure: "一审"},
		})
	}
	if len(docs) < n {
		tb.Fatalf("%s: %d documents, want %d (%v)", path, len(docs), n, sc.Err())
	}
	return docs
}

// WithRandomVectors gives every doc a random unit vector of dim dimensions
// from seed: synthetic input for testing the vector maths, not embeddings.
func WithRandomVectors(docs []retrieval.Doc, dim int, seed uint64) []retrieval.Doc {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	for i := range docs {
		docs[i].Vector = RandomUnit(rng, dim)
	}
	return docs
}

// RandomUnit returns a random unit vector (Gaussian direction).
func RandomUnit(rng *rand.Rand, dim int) []float32 {
	v := make([]float32, dim)
	var ss float64
	for i := range v {
		x := rng.NormFloat64()
		v[i] = float32(x)
		ss += x * x
	}
	for i := range v {
		v[i] /= float32(math.Sqrt(ss))
	}
	return v
}

// Synthetic returns n documents without text, labelled synthetic in their
// IDs, with random unit vectors and years 2010-2019: input for vector
// benchmarks, not judgments.
func Synthetic(n, dim int, seed uint64) []retrieval.Doc {
	docs := make([]retrieval.Doc, n)
	for i := range docs {
		docs[i] = retrieval.Doc{ID: "synthetic:" + strconv.Itoa(i), Meta: retrieval.Meta{Year: 2010 + i%10}}
	}
	return WithRandomVectors(docs, dim, seed)
}
