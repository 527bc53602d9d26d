package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/schollz/progressbar/v3"

	"leian/corpus"
	"leian/corpus/docstore"
	"leian/corpus/ingest/source"
	"leian/internal/textwidth"
)

// ReasonParse marks a record that parsing or extraction failed on.
const ReasonParse source.Reason = "parse-failed"

// ReasonConflict marks a record whose ID is taken by a different document.
const ReasonConflict source.Reason = "id-conflict"

// item is one record on its way through the pipeline; seq keeps the
// writer in read order so a run's result does not depend on scheduling.
type item struct {
	seq     int
	format  source.Format
	rec     *source.Record
	problem *source.Problem
	doc     *corpus.Document
	stored  bool // already in the store as it is: nothing to parse or write
	// reextract: the record's text is stored unchanged but was analysed by
	// an older extraction version; doc is its stored document analysed
	// again, old the stored document as read (without its analysis) and
	// stamp its stored bytes then, so the writer decodes it again only
	// when something wrote it since.
	reextract bool
	old       *corpus.Document
	stamp     docstore.Stamp
	// swept names a stored document the sweep re-extracts from its stored
	// text (rec is nil): one no record of this run reached. from is the
	// source that named it, the summary row it is counted in.
	swept, from string
}

// feed sends the pipeline its items in order; send numbers them.
type feed func(ctx context.Context, send func(item) error) error

// runPipeline: one reader (in), opt.Workers parse/extract workers, one
// writer committing batches in read order and calling committed, when not
// nil, with each durable batch.
func runPipeline(ctx context.Context, st *docstore.Store, in feed, opt Options, sum *Summary, committed func([]item)) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	fail := func(err error) {
		if err != nil {
			cancel(err)
		}
	}
	queue := make(chan item, 4*opt.Workers)
	out := make(chan item, 4*opt.Workers)
	go func() {
		defer close(queue)
		seq := 0
		fail(in(ctx, func(it item) error {
			it.seq = seq
			seq++
			select {
			case queue <- it:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}))
	}()
	var workers sync.WaitGroup
	for range opt.Workers {
		workers.Go(func() { fail(work(ctx, st, queue, out, opt.ExtractVersion)) })
	}
	go func() { workers.Wait(); close(out) }()
	err := write(ctx, st, out, opt, sum, committed)
	fail(err)
	for range out {
		// Drain so every worker can exit after a failure.
	}
	if cause := context.Cause(ctx); cause != nil && !errors.Is(cause, context.Canceled) {
		return cause
	}
	return err
}

// read feeds the records of the source files, one progress bar (or log
// line) per group of files of one format.
func read(groups []group, opt Options) feed {
	return func(ctx context.Context, send func(item) error) error {
		return readGroups(ctx, groups, opt, send)
	}
}

func readGroups(ctx context.Context, groups []group, opt Options, send func(item) error) error {
	for _, grp := range groups {
		opt.Log.Debug("ingest reading", "format", grp.format, "files", len(grp.files), "bytes", grp.bytes)
		bar := newBar(opt.Progress, string(grp.format), grp.bytes)
		if bar == nil {
			opt.Log.Info("reading", "format", grp.format, "files", len(grp.files), "bytes", grp.bytes)
		}
		sopt := source.Options{MaxDocBytes: opt.MaxDocBytes}
		if bar != nil {
			sopt.Progress = bar
		}
		for _, f := range grp.files {
			err := source.Read(ctx, f.Path, f.Format, sopt, func(e source.Entry) error {
				return send(item{format: grp.format, rec: e.Record, problem: e.Problem})
			})
			if err != nil && ctx.Err() != nil {
				return ctx.Err()
			}
			if err != nil {
				p := &source.Problem{File: f.Path, Reason: source.ReasonRead, Err: err}
				if err := send(item{format: grp.format, problem: p}); err != nil {
					return err
				}
			}
		}
		if bar != nil {
			bar.Finish()
			fmt.Fprintln(opt.Progress)
		}
	}
	return nil
}

func newBar(w io.Writer, name string, total int64) *progressbar.ProgressBar {
	if w == nil {
		return nil
	}
	return progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(w),
		// Padded by display width: the sweep's bar is named in Chinese.
		progressbar.OptionSetDescription(name+strings.Repeat(" ", max(0, 15-textwidth.Of(name)))),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(200_000_000),
	)
}

