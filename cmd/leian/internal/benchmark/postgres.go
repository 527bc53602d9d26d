package benchmark

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"leian/retrieval"
	"leian/retrieval/engine"
	"leian/retrieval/pgstore"
)

// Database is the Postgres database the bench loads, created when missing,
// so the service's own database is never touched.
const Database = "leian_bench"

// postgresLoad is how the Postgres store came to hold the documents.
type postgresLoad struct {
	store   *pgstore.Store
	url     string
	seconds float64
	reused  bool
	bulk    *pgstore.LoadStats // nil when the store was not empty
}

// openPostgres opens the bench database on adminURL's server and loads the
// documents into it through the engine's indexing path, unless it already
// holds as many documents as the document store.
func openPostgres(ctx context.Context, s Setup, dim, total int) (*postgresLoad, error) {
	dbURL, err := ensureDatabase(ctx, s.PostgresURL, s.Database)
	if err != nil {
		return nil, err
	}
	if err := dropIfStale(ctx, dbURL, s.Database, total); err != nil {
		return nil, err
	}
	st, err := pgstore.Open(ctx, dbURL, pgstore.Options{Dim: dim})
	if err != nil {
		return nil, err
	}
	p := &postgresLoad{store: st, url: dbURL}
	n, err := st.Count(ctx)
	if err != nil {
		st.Close()
		return nil, err
	}
	if p.reused = n == total; p.reused {
		return p, nil
	}
	if p.seconds, p.bulk, err = load(ctx, s, st, total); err != nil {
		st.Close()
		return nil, err
	}
	return p, nil
}

// load indexes every stored document into st with the index's embedder.
// Index writes its vocabulary and stamp to a folder of its own, kept apart
// from the real index's.
func load(ctx context.Context, s Setup, st *pgstore.Store, total int) (float64, *pgstore.LoadStats, error) {
	dir, err := os.MkdirTemp("", "leian-bench-pg-")
	if err != nil {
		return 0, nil, fmt.Errorf("load postgres: %w", err)
	}
	defer os.RemoveAll(dir)
	s.Log.Info("loading the documents into postgres", "database", s.Database, "documents", total)
	var into retrieval.Store = st
	l, err := st.NewLoader(ctx, s.Log)
	if err != nil {
		return 0, nil, err
	}
	if l != nil {
		into = l
	}
	start, next := time.Now(), 0
	o := engine.IndexOptions{Dir: dir, Embedder: s.Embedder, BatchSize: 256, Log: s.Log, Settings: "bench postgres", Force: true,
		Progress: func(done, total int) {
			if done >= next {
				s.Log.Info("postgres load", "done", done, "total", total, "seconds", int(time.Since(start).Seconds()))
				next = done + total/10
			}
		}}
	if err := engine.Index(ctx, s.Docs, into, o); err != nil {
		return 0, nil, fmt.Errorf("load postgres database %s: %w", s.Database, err)
	}
	if l == nil {
		return time.Since(start).Seconds(), nil, nil
	}
	return time.Since(start).Seconds(), &l.Stats, nil
}

// ensureDatabase creates database name on the server of adminURL when it
// does not exist, and returns a connection string for it.
func ensureDatabase(ctx context.Context, adminURL, name string) (string, error) {
	conn, err := pgx.Connect(ctx, adminURL)
	if err != nil {
		return "", fmt.Errorf("postgres bench: connect: %w", err)
	}
	defer conn.Close(ctx)
	var exists bool
	if err := conn.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name).Scan(&exists); err != nil {
		return "", fmt.Errorf("postgres bench: look up database %s: %w", name, err)
	}
	if !exists {
		if _, err := conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
			return "", fmt.Errorf("postgres bench: create database %s: %w", name, err)
		}
	}
	return withDatabase(adminURL, name)
}

// withDatabase points a pgx connection string, URL or key=value, at name.
func withDatabase(connString, name string) (string, error) {
	if strings.HasPrefix(connString, "postgres://") || strings.HasPrefix(connString, "postgresql://") {
		u, err := url.Parse(connString)
		if err != nil {
			return "", fmt.Errorf("postgres bench: connection string: %w", err)
		}
		u.Path = "/" + name
		return u.String(), nil
	}
	// In key=value form a later key overrides an earlier one.
	return strings.TrimSpace(connString) + " dbname=" + name, nil
}

// dropIfStale drops the bench database's store when it holds a different
// number of documents than the document store: Index upserts but never
// deletes, so a stale store would keep documents that are gone.
func dropIfStale(ctx context.Context, dbURL, db string, total int) error {
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		return fmt.Errorf("postgres bench: connect to %s: %w", db, err)
	}
	defer conn.Close(ctx)
	var n int
	err = conn.QueryRow(ctx, "SELECT count(*) FROM leian.documents").Scan(&n)
	var pgErr *pgconn.PgError
	switch {
	case errors.As(err, &pgErr) && (pgErr.Code == "42P01" || pgErr.Code == "3F000"): // no store yet
		return nil
	case err != nil:
		return fmt.Errorf("postgres bench: count documents in %s: %w", db, err)
	case n == total || n == 0:
		return nil
	}
	if _, err := conn.Exec(ctx, "DROP SCHEMA leian CASCADE"); err != nil {
		return fmt.Errorf("postgres bench: drop the stale store in %s (%d documents, want %d): %w", db, n, total, err)
	}
	return nil
}

// postgresMiB is the size of the store's tables with their indexes and TOAST.
func postgresMiB(ctx context.Context, dbURL, db string) (float64, error) {
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		return 0, fmt.Errorf("postgres bench: connect to %s: %w", db, err)
	}
	defer conn.Close(ctx)
	var bytes int64
	err = conn.QueryRow(ctx, `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint
		FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = 'leian' AND c.relkind = 'r'`).Scan(&bytes)
	if err != nil {
		return 0, fmt.Errorf("postgres bench: size of schema leian in %s: %w", db, err)
	}
	return float64(bytes) / (1 << 20), nil
}
