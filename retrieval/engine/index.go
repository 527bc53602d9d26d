package engine

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/tmc/langchaingo/embeddings"

	"leian/corpus"
	"leian/corpus/parse"
	"leian/retrieval"
	"leian/retrieval/analysis"
	"leian/retrieval/docmeta"
	"leian/retrieval/elements"
	"leian/retrieval/embed"
)

// Corpus is the document store as indexing reads it (corpus/docstore.Store).
type Corpus interface {
	Each(ctx context.Context, fn func(*corpus.Document) error) error
	Count(ctx context.Context) (int, error)
}

// IndexOptions control Index.
type IndexOptions struct {
	Dir string // index folder: embedder, vocabulary, weights
	// DataDir is the bundle when the caller tunes the fusion weights
	// through the built store afterwards (Tune); "" when it does not. It
	// is part of the stamp, so an index built to be tuned is rebuilt as such.
	DataDir   string
	Embedder  embeddings.Embedder // a remote embedder; nil trains the corpus embedder
	Train     embed.TrainOptions
	BatchSize int
	Progress  func(done, total int)
	Log       *slog.Logger
	// Settings names the store and embedder the index is built for; with
	// Force unset, an index built from the same documents and Settings is kept.
	Settings string
	Force    bool
}

// Index trains the embedder on every stored document (unless a remote one
// is given), writes each document with its vector and filter columns to
// store in batches, removes from store the documents the document store
// no longer has (when store can list them), saves the filter vocabulary,
// and tunes the fusion weights on the LeCaRD dev labels when the bundle
// is at hand. The index folder is rebuilt only when its stamp differs;
// the store is rewritten when its own stamp differs (see stamp).
func Index(ctx context.Context, docs Corpus, store retrieval.Store, o IndexOptions) error {
	if err := os.MkdirAll(o.Dir, 0o700); err != nil {
		return fmt.Errorf("index folder: %w", err)
	}
	total, err := docs.Count(ctx)
	if err != nil {
		return fmt.Errorf("count documents: %w", err)
	}
	if total == 0 {
		return errors.New("文书库为空：请先运行 leian ingest 导入裁判文书")
	}
	st, err := stamp(ctx, docs, fmt.Sprintf("%s dims=%d tune=%t", o.Settings, o.Train.Dim, o.DataDir != ""))
	if err != nil {
		return err
	}
	storeStamp := storeStampOf(store, o.Dir)
	held, err := storeStamp.IndexStamp(ctx)
	if err != nil {
		return err
	}
	folderOK := !o.Force && upToDate(o.Dir, st) && (o.Embedder != nil || exists(EmbedderPath(o.Dir)))
	if folderOK && held == st {
		o.Log.Info("index is up to date with the document store; nothing to do (--force rebuilds)", "documents", total)
		return nil
	}
	if !folderOK {
		o.Log.Info("building the index: a first build takes about 8–10 minutes on two cores; later runs only check for changes", "documents", total)
	}
	// A crash from here on leaves the store unstamped (and the folder too,
	// when it is rebuilt), so the next run writes them again.
	if err := storeStamp.SetIndexStamp(ctx, ""); err != nil {
		return err
	}
	if !folderOK {
		if err := os.Remove(stampPath(o.Dir)); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("index stamp: %w", err)
		}
	}
	emb, err := indexEmbedder(ctx, docs, o, folderOK, total, st)
	if err != nil {
		return err
	}
	vocab, cases, cards, err := upsertAll(ctx, docs, store, emb, o, total)
	if err != nil {
		return err
	}
	if err := prune(ctx, store, cases, o.Log); err != nil {
		return err
	}
	if c, ok := store.(compacter); ok {
		o.Log.Info("compacting the search store")
		if err := c.Compact(ctx); err != nil {
			return err
		}
	}
	if !folderOK {
		if err := buildFolder(ctx, docs, o, emb, vocab, cases, cards, st); err != nil {
			return err
		}
	}
	return storeStamp.SetIndexStamp(ctx, st)
}

// indexEmbedder returns the remote embedder, the folder's when the folder
// is up to date (its vectors are the ones the other stores hold) or when a
// run that stopped later had finished training it for this very build
// (training is most of a first index: 6–10 minutes on two cores), or a
// newly trained one, saved in the folder with the build it was trained for.
func indexEmbedder(ctx context.Context, docs Corpus, o IndexOptions, folderOK bool, total int, st string) (embeddings.Embedder, error) {
	if o.Embedder != nil {
		return o.Embedder, nil
	}
	if folderOK {
		o.Log.Info("index folder is up to date; writing the store only", "documents", total)
		return embed.Load(EmbedderPath(o.Dir), o.Train.Words, o.Train.WordsName)
	}
	stagePath := EmbedderPath(o.Dir) + ".stamp"
	if b, err := os.ReadFile(stagePath); err == nil && !o.Force && strings.TrimSpace(string(b)) == st {
		m, err := embed.Load(EmbedderPath(o.Dir), o.Train.Words, o.Train.WordsName)
		if err == nil {
			o.Log.Info("resuming: the embedder of this build was trained by an earlier run; not training again", "documents", total)
			return m, nil
		}
		o.Log.Warn("the saved embedder does not load; training again", "err", err)
	}
	if err := os.Remove(stagePath); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("embedder stamp: %w", err)
	}
	o.Log.Info("training the embedder", "documents", total, "dims", o.Train.Dim)
	m, err := embed.Train(ctx, func(fn func(string) error) error {
		return docs.Each(ctx, func(d *corpus.Document) error { return fn(facts(d)) })
	}, o.Train)
	if err != nil {
		return nil, err
	}
	if err := m.Save(EmbedderPath(o.Dir)); err != nil {
		return nil, err
	}
	if err := writeAtomic(stagePath, []byte(st+"\n")); err != nil {
		return nil, err
	}
	return m, nil
}

