package storetest

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"

	"leian/corpus/ingest"
	"leian/corpus/ingest/source"
	"leian/internal/dataset"
	"leian/retrieval"
	"leian/retrieval/docmeta"
)

// errEnough stops the reader once LeCaRD has its documents.
var errEnough = errors.New("enough documents")

// LeCaRD returns the first n LeCaRD candidate judgments of the real-data
// bundle as store documents, read and prepared as ingest does and with the
// Meta the engine indexes (docmeta.MetaOf), so the stores are tested on
// the filter columns they serve; no vectors.
func LeCaRD(tb testing.TB, n int) []retrieval.Doc {
	tb.Helper()
	path := dataset.Path(tb, "lecard/candidates.jsonl.gz")
	var docs []retrieval.Doc
	err := source.Read(context.Background(), path, source.FormatLeCaRD, source.Options{}, func(e source.Entry) error {
		if e.Problem != nil {
			return e.Problem // it names the file, line and field
		}
		d, err := ingest.Prepare(e.Record)
		if err != nil {
			return fmt.Errorf("%s line %d: %w", path, e.Record.Line, err)
		}
		d.ID = e.Record.Source + ":" + e.Record.SourceID
		text := map[retrieval.Field]string{retrieval.FieldFull: d.Text}
		for f, key := range map[retrieval.Field]string{retrieval.FieldFacts: "facts", retrieval.FieldReasoning: "reasoning", retrieval.FieldVerdict: "verdict"} {
			if s := d.Sections[key]; s != "" {
				text[f] = s
			}
		}
		if docs = append(docs, retrieval.Doc{ID: d.ID, Text: text, Meta: docmeta.MetaOf(d)}); len(docs) == n {
			return errEnough
		}
		return nil
	})
	if err != nil && !errors.Is(err, errEnough) {
		tb.Fatal(err)
	}
	if len(docs) < n {
		tb.Fatalf("%s: %d documents, want %d", path, len(docs), n)
	}
	return docs
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
