// Package audit keeps the append-only, hash-chained record of who was shown
// which suggestions: one JSON line per call, fsync'd, one file per UTC day.
package audit

import (
	"bytes"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"
)

// keyFile holds the installation's secret for query hashes, in the audit folder.
const keyFile = "query.key"

// Entry is one audited API call. It names the query only by its HMAC-SHA256
// under the installation's secret (so the same facts hash differently in
// every court): never the facts text, party names or other case content.
// Prev is the SHA-256 of the line before it (over every file, oldest
// first; empty for the very first), so an edited, removed or inserted line
// breaks the chain Verify checks.
type Entry struct {
	Time      time.Time `json:"time"`
	User      string    `json:"user"`
	Role      string    `json:"role"`
	TokenID   string    `json:"token_id"`
	Route     string    `json:"route"`
	RequestID string    `json:"request_id"`
	Status    int       `json:"status"`
	QueryHMAC string    `json:"query_hmac,omitempty"`
	ResultIDs []string  `json:"result_ids,omitempty"`
	// Client and Count are set on the lines of unauthenticated (401)
	// requests, which the server coalesces per client address: Count is
	// how many 401s from Client the line stands for.
	Client string `json:"client,omitempty"`
	Count  int    `json:"count,omitempty"`
	Prev   string `json:"prev"`
}

// Log is an audit folder. It is safe for concurrent use.
type Log struct {
	dir string

	key []byte

	mu   sync.Mutex
	day  string
	file *os.File
	prev string // hash of the last line written
}

// Open opens the audit folder dir, creating it and its secret with
// owner-only permissions, and continues the chain from its last line.
func Open(dir string) (*Log, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create audit folder %s: %w", dir, err)
	}
	key, err := loadKey(filepath.Join(dir, keyFile))
	if err != nil {
		return nil, err
	}
	prev, err := lastHash(dir)
	if err != nil {
		return nil, err
	}
	return &Log{dir: dir, key: key, prev: prev}, nil
}

// loadKey reads the installation secret, creating it on first use.
func loadKey(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		key := make([]byte, 32)
		_, _ = rand.Read(key) // crypto/rand.Read never fails on supported platforms
		enc := []byte(hex.EncodeToString(key) + "\n")
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, fs.ErrExist) {
			return loadKey(path) // another process created it first
		}
		if err != nil {
			return nil, fmt.Errorf("create audit secret %s: %w", path, err)
		}
		if _, err := f.Write(enc); err != nil {
			f.Close()
			return nil, fmt.Errorf("write audit secret %s: %w", path, err)
		}
		if err := f.Close(); err != nil {
			return nil, fmt.Errorf("write audit secret %s: %w", path, err)
		}
		return key, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read audit secret: %w", err)
	}
	key, err := hex.DecodeString(strings.TrimSpace(string(data)))
	if err != nil || len(key) < 16 {
		return nil, fmt.Errorf("audit secret %s: not a hex key of at least 16 bytes", path)
	}
	return key, nil
}

// QueryHMAC names query bytes in the log without revealing them.
func (l *Log) QueryHMAC(query []byte) string {
	m := hmac.New(sha256.New, l.key)
	m.Write(query)
	return hex.EncodeToString(m.Sum(nil))
}

func lineHash(line []byte) string {
	sum := sha256.Sum256(line)
	return hex.EncodeToString(sum[:])
}

// files lists the audit files of dir, oldest first.
func files(dir string) ([]string, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("list audit folder %s: %w", dir, err)
	}
	sort.Strings(names)
	return names, nil
}

// lines returns the non-empty lines of an audit file.
func lines(name string) ([][]byte, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("read audit file: %w", err)
	}
	var out [][]byte
	for _, line := range bytes.Split(data, []byte("\n")) {
		if len(line) > 0 {
			out = append(out, line)
		}
	}
	return out, nil
}

// lastHash is the hash of the newest line in dir, "" for an empty log.
func lastHash(dir string) (string, error) {
	names, err := files(dir)
	if err != nil {
		return "", err
	}
	for i := len(names) - 1; i >= 0; i-- {
		ls, err := lines(names[i])
		if err != nil {
			return "", err
		}
		if len(ls) > 0 {
			return lineHash(ls[len(ls)-1]), nil
		}
	}
	return "", nil
}

// ChainError is the first place the chain of an audit folder breaks.
type ChainError struct {
	File string
	Line int
	Why  string
}

func (e *ChainError) Error() string { return fmt.Sprintf("%s 第 %d 行：%s", e.File, e.Line, e.Why) }

// Verify checks the chain of every line in dir and returns how many lines
// it checked; a break is a *ChainError naming the file and line.
func Verify(dir string) (int, error) {
	names, err := files(dir)
	if err != nil {
		return 0, err
	}
	prev, n := "", 0
	for _, name := range names {
		ls, err := lines(name)
		if err != nil {
			return n, err
		}
		for i, line := range ls {
			var e Entry
			if err := json.Unmarshal(line, &e); err != nil {
				return n, &ChainError{File: name, Line: i + 1, Why: "不是有效的审计记录（JSON 格式错误）"}
			}
			if e.Prev != prev {
				return n, &ChainError{File: name, Line: i + 1, Why: "与上一条记录的哈希不符：该行或其前一行被修改、删除或插入"}
			}
			prev = lineHash(line)
			n++
		}
	}
	return n, nil
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
	l.mu.Lock()
	defer l.mu.Unlock()
	e.Prev = l.prev
	line, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("encode audit entry for request %s: %w", e.RequestID, err)
	}
	f, err := l.fileFor(e.Time.Format(time.DateOnly))
	if err != nil {
		return err
	}
	if _, err := f.Write(append(line, '\n')); err != nil {
		return fmt.Errorf("append to %s: %w", f.Name(), err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", f.Name(), err)
	}
	l.prev = lineHash(line)
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
	names, err := files(dir)
	if err != nil {
		return nil, err
	}
	var out []Entry
	for _, name := range names {
		ls, err := lines(name)
		if err != nil {
			return nil, err
		}
		for i, line := range ls {
			var e Entry
			if err := json.Unmarshal(line, &e); err != nil {
				return nil, fmt.Errorf("%s line %d: %w", name, i+1, err)
			}
			out = append(out, e)
		}
	}
	return out, nil
}
