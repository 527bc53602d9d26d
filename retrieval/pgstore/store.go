// Package pgstore is the PostgreSQL + pgvector search store: judgments'
// filter columns, tsvectors and embeddings in schema leian, searched in SQL.
package pgstore

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	pgxvec "github.com/pgvector/pgvector-go/pgx"

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
	ef   int // hnsw.ef_search at least
	// standby: the server is a hot standby (a streaming read replica),
	// which serves searches and refuses writes.
	standby bool
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
	// Nearest raises ef_search per query when k is larger.
	cfg.ConnConfig.RuntimeParams["hnsw.ef_search"] = strconv.Itoa(ef)
	cfg.ConnConfig.RuntimeParams["hnsw.iterative_scan"] = "relaxed_order"
	// A push's queries cost enough to pass jit_above_cost, and compiling
	// them takes longer than running them.
	cfg.ConnConfig.RuntimeParams["jit"] = "off"
	where := cfg.ConnConfig.Host + "/" + cfg.ConnConfig.Database
	// Migrate on a connection of its own: the pool's connections register
	// pgvector's types as they connect, which needs the extension first.
	dim, standby, err := setUp(ctx, cfg.ConnConfig.Copy(), opt.Dim)
	if err != nil {
		return nil, fmt.Errorf("postgres store %s: %w", where, err)
	}
	// Binary vectors: 4 bytes a dimension instead of a decimal string,
	// and no parsing on either side.
	cfg.AfterConnect = pgxvec.RegisterTypes
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres store %s: %w", where, err)
	}
	return &Store{pool: pool, dim: dim, ef: ef, standby: standby}, nil
}

// setUp migrates the schema and returns the store's dimension. On a hot
// standby, which cannot be written, it checks instead that the primary
// has migrated the store as far as this build would.
func setUp(ctx context.Context, cfg *pgx.ConnConfig, want int) (dim int, standby bool, err error) {
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return 0, false, err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if err := conn.QueryRow(ctx, "SELECT pg_is_in_recovery()").Scan(&standby); err != nil {
		return 0, false, fmt.Errorf("ask whether the server is a standby: %w", err)
	}
	err = conn.QueryRow(ctx, "SELECT dim FROM leian.store_config").Scan(&dim)
	var pgErr *pgconn.PgError
	switch {
	case errors.As(err, &pgErr) && (pgErr.Code == "42P01" || pgErr.Code == "3F000"): // no table or schema yet
		if standby {
			return 0, true, errors.New("this read replica holds no store yet: create it on the primary (leian index)")
		}
		if want == 0 {
			return 0, false, errors.New("no store in this database yet, and a new store needs Options.Dim (run leian index first)")
		}
		dim = want
	case err != nil:
		return 0, standby, fmt.Errorf("read store dimension: %w", err)
	case want != 0 && want != dim:
		return 0, standby, fmt.Errorf("store has dimension %d, Options.Dim is %d", dim, want)
	}
	if standby {
		return dim, true, checkMigrated(ctx, conn, dim)
	}
	return dim, false, migrate(ctx, conn, dim)
}

// ErrStandby is a write sent to a store opened on a read replica.
var ErrStandby = errors.New("the postgres server is a read-only standby: write to the primary")

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
