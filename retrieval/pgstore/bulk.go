package pgstore

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sort"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/pgvector/pgvector-go"

	"leian/retrieval"
	"leian/retrieval/analysis"
)

// Loader fills an empty store in bulk: its Upsert streams documents and
// postings in with COPY, into tables whose secondary indexes are dropped,
// and Compact writes the lexeme frequencies and builds every index once,
// which is several times faster than maintaining them row by row.
// engine.Index calls Compact after its last Upsert. Searches before
// Compact see no index and no frequencies; the stamp engine.Index sets
// only after Compact marks the store complete. Not for concurrent use.
type Loader struct {
	*Store
	log     *slog.Logger
	indexes []string // CREATE INDEX statements of the dropped indexes
	terms   map[termKey]*termCount
	ids     map[string]bool
	num     int64
	// blocks are the postings not yet written, by term; pending counts them.
	blocks  map[int32]*block
	pending int
	// blockPostings is how many postings are held before they are written.
	blockPostings int
	// compacted: Compact ran; a second call has nothing to do.
	compacted bool
	Stats     LoadStats
}

// LoadStats are what a bulk load took.
type LoadStats struct {
	Documents    int     `json:"documents"`
	Postings     int64   `json:"postings"`
	Blocks       int64   `json:"posting_blocks"` // rows of leian.posting_blocks
	CutSeconds   float64 `json:"cut_seconds"`    // cutting documents into lexemes, on every core
	CopySeconds  float64 `json:"copy_seconds"`   // COPY of documents and postings
	IndexSeconds float64 `json:"index_seconds"`  // frequencies, indexes, ANALYZE
}

type termKey struct{ field, lexeme string }

type termCount struct {
	term int32
	df   int32
}

// NewLoader readies s for a bulk load when it holds no documents, or
// holds what a bulk load cut short left (which it empties), and returns
// nil otherwise. It empties the frequencies and postings and drops the
// secondary indexes, recording them in leian.bulk_indexes until Compact
// builds them again; primary keys stay, so that an ID repeated across
// Upserts is an error, not a duplicate.
func (s *Store) NewLoader(ctx context.Context, log *slog.Logger) (*Loader, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	var n, pending int
	err := s.pool.QueryRow(ctx, "SELECT (SELECT count(*) FROM leian.documents), (SELECT count(*) FROM leian.bulk_indexes)").Scan(&n, &pending)
	if err != nil {
		return nil, fmt.Errorf("bulk load: %w", err)
	}
	if n != 0 && pending == 0 {
		return nil, nil
	}
	l := &Loader{Store: s, log: log, terms: map[termKey]*termCount{}, ids: map[string]bool{}, blocks: map[int32]*block{}, blockPostings: blockPostings}
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `SELECT i.indexname, i.indexdef FROM pg_indexes i
			JOIN pg_class c ON c.relname = i.indexname JOIN pg_namespace ns ON ns.oid = c.relnamespace AND ns.nspname = i.schemaname
			WHERE i.schemaname = 'leian' AND i.tablename IN ('documents', 'posting_blocks', 'lexeme_df')
			AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = c.oid)`)
		if err != nil {
			return fmt.Errorf("list indexes: %w", err)
		}
		type index struct{ Name, Def string }
		idx, err := pgx.CollectRows(rows, pgx.RowToStructByPos[index])
		if err != nil {
			return fmt.Errorf("list indexes: %w", err)
		}
		b := &pgx.Batch{}
		b.Queue("TRUNCATE leian.documents, leian.lexeme_df, leian.posting_blocks")
		b.Queue("UPDATE leian.store_config SET documents = 0")
		for _, i := range idx {
			b.Queue("DROP INDEX leian." + pgx.Identifier{i.Name}.Sanitize())
			b.Queue("INSERT INTO leian.bulk_indexes (def) VALUES ($1)", i.Def)
		}
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return fmt.Errorf("drop indexes: %w", err)
		}
		rows, err = tx.Query(ctx, "SELECT def FROM leian.bulk_indexes")
		if err != nil {
			return err
		}
		l.indexes, err = pgx.CollectRows(rows, pgx.RowTo[string])
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("bulk load: %w", err)
	}
	if pending > 0 {
		log.Warn("bulk load: an earlier load was cut short; starting over", "documents", n)
	}
	return l, nil
}

var documentColumns = []string{"num", "id", "charges", "articles", "court", "court_level", "province", "year",
	"procedure", "doc_type", "case_type", "cause",
	"facts_tsv", "reasoning_tsv", "verdict_tsv", "full_tsv", "facts_bigram_tsv", "embedding"}

