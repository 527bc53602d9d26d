package embedded

import (
	"fmt"
	"math"

	"leian/retrieval"
)

// vectors is an immutable table of unit vectors, one row per document.
// Writers build a new table (copy on write) and swap it in, so readers
// scan a consistent snapshot without locks.
type vectors struct {
	gen  uint64 // the bleve batch generation this table belongs to
	dim  int
	ids  []string
	data []float32 // len(ids)*dim, row-major
	row  map[string]int
}

func newVectors(dim int) *vectors {
	return &vectors{dim: dim, row: map[string]int{}}
}

func (v *vectors) len() int { return len(v.ids) }

func (v *vectors) vec(i int) []float32 { return v.data[i*v.dim : (i+1)*v.dim] }

// apply returns a copy of v with docs' vectors put (a nil vector removes
// the row) and del removed, and whether anything changed.
func (v *vectors) apply(docs []retrieval.Doc, del []string) (*vectors, bool, error) {
	changed := false
	for _, d := range docs {
		_, had := v.row[d.ID]
		changed = changed || had || d.Vector != nil
	}
	for _, id := range del {
		_, had := v.row[id]
		changed = changed || had
	}
	if !changed {
		return v, false, nil
	}
	out := &vectors{gen: v.gen, dim: v.dim, ids: append([]string(nil), v.ids...),
		data: append([]float32(nil), v.data...), row: make(map[string]int, len(v.row)+len(docs))}
	for id, i := range v.row {
		out.row[id] = i
	}
	for _, d := range docs {
		if d.Vector == nil {
			out.remove(d.ID)
			continue
		}
		if err := out.put(d.ID, d.Vector); err != nil {
			return nil, false, err
		}
	}
	for _, id := range del {
		out.remove(id)
	}
	return out, true, nil
}

// put stores vec normalised to unit length, so a dot product is the cosine.
func (v *vectors) put(id string, vec []float32) error {
	if v.dim == 0 {
		v.dim = len(vec)
	}
	if len(vec) != v.dim {
		return fmt.Errorf("document %s: vector has %d dimensions, store has %d: %w", id, len(vec), v.dim, retrieval.ErrInvalid)
	}
	unit, ok := normalize(vec)
	if !ok {
		return fmt.Errorf("document %s: vector has zero or non-finite length: %w", id, retrieval.ErrInvalid)
	}
	if i, ok := v.row[id]; ok {
		copy(v.vec(i), unit)
		return nil
	}
	v.row[id] = len(v.ids)
	v.ids = append(v.ids, id)
	v.data = append(v.data, unit...)
	return nil
}

// remove deletes id's row by moving the last row into its place.
func (v *vectors) remove(id string) {
	i, ok := v.row[id]
	if !ok {
		return
	}
	last := len(v.ids) - 1
	if i != last {
		copy(v.vec(i), v.vec(last))
		v.ids[i] = v.ids[last]
		v.row[v.ids[i]] = i
	}
	v.ids = v.ids[:last]
	v.data = v.data[:last*v.dim]
	delete(v.row, id)
}

// normalize returns vec scaled to unit length; ok is false for a zero or
// non-finite vector.
func normalize(vec []float32) ([]float32, bool) {
	var ss float64
	for _, x := range vec {
		ss += float64(x) * float64(x)
	}
	n := math.Sqrt(ss)
	if n == 0 || math.IsInf(n, 0) || math.IsNaN(n) {
		return nil, false
	}
	out := make([]float32, len(vec))
	for i, x := range vec {
		out[i] = float32(float64(x) / n)
	}
	return out, true
}
