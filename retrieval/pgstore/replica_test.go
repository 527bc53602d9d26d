package pgstore

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"leian/retrieval"
	"leian/retrieval/pgstore/pgtest"
	"leian/retrieval/storetest"
)

// cluster is a PostgreSQL cluster made by pg_createcluster for one test.
type cluster struct {
	version, name string
	port          int
}

func (c cluster) url() string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", c.port)
}

func (c cluster) dataDir() string {
	return filepath.Join("/var/lib/postgresql", c.version, c.name)
}

func (c cluster) confDir() string {
	return filepath.Join("/etc/postgresql", c.version, c.name)
}

// TestReadReplica: a streaming replica serves the searches of a push.
// The test makes a primary and a replica cluster of its own with the
// server's tools (pg_createcluster, pg_basebackup), with the settings the
// README gives a DBA, writes judgments on the primary, and checks that a
// store opened on the replica is read-only, sees the writes, and answers
// every search of a push as the primary does. Both clusters are dropped
// at the end. It needs root (CI runs as root) and, like every Postgres
// test, LEIAN_TEST_POSTGRES_URL.
func TestReadReplica(t *testing.T) {
	pgtest.Require(t, testURL)
	if testing.Short() {
		t.Skip("-short: the replica test makes two clusters")
	}
	version, err := serverVersion()
	if err == nil && os.Geteuid() != 0 {
		err = errors.New("pg_createcluster needs root")
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("read-replica test cannot run under CI=true: %v", err)
		}
		t.Skipf("read-replica test: %v", err)
	}
	ctx := context.Background()
	id := fmt.Sprintf("leian_t%d", os.Getpid())
	primary := newCluster(t, version, id+"_primary", true)
	replica := newCluster(t, version, id+"_replica", false)
	// The replica is a copy of the primary's data directory that keeps
	// streaming its WAL: -R writes standby.signal and primary_conninfo.
	run(t, "find", replica.dataDir(), "-mindepth", "1", "-delete")
	run(t, "runuser", "-u", "postgres", "--", "pg_basebackup", "-h", "127.0.0.1", "-p", fmt.Sprint(primary.port),
		"-U", "postgres", "-D", replica.dataDir(), "-X", "stream", "-R", "-c", "fast")
	run(t, "pg_ctlcluster", version, replica.name, "start")

	docs := storetest.WithRandomVectors(storetest.LeCaRD(t, 120), storetest.Dim, 3)
	pg, err := Open(ctx, primary.url(), Options{Dim: storetest.Dim})
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	if err := pg.Upsert(ctx, docs[:100]); err != nil {
		t.Fatal(err)
	}
	waitReplay(t, pg, replica)
	ro, err := Open(ctx, replica.url(), Options{})
	if err != nil {
		t.Fatalf("open the store on the replica: %v", err)
	}
	defer ro.Close()
	if err := ro.Upsert(ctx, docs[100:101]); !errors.Is(err, ErrStandby) {
		t.Errorf("Upsert on the replica: %v, want ErrStandby", err)
	}
	// Writes after the replica started reach it by streaming.
	if err := pg.Upsert(ctx, docs[100:]); err != nil {
		t.Fatal(err)
	}
	waitReplay(t, pg, replica)
	if n, err := ro.Count(ctx); err != nil || n != len(docs) {
		t.Errorf("replica holds %d documents (%v), want %d", n, err, len(docs))
	}
	push := func(s *Store) string {
		var out []string
		q := docs[110]
		// A short query: a whole judgment's rarest terms are its own.
		text := string([]rune(q.Text[retrieval.FieldFacts])[:80])
		for _, f := range []retrieval.Filter{{}, {Charges: q.Meta.Charges}} {
			lex, err := s.Lexical(ctx, text, f, 20)
			if err != nil {
				t.Fatal(err)
			}
			near, err := s.Nearest(ctx, q.Vector, f, 20)
			if err != nil {
				t.Fatal(err)
			}
			ids := make([]string, 0, 10)
			for _, r := range append(lex[:min(5, len(lex))], near[:min(5, len(near))]...) {
				ids = append(ids, r.ID)
			}
			f.IDs = ids
			some, err := s.Lexical(ctx, text, f, len(ids))
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, scoredText(lex), scoredText(near), scoredText(some))
		}
		return strings.Join(out, "\n")
	}
	want, got := push(pg), push(ro)
	if got != want {
		t.Errorf("the replica answers a push\n%s\nthe primary\n%s", got, want)
	}
	if !strings.Contains(want, docs[110].ID) {
		t.Errorf("a push with a document's own facts does not find it: %s", want)
	}
}

