package ingest

import (
	"testing"

	"leian/corpus/ingest/source"
)

// BenchmarkIngest measures the whole per-document path (read, hash, parse,
// extract, merge, store) on real LeCaRD judgments, reporting documents per second.
func BenchmarkIngest(b *testing.B) {
	dir := b.TempDir()
	files := []source.File{{Path: sliceBundle(b, dir, "lecard/candidates.jsonl.gz", 200), Format: source.FormatLeCaRD}}
	docs := 0
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		st := openStore(b, b.TempDir())
		b.StartTimer()
		sum := run(b, st, files, Options{})
		docs += sum.Total.New
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
}
