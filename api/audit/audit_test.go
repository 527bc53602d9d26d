package audit

import (
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
		{Time: day1, User: "张三", Role: "judge", Route: "POST /api/v1/similar", RequestID: "a", Status: 200, QuerySHA256: "ff", ResultIDs: []string{"lecard:8"}},
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