func scoredText(ss []retrieval.Scored) string {
	var b strings.Builder
	for _, s := range ss {
		fmt.Fprintf(&b, "%s %.6f; ", s.ID, s.Score)
	}
	return b.String()
}

// serverVersion is the major version of the installed server, whose
// cluster tools the test uses.
func serverVersion() (string, error) {
	for _, tool := range []string{"pg_createcluster", "pg_basebackup", "pg_ctlcluster", "pg_dropcluster", "runuser"} {
		if _, err := exec.LookPath(tool); err != nil {
			return "", fmt.Errorf("%s not installed", tool)
		}
	}
	entries, err := os.ReadDir("/usr/lib/postgresql")
	if err != nil || len(entries) == 0 {
		return "", fmt.Errorf("no server in /usr/lib/postgresql: %v", err)
	}
	return entries[len(entries)-1].Name(), nil
}

// newCluster creates a cluster on a free port, trusting local TCP
// connections (replication included), and starts it when start is set.
// It is dropped when t ends.
func newCluster(t *testing.T, version, name string, start bool) cluster {
	t.Helper()
	c := cluster{version: version, name: name, port: freePort(t)}
	run(t, "pg_createcluster", "-p", fmt.Sprint(c.port), version, name, "--",
		"--auth-local=trust", "--auth-host=trust")
	t.Cleanup(func() {
		out, err := exec.Command("pg_dropcluster", "--stop", version, name).CombinedOutput()
		if err != nil {
			t.Errorf("pg_dropcluster %s: %v\n%s", name, err, out)
		}
	})
	// The settings a primary needs for a streaming replica (README,
	// "Read replicas"); wal_level=replica and hot_standby=on are the
	// defaults since PostgreSQL 10, set here so the test says so.
	conf := strings.Join([]string{
		"listen_addresses = '127.0.0.1'",
		"wal_level = replica",
		"max_wal_senders = 5",
		"hot_standby = on",
		"hot_standby_feedback = on",
		"shared_buffers = 32MB",
	}, "\n") + "\n"
	if err := os.WriteFile(filepath.Join(c.confDir(), "conf.d", "leian-replica.conf"), []byte(conf), 0o644); err != nil {
		t.Fatal(err)
	}
	hba := "local all all trust\nhost all all 127.0.0.1/32 trust\nhost replication all 127.0.0.1/32 trust\n"
	if err := os.WriteFile(filepath.Join(c.confDir(), "pg_hba.conf"), []byte(hba), 0o640); err != nil {
		t.Fatal(err)
	}
	if start {
		run(t, "pg_ctlcluster", version, name, "start")
	}
	return c
}

// waitReplay waits until the replica has replayed everything the primary
// has written.
func waitReplay(t *testing.T, pg *Store, replica cluster) {
	t.Helper()
	ctx := context.Background()
	var lsn string
	if err := pg.pool.QueryRow(ctx, "SELECT pg_current_wal_lsn()::text").Scan(&lsn); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		conn, err := pgx.Connect(ctx, replica.url())
		if err == nil {
			var done bool
			err = conn.QueryRow(ctx, "SELECT coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false)", lsn).Scan(&done)
			conn.Close(ctx)
			if err == nil && done {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("the replica has not replayed the primary's WAL up to %s in 60 s (last error: %v)", lsn, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func run(t *testing.T, name string, args ...string) {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
}
