package evals

import (
	"bytes"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"leian/internal/dataset"
)

// TestFormsHandcheckedSelectionIsTheFixture: the seeded choice names
// exactly the fixture's documents that were chosen by it (all but the 8
// read before), in the fixture's form types.
func TestFormsHandcheckedSelectionIsTheFixture(t *testing.T) {
	dir := filepath.Dir(filepath.Dir(dataset.Path(t, "scm/triplets.jsonl")))
	var out bytes.Buffer
	if err := FormsHandcheckedSelection(dir, &out); err != nil {
		t.Fatal(err)
	}
	got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	items, err := readHandFixture(filepath.Join("testdata", "forms_handchecked.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, it := range items {
		if it.InSample {
			continue
		}
		key := it.Line
		if it.ID != "" {
			if key, err = strconv.Atoi(it.ID); err != nil {
				t.Fatalf("fixture id %q: %v", it.ID, err)
			}
		}
		want = append(want, fmt.Sprintf("%s\t%s\t%d\t%s", it.Type, it.File, key, it.Field))
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("selection (%d):\n%s\nfixture's chosen documents (%d):\n%s", len(got), strings.Join(got, "\n"), len(want), strings.Join(want, "\n"))
	}
}

func TestPyJSONString(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`被告人"张三"`, `"被告人\"张三\""`},
		{"a\\b\n\t\r\x01<&>\u2028", `"a\\b\n\t\r\u0001<&>` + "\u2028" + `"`},
	} {
		if got := pyJSONString(tt.in); got != tt.want {
			t.Errorf("pyJSONString(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
