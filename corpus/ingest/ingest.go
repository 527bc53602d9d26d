// Package ingest reads judgments from every supported source into the
// document store: parsed, extracted, deduplicated, merged, resumable.
package ingest

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"leian/corpus/docstore"
	"leian/corpus/extract"
	"leian/corpus/ingest/source"
)

// Options tune a run. Zero values take the defaults.
type Options struct {
	Workers     int       // parallel parse/extract workers (default 2)
	MaxDocBytes int       // largest accepted document text (default 5 MB)
	BatchSize   int       // most records per store transaction (default 2048)
	BatchBytes  int       // most text bytes per store transaction (default 16 MB)
	Progress    io.Writer // progress bars go here; nil for none
	Log         *slog.Logger
	// ExtractVersion is the extraction version documents are analysed
	// under (default extract.Version): a stored document of an older
	// version is re-extracted. Tests inject one to play an upgrade.
	ExtractVersion int
}

func (o Options) withDefaults() Options {
	if o.Workers < 1 {
		o.Workers = 2
	}
	if o.MaxDocBytes < 1 {
		o.MaxDocBytes = source.DefaultMaxDocBytes
	}
	// Each commit costs two fsyncs (~0.2 s on a shared disk), so batches are
	// large; a crash loses at most one uncommitted batch, never half of one.
	if o.BatchSize < 1 {
		o.BatchSize = 2048
	}
	if o.BatchBytes < 1 {
		o.BatchBytes = 16 << 20
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.ExtractVersion < 1 {
		o.ExtractVersion = extract.Version
	}
	return o
}

// group is a run of consecutive files of one format: one progress bar.
type group struct {
	format source.Format
	files  []source.File
	bytes  int64
}

// Run ingests files into st and reports what it did. Bad records are
// counted and skipped; the error is for a failure of the store or ctx.
func Run(ctx context.Context, st *docstore.Store, files []source.File, opt Options) (*Summary, error) {
	opt = opt.withDefaults()
	start := time.Now()
	sum := newSummary()
	groups := groupFiles(files, sum)
	if err := noteOlder(ctx, st, opt); err != nil {
		return sum, err
	}
	if err := runPipeline(ctx, st, read(groups, opt), opt, sum, nil); err != nil {
		return sum, err
	}
	if err := sweep(ctx, st, opt, sum); err != nil {
		return sum, err
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		return sum, fmt.Errorf("store totals: %w", err)
	}
	sum.Store = stats
	sum.Elapsed = time.Since(start)
	sum.ExtractVersion = opt.ExtractVersion
	opt.Log.Info("ingest done", "records", sum.Records, "new", sum.Total.New, "merged", sum.Total.Merged,
		"unchanged", sum.Total.Unchanged, "updated", sum.Total.Updated, "reextracted", sum.Total.Reextracted,
		"swept", sum.Swept, "rejected", sum.Total.Rejected, "documents", stats.Documents, "elapsed", sum.Elapsed.Round(time.Millisecond))
	if n := stats.Older(opt.ExtractVersion); n > 0 {
		// Only documents the extractor failed on are left older after a
		// sweep; they are tried again on the next run.
		opt.Log.Warn("documents keep elements of an older extraction version: the current extractor failed on their text",
			"documents", n, "version", opt.ExtractVersion, "examples", sum.SweepExamples)
	}
	return sum, nil
}

// noteOlder says, before reading, that the store holds documents analysed
// by an older extractor and that this run re-extracts them all: a
// re-ingest after an upgrade then takes parse time, not seconds.
func noteOlder(ctx context.Context, st *docstore.Store, opt Options) error {
	stats, err := st.Stats(ctx)
	if err != nil {
		return fmt.Errorf("store totals: %w", err)
	}
	if n := stats.Older(opt.ExtractVersion); n > 0 {
		opt.Log.Info("the extractor changed since these documents were stored: re-extracting them as their records are read, the rest from their stored text after the files",
			"documents", n, "of", stats.Documents, "version", opt.ExtractVersion)
		if opt.Progress != nil {
			fmt.Fprintf(opt.Progress, "抽取规则已更新（版本 %d）：%d 篇文书将重新解析与抽取要素\n", opt.ExtractVersion, n)
		}
	}
	return nil
}

// groupFiles detects formats where needed and groups consecutive files of
// one format. A file whose format cannot be told is rejected here.
func groupFiles(files []source.File, sum *Summary) []group {
	var groups []group
	for _, f := range files {
		if f.Format == source.FormatAuto {
			format, err := source.Detect(f.Path)
			if err != nil {
				sum.reject("unknown", &source.Problem{File: f.Path, Reason: source.ReasonUnsupported, Err: err})
				continue
			}
			f.Format = format
		}
		var size int64
		if fi, err := os.Stat(f.Path); err == nil {
			size = fi.Size()
		}
		if n := len(groups); n > 0 && groups[n-1].format == f.Format {
			groups[n-1].files = append(groups[n-1].files, f)
			groups[n-1].bytes += size
			continue
		}
		groups = append(groups, group{format: f.Format, files: []source.File{f}, bytes: size})
	}
	return groups
}
