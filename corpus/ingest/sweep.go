package ingest

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/schollz/progressbar/v3"

	"leian/corpus"
	"leian/corpus/docstore"
	"leian/corpus/ingest/source"
	"leian/internal/textwidth"
)

// sweep re-extracts, from its stored text, every document still analysed
// by an older extraction version once the source files are processed. A
// document an integration pushed once, or whose file has left the bundle,
// is reached by no record, and without the sweep would keep an older
// extractor's elements (and searches would filter and explain by them)
// until someone found its file again.
//
// It lists the older documents when it starts and commits in the writer's
// batches, each re-checked against the store (reextract), so a run killed
// midway leaves its committed batches at the new version and the next run
// sweeps only the rest; a run with nothing older sweeps nothing.
func sweep(ctx context.Context, st *docstore.Store, opt Options, sum *Summary) error {
	ids, err := olderDocuments(ctx, st, opt.ExtractVersion)
	if err != nil {
		return err
	}
	if len(ids) == 0 {
		return nil
	}
	bar := newCountBar(opt.Progress, "重新抽取", len(ids))
	if bar == nil {
		opt.Log.Info("re-extracting stored documents no record of this run reached, from their stored text",
			"documents", len(ids), "version", opt.ExtractVersion)
	}
	in := func(ctx context.Context, send func(item) error) error {
		for _, id := range ids {
			if err := send(item{swept: id}); err != nil {
				return err
			}
			if bar != nil {
				bar.Add(1)
			}
		}
		return nil
	}
	done := 0
	committed := func(batch []item) {
		done += len(batch)
		opt.Log.Debug("re-extracted a batch of stored documents", "done", done, "of", len(ids))
	}
	err = runPipeline(ctx, st, in, opt, sum, committed)
	if bar != nil {
		bar.Finish()
		fmt.Fprintln(opt.Progress)
	}
	return err
}

// olderDocuments lists, in ID order, the stored documents analysed by an
// extraction version below version, from the indexes (nothing decoded).
func olderDocuments(ctx context.Context, st *docstore.Store, version int) ([]string, error) {
	var ids []string
	err := st.EachHash(ctx, func(id, _ string, v int) error {
		if v < version {
			ids = append(ids, id)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("documents of an older extraction version: %w", err)
	}
	return ids, nil
}

// prepareSwept reads the swept document and analyses its stored text
// again, outside the read transaction as prepareItem does. One already at
// version (nothing in a run writes it twice, but a store is not ours alone
// to assume) is left alone; one the extractor fails on becomes a problem
// and keeps its older elements.
func prepareSwept(ctx context.Context, st *docstore.Store, it *item, version int) {
	var old *corpus.Document
	var stamp docstore.Stamp
	err := st.View(ctx, func(tx *docstore.Tx) error {
		v, err := tx.Version(it.swept)
		if err != nil || v >= version {
			return err
		}
		old, stamp, err = tx.GetUnanalysed(it.swept)
		return err
	})
	if err == nil && old == nil {
		it.stored = true
		return
	}
	if err == nil {
		if len(old.Sources) > 0 {
			it.from = old.Sources[0].Source
		}
		it.doc, err = reanalyse(old, caseTypeDerived(old), version)
	}
	if err != nil {
		it.problem = &source.Problem{File: it.swept, Field: "text", Reason: ReasonParse, Err: err}
		it.doc = nil
		return
	}
	it.reextract, it.old, it.stamp = true, old, stamp
}

// caseTypeDerived says, without the record, whether stored document d's
// case type came from its old analysis rather than from a source, as
// reanalysis tells from the record: a merged document's type stays; plain
// text gives none; a Gazette case gives the one its title names; every
// other bundle source gives one. An integration's own JSONL may or may not
// have given its type, and the store does not say which: a type a court
// gave must not be overwritten by a guess, so it stays unless it is unknown.
func caseTypeDerived(d *corpus.Document) bool {
	if len(d.Sources) != 1 {
		return false
	}
	switch d.Sources[0].Source {
	case "txt":
		return true
	case "gazette":
		return source.CaseTypeOfTitle(d.Title) == corpus.UnknownType
	}
	return d.CaseType == corpus.UnknownType
}

// newCountBar is a progress bar over n documents, its name padded to the
// file stages' bars (by display width: the name is Chinese); nil without a writer.
func newCountBar(w io.Writer, name string, n int) *progressbar.ProgressBar {
	if w == nil {
		return nil
	}
	return progressbar.NewOptions(n,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(name+strings.Repeat(" ", max(0, 15-textwidth.Of(name)))),
		progressbar.OptionShowCount(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(200_000_000),
	)
}
