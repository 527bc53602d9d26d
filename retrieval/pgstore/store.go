// Package pgstore is the PostgreSQL + pgvector search store: judgments'
// filter columns, tsvectors and embeddings in schema leian, searched in SQL.
package pgstore

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"leian/retrieval"
	"leian/retrieval/analysis"
)

// maxDim is the largest dimension an HNSW index on vector supports.
const maxDim = 2000

// Options configure Open.
type Options struct {
	// Dim is the embedding dimension of a new store (required then); an
	// existing store keeps the one it was created with, and a different
	// non-zero Dim is an error.
	Dim int
	// EfSearch is hnsw.ef_search, the HNSW candidate list size: higher is
	// more exact and slower. 0 means 100 (pgvector's default is 40).
	EfSearch int
}

// Store is the Postgres retrieval.Store. It is safe for concurrent use.
type Store struct {
	pool *pgxpool.Pool
	dim  int
}

var _ retrieval.Store = (*Store)(nil)

// Open connects to url (a pgx connection string), creates or migrates
// schema leian, and returns the store.
func Open(ctx context.Context, url string, opt Options) (*Store, error) {
	if err := analysis.Load(); err != nil {
		return nil, fmt.Errorf("open postgres store: %w", err)
	}
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("postgres store: parse connection string: %w", err)
	}
	ef := opt.EfSearch
	if ef == 0 {
		ef = 100
	}
	if ef < 1 || ef > 1000 {
		return nil, fmt.Errorf("postgres store: ef_search %d: want 1..1000", ef)
	}
	// Relaxed iterative scans let a filtered HNSW search go on past
	// ef_search candidates until k rows pass the WHERE clause (pgvector
	// 0.8); Nearest re-sorts the rows it gets, so relaxed order is enough.
	cfg.ConnConfig.RuntimeParams["hnsw.ef_search"] = strconv.Itoa(ef)
	cfg.ConnConfig.RuntimeParams["hnsw.iterative_scan"] = "relaxed_order"
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres store %s: %w", cfg.ConnConfig.Host, err)
	}
	s := &Store{pool: pool}
	if s.dim, err = s.setUp(ctx, opt.Dim); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres store %s/%s: %w", cfg.ConnConfig.Host, cfg.ConnConfig.Database, err)
	}
	return s, nil
}

// setUp migrates the schema and returns the store's dimension.
func (s *Store) setUp(ctx context.Context, want int) (int, error) {
	var dim int
	err := s.pool.QueryRow(ctx, "SELECT dim FROM leian.store_config").Scan(&dim)
	var pgErr *pgconn.PgError
	switch {
	case errors.As(err, &pgErr) && (pgErr.Code == "42P01" || pgErr.Code == "3F000"): // no table or schema yet
		if want == 0 {
			return 0, errors.New("a new store needs Options.Dim")
		}
		dim = want
	case err != nil:
		return 0, fmt.Errorf("read store dimension: %w", err)
	case want != 0 && want != dim:
		return 0, fmt.Errorf("store has dimension %d, Options.Dim is %d", dim, want)
	}
	return dim, migrate(ctx, s.pool, dim)
}

// Dim returns the embedding dimension.
func (s *Store) Dim() int { return s.dim }

// Count implements retrieval.Store.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	if err := s.pool.QueryRow(ctx, "SELECT count(*) FROM leian.documents").Scan(&n); err != nil {
		return 0, fmt.Errorf("count documents: %w", err)
	}
	return n, nil
}

// Close implements retrieval.Store.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}
