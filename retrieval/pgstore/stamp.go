package pgstore

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// IndexStamp returns the stamp engine.Index last completed this store
// under, "" when none: the store lives apart from the index folder, so it
// keeps its own record of what it holds.
func (s *Store) IndexStamp(ctx context.Context) (string, error) {
	var st string
	err := s.pool.QueryRow(ctx, "SELECT stamp FROM leian.index_stamp").Scan(&st)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("read index stamp: %w", err)
	}
	return st, nil
}

// SetIndexStamp records stamp; "" clears it.
func (s *Store) SetIndexStamp(ctx context.Context, stamp string) error {
	var err error
	if stamp == "" {
		_, err = s.pool.Exec(ctx, "DELETE FROM leian.index_stamp")
	} else {
		_, err = s.pool.Exec(ctx, `INSERT INTO leian.index_stamp (stamp) VALUES ($1)
			ON CONFLICT (one) DO UPDATE SET stamp = EXCLUDED.stamp`, stamp)
	}
	if err != nil {
		return fmt.Errorf("set index stamp %.12q: %w", stamp, err)
	}
	return nil
}

// IDs returns the ID of every stored document, so that a rebuild can
// remove the ones its source no longer has.
func (s *Store) IDs(ctx context.Context) ([]string, error) {
	rows, err := s.pool.Query(ctx, "SELECT id FROM leian.documents")
	if err != nil {
		return nil, fmt.Errorf("list document IDs: %w", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("list document IDs: %w", err)
	}
	return ids, nil
}
