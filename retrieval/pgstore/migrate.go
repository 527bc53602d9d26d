package pgstore

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"log/slog"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migrateLock is the advisory lock key that serialises migrations across
// processes ("leian" in ASCII).
const migrateLock = 0x6c6569616e

// migration is one numbered SQL file.
type migration struct {
	version int
	name    string
	sql     string
}

// loadMigrations reads the embedded files in version order, substituting
// the embedding dimension, the only value not fixed in the SQL.
func loadMigrations(dim int) ([]migration, error) {
	if dim < 1 || dim > maxDim {
		return nil, fmt.Errorf("embedding dimension %d: want 1..%d", dim, maxDim)
	}
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	if err != nil {
		return nil, fmt.Errorf("list migrations: %w", err)
	}
	var ms []migration
	for _, name := range names {
		base := path.Base(name)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %s: name must start with a number and _", base)
		}
		b, err := migrationFiles.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("read migration %s: %w", base, err)
		}
		sql := strings.ReplaceAll(string(b), "{{DIM}}", strconv.Itoa(dim))
		ms = append(ms, migration{version: v, name: base, sql: sql})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	return ms, nil
}

// migrate applies the migrations not yet recorded in
// leian.schema_migrations, each in its own transaction, holding an
// advisory lock so that two processes never migrate at once.
func migrate(ctx context.Context, conn *pgx.Conn, dim int) error {
	ms, err := loadMigrations(dim)
	if err != nil {
		return err
	}
	if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock($1)", migrateLock); err != nil {
		return fmt.Errorf("migrate: take lock: %w", err)
	}
	defer conn.Exec(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", migrateLock)
	_, err = conn.Exec(ctx, `CREATE SCHEMA IF NOT EXISTS leian;
		CREATE TABLE IF NOT EXISTS leian.schema_migrations (
			version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`)
	if err != nil {
		return fmt.Errorf("migrate: create leian.schema_migrations: %w", err)
	}
	for _, m := range ms {
		if err := apply(ctx, conn, m); err != nil {
			return err
		}
	}
	return nil
}

// apply runs m unless it is already recorded.
func apply(ctx context.Context, conn *pgx.Conn, m migration) error {
	return pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		var done bool
		err := tx.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM leian.schema_migrations WHERE version = $1)", m.version).Scan(&done)
		if err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
		if done {
			return nil
		}
		if _, err := tx.Exec(ctx, m.sql); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
		if _, err := tx.Exec(ctx, "INSERT INTO leian.schema_migrations (version, name) VALUES ($1, $2)", m.version, m.name); err != nil {
			return fmt.Errorf("record migration %s: %w", m.name, err)
		}
		slog.Info("applied migration", "name", m.name)
		return nil
	})
}

// checkMigrated fails unless every migration of this build is recorded:
// a replica must not serve a schema older than the code expects.
func checkMigrated(ctx context.Context, conn *pgx.Conn, dim int) error {
	ms, err := loadMigrations(dim)
	if err != nil {
		return err
	}
	var applied int
	if err := conn.QueryRow(ctx, "SELECT count(*) FROM leian.schema_migrations WHERE version = ANY($1)", versions(ms)).Scan(&applied); err != nil {
		return fmt.Errorf("read replica: read leian.schema_migrations: %w", err)
	}
	if applied != len(ms) {
		return fmt.Errorf("read replica: the primary has applied %d of this build's %d migrations; open the store on the primary first", applied, len(ms))
	}
	return nil
}

func versions(ms []migration) []int {
	out := make([]int, len(ms))
	for i, m := range ms {
		out[i] = m.version
	}
	return out
}
