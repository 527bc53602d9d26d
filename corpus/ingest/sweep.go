package ingest

import (
	"context"
	"fmt"

	"leian/corpus"
	"leian/corpus/docstore"
	"leian/corpus/ingest/source"
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
	older, err := st.OlderThan(ctx, opt.ExtractVersion)
	if err != nil {
		return err
	}
	if len(older) == 0 {
		return nil
	}
	total := 0
	for _, o := range older {
		total += o.Bytes
	}
	// The bar counts stored bytes, not documents: a CAIL2018 fact section
	// is parsed many times faster than a full LeCaRD judgment, and in ID
	// order all of them come first, so a count would promise an early end.
	bar := newBar(opt.Progress, "重新抽取", int64(total))
	if bar == nil {
		opt.Log.Info("re-extracting stored documents no record of this run reached, from their stored text",
			"documents", len(older), "version", opt.ExtractVersion)
	}
	in := func(ctx context.Context, send func(item) error) error {
		for _, o := range older {
			if err := send(item{swept: o.ID}); err != nil {
				return err
			}
			if bar != nil {
				bar.Add(o.Bytes)
			}
		}
		return nil
	}
	done := 0
	committed := func(batch []item) {
		done += len(batch)
		opt.Log.Debug("re-extracted a batch of stored documents", "done", done, "of", len(older))
	}
	err = runPipeline(ctx, st, in, opt, sum, committed)
	if bar != nil {
		bar.Finish()
		fmt.Fprintln(opt.Progress)
	}
	return err
}

// prepareSwept reads the swept document and analyses its stored text
// again, outside the read transaction as prepareItem does. One already at
// version is left alone (the list is made after the files and names each
// document once, so none should be; the writer checks again in any case);
// one the extractor fails on becomes a problem and keeps its older elements.
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
