package embedded

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"leian/retrieval"
	"leian/retrieval/storetest"
)

func open(t *testing.T, dir string) *Store {
	t.Helper()
	s, err := Open(context.Background(), dir, Options{})
	if err != nil {
		t.Fatalf("Open %s: %v", dir, err)
	}
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) retrieval.Store { return open(t, t.TempDir()) })
}

// TestReopen: documents, vectors and the dimension survive Close and Open.
func TestReopen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	docs := storetest.WithRandomVectors(storetest.LeCaRD(t, 8), storetest.Dim, 9)
	s := open(t, dir)
	if err := s.Upsert(ctx, docs); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(ctx, []string{docs[0].ID}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = open(t, dir)
	defer s.Close()
	if n, _ := s.Count(ctx); n != 7 {
		t.Errorf("Count after reopen = %d, want 7", n)
	}
	if s.Dim() != storetest.Dim {
		t.Errorf("Dim after reopen = %d, want %d", s.Dim(), storetest.Dim)
	}
	got, err := s.Nearest(ctx, docs[3].Vector, retrieval.Filter{}, 1)
	if err != nil || len(got) != 1 || got[0].ID != docs[3].ID {
		t.Errorf("Nearest after reopen = %v, %v; want %s", got, err, docs[3].ID)
	}
	got, err = s.Lexical(ctx, docs[5].Text[retrieval.FieldFacts], retrieval.Filter{}, 1)
	if err != nil || len(got) != 1 || got[0].ID != docs[5].ID {
		t.Errorf("Lexical after reopen = %v, %v; want %s", got, err, docs[5].ID)
	}
	var want []string
	for _, d := range docs[1:] {
		want = append(want, d.ID)
	}
	ids, err := s.IDs(ctx)
	if slices.Sort(ids); err != nil || !slices.Equal(ids, slices.Sorted(slices.Values(want))) {
		t.Errorf("IDs after reopen = %v, %v; want %v", ids, err, want)
	}
}

// TestCompact: compacting keeps every document and its scores.
func TestCompact(t *testing.T) {
	ctx := context.Background()
	s := open(t, t.TempDir())
	defer s.Close()
	docs := storetest.LeCaRD(t, 60)
	for b := range slices.Chunk(docs, 10) { // one segment per batch
		if err := s.Upsert(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	q := docs[9].Text[retrieval.FieldFacts]
	before, err := s.Lexical(ctx, q, retrieval.Filter{}, 20)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Compact(ctx); err != nil {
		t.Fatal(err)
	}
	after, err := s.Lexical(ctx, q, retrieval.Filter{}, 20)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := s.Count(ctx); n != len(docs) || !slices.Equal(before, after) {
		t.Errorf("after Compact: %d documents (want %d), results %v, before %v", n, len(docs), after, before)
	}
}

// TestCrashRecovery simulates a crash at each step of a write: the vector
// file of the next generation left beside an index that did or did not
// commit it.
func TestCrashRecovery(t *testing.T) {
	ctx := context.Background()
	docs := storetest.WithRandomVectors(storetest.LeCaRD(t, 4), storetest.Dim, 10)
	tests := []struct {
		name      string
		committed bool // the bleve batch recording the next generation ran
		wantRows  int
	}{
		{"crash before the index commit", false, 3},
		{"crash after the index commit", true, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			s := open(t, dir)
			if err := s.Upsert(ctx, docs[:3]); err != nil {
				t.Fatal(err)
			}
			// Write what the next Upsert would have written before its batch.
			cur := s.vecs.Load()
			next, _, err := cur.apply(docs[3:], nil)
			if err != nil {
				t.Fatal(err)
			}
			next.gen = cur.gen + 1
			if err := writeVectors(filepath.Join(dir, vecNextFile), next); err != nil {
				t.Fatal(err)
			}
			if tt.committed {
				b := s.idx.NewBatch()
				if err := b.Index(docs[3].ID, indexDoc(docs[3])); err != nil {
					t.Fatal(err)
				}
				b.SetInternal([]byte(genKey), binaryGen(next.gen))
				if err := s.idx.Batch(b); err != nil {
					t.Fatal(err)
				}
			}
			s.Close()
			s = open(t, dir)
			defer s.Close()
			n, _ := s.Count(ctx)
			if got := s.vecs.Load().len(); got != tt.wantRows || n != tt.wantRows {
				t.Errorf("after recovery: %d vectors, %d documents; want %d of each", got, n, tt.wantRows)
			}
			if _, err := os.Stat(filepath.Join(dir, vecNextFile)); !os.IsNotExist(err) {
				t.Errorf("%s left behind after recovery (%v)", vecNextFile, err)
			}
		})
	}
}

// FuzzParseVectors: damaged vector files are reported, never a panic or a
// huge allocation.
func FuzzParseVectors(f *testing.F) {
	v := newVectors(0)
	for i, id := range []string{"a", "lecard:8"} {
		if err := v.put(id, []float32{float32(i) + 1, 2, 3}); err != nil {
			f.Fatal(err)
		}
	}
	path := filepath.Join(f.TempDir(), "v.bin")
	if err := writeVectors(path, v); err != nil {
		f.Fatal(err)
	}
	good, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(good[:len(good)-5])
	f.Add([]byte(vecMagic))
	f.Fuzz(func(t *testing.T, b []byte) {
		v, err := parseVectors(b, "fuzz")
		if err == nil && len(v.data) != v.len()*v.dim {
			t.Fatalf("parsed %d ids, %d floats of dim %d", v.len(), len(v.data), v.dim)
		}
	})
}

// TestReadOnlyShared: two read-only handles (the server and a CLI search)
// open one store side by side and both search it.
func TestReadOnlyShared(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	docs := storetest.WithRandomVectors(storetest.LeCaRD(t, 4), storetest.Dim, 3)
	s := open(t, dir)
	if err := s.Upsert(ctx, docs); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	var handles []*Store
	for range 2 {
		r, err := Open(ctx, dir, Options{ReadOnly: true})
		if err != nil {
			t.Fatalf("read-only open beside another: %v", err)
		}
		defer r.Close()
		handles = append(handles, r)
	}
	for i, r := range handles {
		got, err := r.Lexical(ctx, docs[1].Text[retrieval.FieldFacts], retrieval.Filter{}, 1)
		if err != nil || len(got) != 1 || got[0].ID != docs[1].ID {
			t.Errorf("handle %d: Lexical = %v, %v; want %s", i, got, err, docs[1].ID)
		}
	}
}
