package benchmark

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// serverCPU is the CPU time the Postgres server's backends connected to
// one database have used so far, read from /proc/PID/stat: it needs the
// bench to run on the database's machine, and says how much of the
// server a push costs however loaded the machine is.
type serverCPU struct {
	url, db string
	seen    map[int]time.Duration // by backend PID, at the last sample
}

// clockTick is USER_HZ, the unit of /proc/PID/stat's times (100 on Linux).
const clockTick = 10 * time.Millisecond

// sample returns the CPU the database's client backends used since the
// last sample (since their start, for backends new since then).
func (s *serverCPU) sample(ctx context.Context) (time.Duration, error) {
	conn, err := pgx.Connect(ctx, s.url)
	if err != nil {
		return 0, fmt.Errorf("server cpu: connect to %s: %w", s.db, err)
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, `SELECT pid FROM pg_stat_activity
		WHERE datname = $1 AND backend_type = 'client backend' AND pid <> pg_backend_pid()`, s.db)
	if err != nil {
		return 0, fmt.Errorf("server cpu: backends of %s: %w", s.db, err)
	}
	pids, err := pgx.CollectRows(rows, pgx.RowTo[int32])
	if err != nil {
		return 0, fmt.Errorf("server cpu: backends of %s: %w", s.db, err)
	}
	now := make(map[int]time.Duration, len(pids))
	var used time.Duration
	for _, pid := range pids {
		t, err := procCPU(int(pid))
		if err != nil {
			continue // the backend ended: its CPU since the last sample is lost
		}
		now[int(pid)] = t
		used += t - s.seen[int(pid)]
	}
	s.seen = now
	return used, nil
}

// procCPU is utime + stime of process pid.
func procCPU(pid int) (time.Duration, error) {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0, err
	}
	// Fields after the command name, which is in parentheses and may
	// hold spaces: state is field 3, utime 14 and stime 15.
	i := strings.LastIndexByte(string(b), ')')
	if i < 0 {
		return 0, fmt.Errorf("/proc/%d/stat: no command name", pid)
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 {
		return 0, fmt.Errorf("/proc/%d/stat: %d fields", pid, len(f))
	}
	ut, err1 := strconv.ParseInt(f[11], 10, 64)
	st, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("/proc/%d/stat: utime %q stime %q", pid, f[11], f[12])
	}
	return time.Duration(ut+st) * clockTick, nil
}
