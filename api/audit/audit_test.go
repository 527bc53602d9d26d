package audit

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestRecordAppends(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "audit")
	l, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	day1 := time.Date(2026, 11, 24, 23, 59, 0, 0, time.UTC)
	want := []Entry{
		{Time: day1, User: "张三", Role: "judge", Route: "POST /api/v1/similar", RequestID: "a", Status: 200, QueryHMAC: "ff", ResultIDs: []string{"lecard:8"}},
		{Time: day1.Add(2 * time.Minute), User: "张三", Role: "judge", Route: "GET /api/v1/docs/:id", RequestID: "b", Status: 404},
	}
	for _, e := range want {
		if err := l.Record(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	// Reopening appends rather than truncates.
	l, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	third := Entry{Time: day1.Add(3 * time.Minute), RequestID: "c", Status: 200}
	if err := l.Record(third); err != nil {
		t.Fatal(err)
	}
	l.Close()
	want = append(want, third)
	got, err := ReadAll(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("read %d entries, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i].RequestID != want[i].RequestID || !got[i].Time.Equal(want[i].Time) || got[i].Status != want[i].Status {
			t.Errorf("entry %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if len(files) != 2 || filepath.Base(files[0]) != "2026-11-24.jsonl" {
		t.Errorf("files %v, want one per UTC day", files)
	}
	if st, _ := os.Stat(files[0]); st.Mode().Perm() != 0o600 {
		t.Errorf("audit file mode %v, want 0600", st.Mode().Perm())
	}
}

func TestRecordConcurrent(t *testing.T) {
	dir := t.TempDir()
	l, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	var wg sync.WaitGroup
	for i := range 40 {
		wg.Go(func() {
			if err := l.Record(Entry{RequestID: string(rune('a' + i%26)), Status: 200, ResultIDs: []string{"x", "y"}}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	got, err := ReadAll(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 40 {
		t.Errorf("%d entries after 40 concurrent records", len(got))
	}
}

func TestReadAllNamesBadLine(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "2026-01-01.jsonl"), []byte("{\"status\":200}\nnot json\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadAll(dir); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("ReadAll = %v, want an error naming line 2", err)
	}
}

// TestVerifyFindsTampering edits, removes and appends lines of a chained
// log and expects Verify to name the first line whose chain breaks.
func TestVerifyFindsTampering(t *testing.T) {
	write := func(t *testing.T) string {
		dir := filepath.Join(t.TempDir(), "audit")
		l, err := Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		start := time.Date(2026, 12, 1, 23, 58, 0, 0, time.UTC)
		for i := range 5 {
			if err := l.Record(Entry{Time: start.Add(time.Duration(i) * time.Minute), User: "张三", Route: "POST /api/v1/similar", RequestID: string(rune('a' + i)), Status: 200}); err != nil {
				t.Fatal(err)
			}
		}
		l.Close()
		return dir
	}
	edit := func(t *testing.T, path string, fn func([]string) []string) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		ls := fn(strings.Split(strings.TrimSuffix(string(data), "\n"), "\n"))
		if err := os.WriteFile(path, []byte(strings.Join(ls, "\n")+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	dir := write(t)
	if n, err := Verify(dir); err != nil || n != 5 {
		t.Fatalf("Verify(untouched) = %d, %v; want 5, nil", n, err)
	}
	tests := []struct {
		name     string
		file     string
		fn       func([]string) []string
		wantLine int
	}{
		{"status edited", "2026-12-01.jsonl", func(ls []string) []string {
			ls[0] = strings.Replace(ls[0], `"status":200`, `"status":403`, 1)
			return ls
		}, 2},
		{"line removed", "2026-12-01.jsonl", func(ls []string) []string { return ls[1:] }, 1},
		{"first line of the next day removed", "2026-12-02.jsonl", func(ls []string) []string { return ls[1:] }, 1},
		{"line forged at the end", "2026-12-02.jsonl", func(ls []string) []string {
			return append(ls, `{"time":"2026-12-02T00:05:00Z","user":"李四","status":200,"prev":""}`)
		}, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := write(t)
			edit(t, filepath.Join(dir, tt.file), tt.fn)
			_, err := Verify(dir)
			var ce *ChainError
			if !errors.As(err, &ce) || filepath.Base(ce.File) != tt.file || ce.Line != tt.wantLine {
				t.Errorf("Verify = %v, want a break at %s line %d", err, tt.file, tt.wantLine)
			}
		})
	}
}

func TestQueryHMACIsPerInstallation(t *testing.T) {
	a, err := Open(filepath.Join(t.TempDir(), "a"))
	if err != nil {
		t.Fatal(err)
	}
	dirB := filepath.Join(t.TempDir(), "b")
	b, err := Open(dirB)
	if err != nil {
		t.Fatal(err)
	}
	q := []byte(`{"facts":"被告人张某盗窃"}`)
	if a.QueryHMAC(q) == b.QueryHMAC(q) {
		t.Error("two installations hash the same query alike")
	}
	b2, err := Open(dirB)
	if err != nil {
		t.Fatal(err)
	}
	if b.QueryHMAC(q) != b2.QueryHMAC(q) {
		t.Error("one installation's hash changed on reopening")
	}
	if st, err := os.Stat(filepath.Join(dirB, keyFile)); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("secret file: %v %v, want mode 0600", st, err)
	}
}
