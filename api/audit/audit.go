// Package audit keeps the append-only record of who was shown which
// suggestions: one JSON line per call, fsync'd, one file per UTC day.
package audit

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"
)

// Entry is one audited API call. It names the query only by its SHA-256:
// never the facts text, party names or any other case content.
type Entry struct {
	Time        time.Time `json:"time"`
	User        string    `json:"user"`
	Role        string    `json:"role"`
	TokenID     string    `json:"token_id"`
	Route       string    `json:"route"`
	RequestID   string    `json:"request_id"`
	Status      int       `json:"status"`
	QuerySHA256 string    `json:"query_sha256,omitempty"`
	ResultIDs   []string  `json:"result_ids,omitempty"`
}

// Log is an audit folder. It is safe for concurrent use.
type Log struct {
	dir string

	mu   sync.Mutex
	day  string
	file *os.File
}

// Open opens the audit folder dir, creating it with owner-only permissions.
func Open(dir string) (*Log, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create audit folder %s: %w", dir, err)
	}
	return &Log{dir: dir}, nil
}

// Dir is the audit folder.
func (l *Log) Dir() string { return l.dir }

// Record appends e and syncs it to disk before returning, so a suggestion
// is never shown without its audit line. A zero e.Time is set to now.
func (l *Log) Record(e Entry) error {
	if e.Time.IsZero() {
		e.Time = time.Now()
	}
	e.Time = e.Time.UTC()
	line, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("encode audit entry for request %s: %w", e.RequestID, err)
	}
	line = append(line, '\n')
	l.mu.Lock()
	defer l.mu.Unlock()
	f, err := l.fileFor(e.Time.Format(time.DateOnly))
	if err != nil {
		return err
	}
	if _, err := f.Write(line); err != nil {
		return fmt.Errorf("append to %s: %w", f.Name(), err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", f.Name(), err)
	}
	return nil
}

// fileFor returns the open file of day, rolling over at UTC midnight.
func (l *Log) fileFor(day string) (*os.File, error) {
	if l.file != nil && l.day == day {
		return l.file, nil
	}
	if l.file != nil {
		if err := l.file.Close(); err != nil {
			return nil, fmt.Errorf("close %s: %w", l.file.Name(), err)
		}
		l.file = nil
	}
	path := filepath.Join(l.dir, day+".jsonl")
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("open audit file %s: %w", path, err)
	}
	l.file, l.day = f, day
	return f, nil
}

// Close closes the current file.
func (l *Log) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.file == nil {
		return nil
	}
	err := l.file.Close()
	l.file = nil
	if err != nil {
		return fmt.Errorf("close audit file: %w", err)
	}
	return nil
}

// ReadAll returns every entry in dir, oldest file first, for review tools
// and tests. A malformed line is an error naming its file and line.
func ReadAll(dir string) ([]Entry, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("list audit folder %s: %w", dir, err)
	}
	sort.Strings(files)
	var out []Entry
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("read audit file: %w", err)
		}
		for i, line := range bytes.Split(bytes.TrimSuffix(data, []byte("\n")), []byte("\n")) {
			if len(line) == 0 {
				continue
			}
			var e Entry
			if err := json.Unmarshal(line, &e); err != nil {
				return nil, fmt.Errorf("%s line %d: %w", name, i+1, err)
			}
			out = append(out, e)
		}
	}
	return out, nil
}