// work hashes each record, skips one already stored unchanged and analysed
// by the current extraction version (this is what makes a re-run fast) and
// parses and extracts the rest.
func work(ctx context.Context, st *docstore.Store, in <-chan item, out chan<- item, version int) error {
	for it := range in {
		switch {
		case it.rec != nil:
			prepareItem(ctx, st, &it, version)
		case it.swept != "":
			prepareSwept(ctx, st, &it, version)
		}
		select {
		case out <- it:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

func prepareItem(ctx context.Context, st *docstore.Store, it *item, version int) {
	hash := ContentHash(it.rec.Text)
	var older *corpus.Document // stored with this text by an older extractor
	var stamp docstore.Stamp
	// A failed lookup only costs a parse: the writer decides identity again.
	_ = st.View(ctx, func(tx *docstore.Tx) error {
		id, stored, ok := tx.Ref(it.rec.Source, it.rec.SourceID, hash)
		if !ok || stored != hash {
			return nil
		}
		if v, err := tx.Version(id); err == nil && v >= version {
			it.stored = true
			return nil
		}
		older, stamp, _ = tx.GetUnanalysed(id)
		return nil
	})
	if it.stored {
		return
	}
	// Outside the read transaction: a long one would hold up the writer's
	// commits, which must wait for readers when the file grows.
	if older != nil {
		if d, err := reanalysis(older, it.rec, version); err == nil {
			it.doc, it.reextract, it.old, it.stamp = d, true, older, stamp
			return
		}
	}
	doc, err := Prepare(it.rec)
	if err == nil {
		doc.ExtractVersion = version
		it.doc = doc
		return
	}
	it.problem = &source.Problem{File: it.rec.File, Line: it.rec.Line, Field: "text", Reason: ReasonParse, Err: err}
	it.rec, it.doc = nil, nil
}

func write(ctx context.Context, st *docstore.Store, out <-chan item, opt Options, sum *Summary, committed func([]item)) error {
	pending := map[int]item{}
	next := 0
	var batch []item
	batchBytes := 0
	for it := range out {
		pending[it.seq] = it
		for {
			ready, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			batch = append(batch, ready)
			if ready.doc != nil {
				batchBytes += len(ready.doc.Text)
			}
			if len(batch) >= opt.BatchSize || batchBytes >= opt.BatchBytes {
				if err := commit(ctx, st, batch, sum, committed); err != nil {
					return err
				}
				batch, batchBytes = batch[:0], 0
			}
		}
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if len(pending) > 0 {
		return errors.New("ingest pipeline lost records")
	}
	return commit(ctx, st, batch, sum, committed)
}

// commit stores a batch in one transaction and tallies it only once the
// transaction is durable.
func commit(ctx context.Context, st *docstore.Store, batch []item, sum *Summary, committed func([]item)) error {
	if len(batch) == 0 {
		return nil
	}
	outcomes := make([]Outcome, len(batch))
	problems := make([]*source.Problem, len(batch))
	err := st.Update(ctx, func(tx *docstore.Tx) error {
		for i, it := range batch {
			switch {
			case it.problem != nil:
				problems[i] = it.problem
			case it.stored:
				outcomes[i] = OutcomeUnchanged
			case it.reextract:
				o, err := reextract(tx, it.old, it.stamp, it.doc)
				if err != nil {
					return fmt.Errorf("store %s: %w", it.where(), err)
				}
				outcomes[i] = o
			default:
				o, err := store(tx, it.rec, it.doc)
				var conflict *idConflict
				if errors.As(err, &conflict) {
					problems[i] = &source.Problem{File: it.rec.File, Line: it.rec.Line, Field: "id", Reason: ReasonConflict, Err: err}
					continue
				}
				if err != nil {
					return fmt.Errorf("store %s:%d: %w", it.rec.File, it.rec.Line, err)
				}
				outcomes[i] = o
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for i, it := range batch {
		switch {
		case it.swept != "":
			sum.sweep(it.from, outcomes[i], problems[i])
		case problems[i] != nil:
			sum.reject(string(it.format), problems[i])
		default:
			sum.count(it.rec.Source, outcomes[i])
		}
	}
	if committed != nil {
		committed(batch)
	}
	return nil
}

// where names an item in an error: its record's place, or the swept document.
func (it item) where() string {
	if it.rec != nil {
		return fmt.Sprintf("%s:%d", it.rec.File, it.rec.Line)
	}
	return "document " + it.swept
}
