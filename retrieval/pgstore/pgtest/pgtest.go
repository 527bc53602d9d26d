// Package pgtest gives tests a PostgreSQL database of their own on the
// server named by LEIAN_TEST_POSTGRES_URL (make test sets it). Without that
// variable the tests skip, except under CI=true, where they fail: CI has the
// server and must never pass by skipping.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
)

// EnvURL names the admin connection string tests create databases with.
const EnvURL = "LEIAN_TEST_POSTGRES_URL"

// Require skips t when url is empty, or fails it under CI=true.
func Require(t testing.TB, url string) {
	t.Helper()
	if url != "" {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is unset under CI=true: the Postgres tests must run (make test sets it)", EnvURL)
	}
	t.Skipf("%s is unset: skipping the Postgres tests (make test sets it)", EnvURL)
}

// NewDatabase creates a database for t alone, dropped when t ends, and
// returns its connection string.
func NewDatabase(t testing.TB) string {
	t.Helper()
	admin := os.Getenv(EnvURL)
	Require(t, admin)
	dbURL, drop, err := Create(context.Background(), admin)
	if err != nil {
		t.Fatalf("%s is set but a test database cannot be created: %v", EnvURL, err)
	}
	t.Cleanup(func() {
		if err := drop(); err != nil {
			t.Errorf("drop test database: %v", err)
		}
	})
	return dbURL
}

// Create creates leian_test_<random> on the server of admin (a URL) and
// returns its connection string and a function that drops it.
func Create(ctx context.Context, admin string) (string, func() error, error) {
	u, err := url.Parse(admin)
	if err != nil {
		return "", nil, fmt.Errorf("test database: parse %s: %w", EnvURL, err)
	}
	b := make([]byte, 6)
	rand.Read(b)
	name := "leian_test_" + hex.EncodeToString(b)
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		return "", nil, fmt.Errorf("test database %s: %w", name, err)
	}
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		conn.Close(ctx)
		return "", nil, fmt.Errorf("create test database %s: %w", name, err)
	}
	u.Path = "/" + name
	drop := func() error {
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP DATABASE "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)"); err != nil {
			return fmt.Errorf("drop test database %s: %w", name, err)
		}
		return nil
	}
	return u.String(), drop, nil
}
