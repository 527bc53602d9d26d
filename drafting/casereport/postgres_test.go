package casereport

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"

	"leian/retrieval/pgstore/pgtest"
)

func TestPostgresStore(t *testing.T) {
	url := pgtest.NewDatabase(t)
	ctx := context.Background()
	p, err := OpenPostgres(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	testStore(t, p)
	// Reopening keeps the tables and their rows; marks are rows too.
	again, err := OpenPostgres(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var marks, follows int
	if err := conn.QueryRow(ctx, `SELECT count(*), count(*) FILTER (WHERE mark = '参照') FROM leian_report.marks`).Scan(&marks, &follows); err != nil {
		t.Fatal(err)
	}
	if marks != 9 || follows != 3 {
		t.Errorf("marks table: %d rows, %d 参照; want 9 and 3", marks, follows)
	}
}