// Upsert copies docs in. A document ID seen before is an error: a bulk
// load writes each document once. The documents are cut into lexemes on
// every core; their postings are held until there are l.blockPostings
// of them (or Compact), then written one block per term.
func (l *Loader) Upsert(ctx context.Context, docs []retrieval.Doc) error {
	start := time.Now()
	for i, d := range docs {
		if d.ID == "" {
			return fmt.Errorf("bulk load doc %d: empty ID: %w", i, retrieval.ErrInvalid)
		}
		if l.ids[d.ID] {
			return fmt.Errorf("bulk load doc %d: ID %q written twice", i, d.ID)
		}
	}
	cut := make([]cutDoc, len(docs))
	err := parallelEach(len(docs), func(i int) error {
		var err error
		cut[i], err = l.cut(docs[i])
		if err != nil {
			return fmt.Errorf("bulk load doc %d: %w", i, err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	cutDone := time.Now()
	l.Stats.CutSeconds += cutDone.Sub(start).Seconds()
	rows := make([][]any, len(docs))
	for i, c := range cut {
		l.ids[docs[i].ID] = true
		rows[i] = l.register(c)
	}
	err = pgx.BeginFunc(ctx, l.pool, func(tx pgx.Tx) error {
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"leian", "documents"}, documentColumns, pgx.CopyFromRows(rows)); err != nil {
			return fmt.Errorf("copy %d documents: %w", len(rows), err)
		}
		_, err := tx.Exec(ctx, "UPDATE leian.store_config SET documents = documents + $1", len(rows))
		return err
	})
	if err != nil {
		return fmt.Errorf("bulk load: %w", err)
	}
	l.Stats.Documents += len(rows)
	if l.pending >= l.blockPostings {
		if err := l.flushPostings(ctx); err != nil {
			return err
		}
	}
	l.Stats.CopySeconds += time.Since(cutDone).Seconds()
	return nil
}

// blockPostings is how many postings the loader holds before writing
// them as blocks (~8,000 judgments, ~100 MB): larger blocks mean fewer
// rows per term, hence a smaller table and fewer index entries.
const blockPostings = 8 << 20

// cutDoc is a document cut into lexemes: its documents row without num,
// and its fields' positions.
type cutDoc struct {
	row    []any
	fields [5]fieldPositions
}

type fieldPositions struct {
	field retrieval.Field
	p     positions
	ranks map[string]float32 // fields with postings only
}

// cut tokenises d's fields; it touches nothing of l's but its dimension,
// so documents are cut in parallel.
func (l *Loader) cut(d retrieval.Doc) (cutDoc, error) {
	var emb any
	if d.Vector != nil {
		if len(d.Vector) != l.dim || !finiteNonZero(d.Vector) {
			return cutDoc{}, fmt.Errorf("document %s: vector of %d dimensions (store: %d), or of zero or non-finite length: %w", d.ID, len(d.Vector), l.dim, retrieval.ErrInvalid)
		}
		emb = pgvector.NewVector(d.Vector)
	}
	var year any
	if d.Meta.Year != 0 {
		year = int32(d.Meta.Year)
	}
	m := d.Meta
	words := searchTokens(d)
	c := cutDoc{fields: [5]fieldPositions{
		{field: retrieval.FieldFacts, p: lexemePositions(words[retrieval.FieldFacts])},
		{field: retrieval.FieldReasoning, p: lexemePositions(words[retrieval.FieldReasoning])},
		{field: retrieval.FieldVerdict, p: lexemePositions(words[retrieval.FieldVerdict])},
		{field: retrieval.FieldFull, p: lexemePositions(words[retrieval.FieldFull])},
		{field: retrieval.FieldFactsBigram, p: lexemePositions(analysis.Bigrams(d.Text[retrieval.FieldFacts]))},
	}}
	c.row = []any{nil, d.ID, nonNil(m.Charges), nonNil(m.Articles), m.Court, m.CourtLevel, m.Province, year,
		m.Procedure, m.DocType, m.CaseType, m.Cause}
	for i, f := range c.fields {
		c.row = append(c.row, f.p.tsvector())
		if hasPostings([]retrieval.FieldWeight{{Field: f.field}}) {
			c.fields[i].ranks = f.p.ranks()
		}
	}
	c.row = append(c.row, emb)
	return c, nil
}

// searchTokens cuts d's text fields in Search mode. The sections are
// parts of the full text, cut first: a memo of its clauses segments each
// clause once (see analysis.Memo), which was most of a load's client work.
func searchTokens(d retrieval.Doc) map[retrieval.Field][]string {
	memo := analysis.NewMemo()
	out := make(map[retrieval.Field][]string, 4)
	for _, f := range []retrieval.Field{retrieval.FieldFull, retrieval.FieldFacts, retrieval.FieldReasoning, retrieval.FieldVerdict} {
		out[f] = analysis.SearchTokensMemo(d.Text[f], memo)
	}
	return out
}

// register numbers a cut document, counts its lexemes and holds its
// postings, and returns its documents row.
func (l *Loader) register(c cutDoc) []any {
	l.num++
	c.row[0] = l.num
	for _, f := range c.fields {
		for _, t := range f.p.order {
			k := termKey{string(f.field), t}
			tc := l.terms[k]
			if tc == nil {
				tc = &termCount{term: int32(len(l.terms) + 1)}
				l.terms[k] = tc
			}
			tc.df++
			if f.ranks != nil {
				b := l.blocks[tc.term]
				if b == nil {
					b = &block{}
					l.blocks[tc.term] = b
				}
				b.docs = append(b.docs, int32(l.num))
				b.ranks = append(b.ranks, f.ranks[t])
				l.pending++
			}
		}
	}
	return c.row
}

// block is one term's postings in a block of documents, in document order.
type block struct {
	docs  []int32
	ranks []float32
}

// flushPostings writes the postings held, one row per term.
func (l *Loader) flushPostings(ctx context.Context) error {
	if len(l.blocks) == 0 {
		return nil
	}
	rows := make([][]any, 0, len(l.blocks))
	for t, b := range l.blocks {
		rows = append(rows, []any{t, b.docs, b.ranks})
	}
	if _, err := l.pool.CopyFrom(ctx, pgx.Identifier{"leian", "posting_blocks"}, []string{"term", "docs", "ranks"}, pgx.CopyFromRows(rows)); err != nil {
		return fmt.Errorf("bulk load: copy the postings of %d terms: %w", len(rows), err)
	}
	l.Stats.Postings += int64(l.pending)
	l.Stats.Blocks += int64(len(rows))
	l.blocks, l.pending = map[int32]*block{}, 0
	return nil
}

// parallelEach runs fn(0..n-1) on GOMAXPROCS goroutines and returns the
// first error by index.
func parallelEach(n int, fn func(i int) error) error {
	errs := make([]error, n)
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(n, runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for i := range next {
				errs[i] = fn(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	return errors.Join(errs...)
}

// tsvector is p in pgx's binary form, for COPY.
func (p positions) tsvector() pgtype.TSVector {
	v := pgtype.TSVector{Valid: true, Lexemes: make([]pgtype.TSVectorLexeme, 0, len(p.order))}
	for _, t := range p.order {
		ps := make([]pgtype.TSVectorPosition, len(p.pos[t]))
		for i, pos := range p.pos[t] {
			ps[i] = pgtype.TSVectorPosition{Position: uint16(pos), Weight: pgtype.TSVectorWeightD}
		}
		v.Lexemes = append(v.Lexemes, pgtype.TSVectorLexeme{Word: t, Positions: ps})
	}
	// tsvector stores lexemes sorted by length, then bytes; sorted input
	// saves the server a sort.
	sort.Slice(v.Lexemes, func(i, j int) bool {
		a, b := v.Lexemes[i].Word, v.Lexemes[j].Word
		if len(a) != len(b) {
			return len(a) < len(b)
		}
		return a < b
	})
	return v
}

// maintenanceMem is maintenance_work_mem for the index builds: an HNSW
// graph built in memory is several times faster than one that spills.
const maintenanceMem = "1GB"

// Compact writes the lexeme frequencies, rebuilds the dropped indexes,
// moves the key sequences past the loaded keys and analyzes the tables.
func (l *Loader) Compact(ctx context.Context) error {
	if l.compacted {
		return nil
	}
	start := time.Now()
	if err := l.flushPostings(ctx); err != nil {
		return err
	}
	rows := make([][]any, 0, len(l.terms))
	for k, tc := range l.terms {
		rows = append(rows, []any{k.field, k.lexeme, tc.df, tc.term})
	}
	conn, err := l.pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("bulk load: %w", err)
	}
	defer conn.Release()
	if _, err := conn.CopyFrom(ctx, pgx.Identifier{"leian", "lexeme_df"}, []string{"field", "lexeme", "df", "term"}, pgx.CopyFromRows(rows)); err != nil {
		return fmt.Errorf("bulk load: copy %d lexeme frequencies: %w", len(rows), err)
	}
	l.log.Info("bulk load: documents copied; building indexes", "documents", l.Stats.Documents, "postings", l.Stats.Postings, "lexemes", len(rows))
	if _, err := conn.Exec(ctx, "SELECT set_config('maintenance_work_mem', $1, false)", maintenanceMem); err != nil {
		return fmt.Errorf("bulk load: %w", err)
	}
	for _, def := range l.indexes {
		t := time.Now()
		if _, err := conn.Exec(ctx, def); err != nil {
			return fmt.Errorf("bulk load: %s: %w", def, err)
		}
		l.log.Info("bulk load: index built", "index", def, "seconds", int(time.Since(t).Seconds()))
	}
	_, err = conn.Exec(ctx, `TRUNCATE leian.bulk_indexes;
		SELECT setval(pg_get_serial_sequence('leian.documents', 'num'), greatest(1, (SELECT max(num) FROM leian.documents)));
		SELECT setval(pg_get_serial_sequence('leian.lexeme_df', 'term'), greatest(1, (SELECT max(term) FROM leian.lexeme_df)));
		RESET maintenance_work_mem`)
	if err != nil {
		return fmt.Errorf("bulk load: finish: %w", err)
	}
	// VACUUM, not only ANALYZE: it sets the visibility map, without which
	// index-only scans (documents_num) fetch their rows from the heap.
	for _, t := range []string{"documents", "posting_blocks", "lexeme_df", "store_config"} {
		if _, err := conn.Exec(ctx, "VACUUM (ANALYZE) leian."+t); err != nil {
			return fmt.Errorf("bulk load: vacuum leian.%s: %w", t, err)
		}
	}
	l.compacted = true
	l.Stats.IndexSeconds = time.Since(start).Seconds()
	return nil
}
