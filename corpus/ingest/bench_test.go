package ingest

import (
	"context"
	"syscall"
	"testing"
	"time"

	"leian/corpus/ingest/source"
)

// BenchmarkIngest measures the whole per-document path (read, hash, parse,
// extract, merge, store) on real LeCaRD judgments, reporting documents per second.
func BenchmarkIngest(b *testing.B) {
	dir := b.TempDir()
	files := []source.File{{Path: sliceBundle(b, dir, "lecard/candidates.jsonl.gz", 200), Format: source.FormatLeCaRD}}
	docs := 0
	var cpu time.Duration
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		st := openStore(b, b.TempDir())
		b.StartTimer()
		t0 := cpuTime(b)
		sum := run(b, st, files, Options{})
		cpu += cpuTime(b) - t0
		docs += sum.Total.New
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(cpu.Seconds()*1000/float64(docs), "cpu-ms/doc")
}

// BenchmarkReextract measures re-extracting stored real judgments after a
// version bump, against BenchmarkIngest's fresh ingest of the same ones:
// with their file read (a record reaches each) and by the sweep alone.
func BenchmarkReextract(b *testing.B) {
	dir := b.TempDir()
	files := []source.File{{Path: sliceBundle(b, dir, "lecard/candidates.jsonl.gz", 200), Format: source.FormatLeCaRD}}
	for _, mode := range []struct {
		name  string
		files []source.File
	}{{"files", files}, {"sweep", nil}} {
		b.Run(mode.name, func(b *testing.B) {
			st := openStore(b, b.TempDir())
			defer st.Close()
			run(b, st, files, Options{ExtractVersion: 1})
			docs, version := 0, 1
			var cpu time.Duration
			b.ResetTimer()
			for b.Loop() {
				version++
				t0 := cpuTime(b)
				docs += run(b, st, mode.files, Options{ExtractVersion: version}).Total.Reextracted
				cpu += cpuTime(b) - t0
			}
			b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
			b.ReportMetric(cpu.Seconds()*1000/float64(docs), "cpu-ms/doc")
		})
	}
}

// cpuTime is the CPU this process has used (user and system): the measure
// that holds on a machine whose other users slow the wall clock.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestBenchReextract: the upgrade benchmark's runs do what they are named
// for on real judgments: nothing, every document swept, every document
// re-extracted as its record is read.
func TestBenchReextract(t *testing.T) {
	dir := t.TempDir()
	files := []source.File{
		{Path: sliceBundle(t, dir, "lecard/candidates.jsonl.gz", 20)},
		{Path: sliceBundle(t, dir, "cail2018/cases.jsonl", 20)},
	}
	st := openStore(t, dir)
	defer st.Close()
	n := run(t, st, files, Options{}).Store.Documents
	runs, err := BenchReextract(context.Background(), st, files, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		name               string
		reextracted, swept int
	}{{"nothing to do", 0, 0}, {"upgrade, swept", n, n}, {"upgrade, files read", n, 0}}
	if len(runs) != len(want) {
		t.Fatalf("%d runs, want %d", len(runs), len(want))
	}
	for i, w := range want {
		if r := runs[i]; r.Name != w.name || r.Reextracted != w.reextracted || r.Swept != w.swept || r.CPUSeconds < 0 {
			t.Errorf("run %d = %+v, want %s: %d re-extracted, %d swept", i, r, w.name, w.reextracted, w.swept)
		}
	}
}
