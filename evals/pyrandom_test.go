package evals

import (
	"slices"
	"testing"
)

// The expected values were printed by CPython 3.11:
// random.Random(0).getrandbits(32) ×3 and random.Random(0).sample("abcde", 5).
func TestPyRandomMatchesCPython(t *testing.T) {
	r := newPyRandom(0)
	got := []uint32{r.uint32(), r.uint32(), r.uint32()}
	want := []uint32{3626764237, 1654615998, 3255389356}
	if !slices.Equal(got, want) {
		t.Errorf("getrandbits(32) = %v, want %v", got, want)
	}
	s := newPyRandom(0).sample([]string{"a", "b", "c", "d", "e"})
	if w := []string{"d", "e", "a", "b", "c"}; !slices.Equal(s, w) {
		t.Errorf("sample = %v, want %v", s, w)
	}
}

// A seed above 2^32 takes two key words: random.Random(12345678901).getrandbits(32).
func TestPyRandomWideSeed(t *testing.T) {
	if got := newPyRandom(12345678901).uint32(); got != 4063089813 {
		t.Errorf("getrandbits(32) = %d, want 4063089813", got)
	}
}
