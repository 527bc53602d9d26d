package casereport

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// schema is the report tables. A report is kept whole as JSON (it is only
// ever read whole); its marks are also rows, so a court's DBA can query the
// relevance feedback directly.
const schema = `
CREATE SCHEMA IF NOT EXISTS leian_report;
CREATE TABLE IF NOT EXISTS leian_report.reports (
	id         text PRIMARY KEY,
	author     text NOT NULL,
	role       text NOT NULL,
	created    timestamptz NOT NULL,
	query_hash text NOT NULL DEFAULT '',
	pushed     integer NOT NULL,
	body       jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS reports_author ON leian_report.reports (author, created DESC);
CREATE TABLE IF NOT EXISTS leian_report.marks (
	report_id text NOT NULL REFERENCES leian_report.reports (id) ON DELETE CASCADE,
	doc_id    text NOT NULL,
	rank      integer NOT NULL,
	mark      text NOT NULL CHECK (mark IN ('参照', '参考', '不予参照')),
	reason    text NOT NULL,
	PRIMARY KEY (report_id, doc_id)
);`

// Postgres stores reports in the leian_report schema, for courts on the
// Postgres deployment.
type Postgres struct {
	pool *pgxpool.Pool
}

// OpenPostgres connects and creates the report tables if missing.
func OpenPostgres(ctx context.Context, url string) (*Postgres, error) {
	pool, err := pgxpool.New(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("report store: connect: %w", err)
	}
	if _, err := pool.Exec(ctx, schema); err != nil {
		pool.Close()
		return nil, fmt.Errorf("report store: create schema leian_report: %w", err)
	}
	return &Postgres{pool: pool}, nil
}

// Close releases the connections.
func (p *Postgres) Close() { p.pool.Close() }

// Save writes the report and its marks in one transaction.
func (p *Postgres) Save(ctx context.Context, r *Report) error {
	body, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("encode report %s: %w", r.ID, err)
	}
	err = pgx.BeginFunc(ctx, p.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `INSERT INTO leian_report.reports (id, author, role, created, query_hash, pushed, body)
			VALUES ($1, $2, $3, $4, $5, $6, $7)`, r.ID, r.Author, r.Role, r.Created, r.QueryHash, len(r.Pushed), body); err != nil {
			return err
		}
		for _, c := range r.Cases {
			if _, err := tx.Exec(ctx, `INSERT INTO leian_report.marks (report_id, doc_id, rank, mark, reason) VALUES ($1, $2, $3, $4, $5)`,
				r.ID, c.ID, c.Rank, string(c.Mark), c.Reason); err != nil {
				return fmt.Errorf("mark %s: %w", c.ID, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("save report %s: %w", r.ID, err)
	}
	return nil
}

// Get reads one report; an unknown id wraps ErrNotFound.
func (p *Postgres) Get(ctx context.Context, id string) (*Report, error) {
	var body []byte
	err := p.pool.QueryRow(ctx, `SELECT body FROM leian_report.reports WHERE id = $1`, id).Scan(&body)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("report %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("report %s: %w", id, err)
	}
	var r Report
	if err := json.Unmarshal(body, &r); err != nil {
		return nil, fmt.Errorf("report %s: decode: %w", id, err)
	}
	return &r, nil
}

// List returns the reports author filed (every report when author is ""),
// newest first.
func (p *Postgres) List(ctx context.Context, author string) ([]*Report, error) {
	rows, err := p.pool.Query(ctx, `SELECT body FROM leian_report.reports WHERE $1 = '' OR author = $1 ORDER BY created DESC, id DESC`, author)
	if err != nil {
		return nil, fmt.Errorf("list reports: %w", err)
	}
	bodies, err := pgx.CollectRows(rows, pgx.RowTo[[]byte])
	if err != nil {
		return nil, fmt.Errorf("list reports: %w", err)
	}
	out := make([]*Report, 0, len(bodies))
	for _, b := range bodies {
		var r Report
		if err := json.Unmarshal(b, &r); err != nil {
			return nil, fmt.Errorf("list reports: decode: %w", err)
		}
		out = append(out, &r)
	}
	return out, nil
}
