package benchmark

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// schedTimes are a process's times from /proc/PID/schedstat, in
// nanoseconds where /proc/PID/stat counts 10 ms ticks: a push's share of
// them is measurable. Waiting is time runnable but queued for a core,
// which on a shared machine is what separates wall time from work.
type schedTimes struct {
	CPU, Wait time.Duration
}

func (a schedTimes) sub(b schedTimes) schedTimes {
	return schedTimes{CPU: a.CPU - b.CPU, Wait: a.Wait - b.Wait}
}

// serverCPU is the time the Postgres server's backends connected to one
// database have run and waited for a core so far, read from /proc: it
// needs the bench to run on the database's machine, and says how much of
// the server a push costs however loaded the machine is. It holds one
// connection of its own to list the backends (excluded from the sums).
type serverCPU struct {
	url, db string
	conn    *pgx.Conn
	seen    map[int]schedTimes // by backend PID, at the last sample
}

// sample returns what the database's client backends used since the last
// sample (since their start, for backends new since then).
func (s *serverCPU) sample(ctx context.Context) (schedTimes, error) {
	if s.conn == nil {
		conn, err := pgx.Connect(ctx, s.url)
		if err != nil {
			return schedTimes{}, fmt.Errorf("server cpu: connect to %s: %w", s.db, err)
		}
		s.conn = conn
	}
	rows, err := s.conn.Query(ctx, `SELECT pid FROM pg_stat_activity
		WHERE datname = $1 AND backend_type = 'client backend' AND pid <> pg_backend_pid()`, s.db)
	if err != nil {
		return schedTimes{}, fmt.Errorf("server cpu: backends of %s: %w", s.db, err)
	}
	pids, err := pgx.CollectRows(rows, pgx.RowTo[int32])
	if err != nil {
		return schedTimes{}, fmt.Errorf("server cpu: backends of %s: %w", s.db, err)
	}
	now := make(map[int]schedTimes, len(pids))
	var used schedTimes
	for _, pid := range pids {
		t, err := readSchedstat("/proc/" + strconv.Itoa(int(pid)) + "/schedstat")
		if err != nil {
			continue // the backend ended: its time since the last sample is lost
		}
		now[int(pid)] = t
		d := t.sub(s.seen[int(pid)])
		used.CPU += d.CPU
		used.Wait += d.Wait
	}
	s.seen = now
	return used, nil
}

// close closes the sampler's connection.
func (s *serverCPU) close(ctx context.Context) {
	if s.conn != nil {
		s.conn.Close(ctx)
	}
}

// readSchedstat reads the first two fields of a schedstat file: time on a
// core and time waiting on a run queue, in nanoseconds.
func readSchedstat(path string) (schedTimes, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return schedTimes{}, err
	}
	f := strings.Fields(string(b))
	if len(f) < 2 {
		return schedTimes{}, fmt.Errorf("%s: %d fields", path, len(f))
	}
	run, err1 := strconv.ParseInt(f[0], 10, 64)
	wait, err2 := strconv.ParseInt(f[1], 10, 64)
	if err1 != nil || err2 != nil {
		return schedTimes{}, fmt.Errorf("%s: %q", path, b)
	}
	return schedTimes{CPU: time.Duration(run), Wait: time.Duration(wait)}, nil
}

// selfWait is the time this process's threads have waited for a core,
// summed over the threads alive now: a push's share of it is the part of
// its wall time the client spent queued rather than running.
func selfWait() (time.Duration, error) {
	tasks, err := filepath.Glob("/proc/self/task/*/schedstat")
	if err != nil {
		return 0, fmt.Errorf("wait time: %w", err)
	}
	var wait time.Duration
	for _, p := range tasks {
		t, err := readSchedstat(p)
		if err != nil {
			continue // the thread ended
		}
		wait += t.Wait
	}
	return wait, nil
}