// buildFolder saves what the folder holds beside the embedder, tunes the
// weights, and stamps the folder last.
func buildFolder(ctx context.Context, docs Corpus, o IndexOptions, emb embeddings.Embedder, vocab Vocabulary, cases map[string]elements.Case, cards map[string]Card, st string) error {
	if err := saveSummaries(o.Dir, cases, cards); err != nil {
		return err
	}
	// The stamp covers the versions, so those read now are the ones indexed.
	versions, err := versionsOf(ctx, docs)
	if err != nil {
		return err
	}
	if err := saveGob(VersionsPath(o.Dir), versions); err != nil {
		return fmt.Errorf("save extraction versions: %w", err)
	}
	if err := vocab.save(VocabularyPath(o.Dir)); err != nil {
		return err
	}
	return writeAtomic(stampPath(o.Dir), []byte(st+"\n"))
}

// compacter is a store that searches faster once compacted after a bulk
// write (embedded.Store).
type compacter interface {
	Compact(ctx context.Context) error
}

// idLister is a store that can list its documents (both stores can).
type idLister interface {
	IDs(ctx context.Context) ([]string, error)
}

// prune deletes from store the documents not in keep: Upsert alone would
// leave behind those removed from the document store since the last run.
func prune(ctx context.Context, store retrieval.Store, keep map[string]elements.Case, log *slog.Logger) error {
	l, ok := store.(idLister)
	if !ok {
		return nil
	}
	ids, err := l.IDs(ctx)
	if err != nil {
		return err
	}
	var gone []string
	for _, id := range ids {
		if _, ok := keep[id]; !ok {
			gone = append(gone, id)
		}
	}
	if len(gone) == 0 {
		return nil
	}
	log.Info("removing documents no longer in the document store", "documents", len(gone))
	for b := range slices.Chunk(gone, 1000) {
		if err := store.Delete(ctx, b); err != nil {
			return fmt.Errorf("remove %d stale documents (%s…): %w", len(b), b[0], err)
		}
	}
	return nil
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func upsertAll(ctx context.Context, docs Corpus, store retrieval.Store, emb embeddings.Embedder, o IndexOptions, total int) (Vocabulary, map[string]elements.Case, map[string]Card, error) {
	var v Vocabulary
	cases, cards := make(map[string]elements.Case, total), make(map[string]Card, total)
	charges, courts := map[string]bool{}, map[string]bool{}
	var batch []*corpus.Document
	done := 0
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		texts := make([]string, len(batch))
		for i, d := range batch {
			texts[i] = facts(d)
		}
		vecs, err := emb.EmbedDocuments(ctx, texts)
		if err != nil {
			return fmt.Errorf("embed documents %s…: %w", batch[0].ID, err)
		}
		out := make([]retrieval.Doc, len(batch))
		for i, d := range batch {
			out[i] = storeDoc(d, vecs[i])
			cases[d.ID], cards[d.ID] = caseOf(d), CardOf(d)
			for _, c := range out[i].Meta.Charges {
				charges[c] = true
			}
			courts[out[i].Meta.Court] = true
		}
		if err := store.Upsert(ctx, out); err != nil {
			return fmt.Errorf("upsert documents %s…: %w", batch[0].ID, err)
		}
		done += len(batch)
		if o.Progress != nil {
			o.Progress(done, total)
		}
		batch = batch[:0]
		return nil
	}
	err := docs.Each(ctx, func(d *corpus.Document) error {
		batch = append(batch, d)
		if len(batch) >= max(1, o.BatchSize) {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	delete(courts, "")
	v.Charges, v.Courts = sortedKeys(charges), sortedKeys(courts)
	return v, cases, cards, err
}

// storeDoc is what the store indexes of one judgment.
func storeDoc(d *corpus.Document, vec []float32) retrieval.Doc {
	text := map[retrieval.Field]string{retrieval.FieldFacts: facts(d), retrieval.FieldFull: d.Text}
	if s := section(d, "reasoning", parse.Reasoning); s != "" {
		text[retrieval.FieldReasoning] = s
	}
	if s := section(d, "verdict", parse.Verdict); s != "" {
		text[retrieval.FieldVerdict] = s
	}
	return retrieval.Doc{ID: d.ID, Text: text, Vector: vec, Meta: docmeta.MetaOf(d)}
}

func section(d *corpus.Document, name string, kind parse.SectionKind) string {
	if s := d.Sections[name]; s != "" {
		return s
	}
	if d.Structure != nil {
		for _, sec := range d.Structure.Sections {
			if sec.Kind == kind {
				return sec.Text
			}
		}
	}
	return ""
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// Paths of the files Index writes under its folder.
func EmbedderPath(dir string) string   { return filepath.Join(dir, "embedder.gob") }
func VocabularyPath(dir string) string { return filepath.Join(dir, "vocabulary.json") }

// WeightsPath is where the fusion weights tuned through store ("embedded"
// or "postgres") are kept: each store's lexical scores are its own, so
// each is tuned through itself.
func WeightsPath(dir, store string) string {
	if store == "" || store == "embedded" {
		return filepath.Join(dir, "weights.json")
	}
	return filepath.Join(dir, "weights-"+store+".json")
}

// WordTokenizer is the word tokenizer the corpus embedder is trained with.
func WordTokenizer() (embed.Tokenizer, string) { return analysis.Tokens, "gse" }
