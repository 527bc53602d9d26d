package private

import (
	"os"
	"path/filepath"
	"testing"
)

func TestRestrict(t *testing.T) {
	root := t.TempDir()
	sub := filepath.Join(root, "index")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]os.FileMode{filepath.Join(sub, "facts.txt"): 0o644, filepath.Join(root, "run.sh"): 0o755, filepath.Join(root, "docs.db"): 0o600}
	for p, m := range files {
		if err := os.WriteFile(p, []byte("x"), m); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, m); err != nil {
			t.Fatal(err)
		}
	}
	if err := Restrict(root); err != nil {
		t.Fatal(err)
	}
	want := map[string]os.FileMode{root: 0o700, sub: 0o700, filepath.Join(sub, "facts.txt"): 0o600, filepath.Join(root, "run.sh"): 0o700, filepath.Join(root, "docs.db"): 0o600}
	for p, m := range want {
		st, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != m {
			t.Errorf("%s: mode %v, want %v", p, st.Mode().Perm(), m)
		}
	}
}
