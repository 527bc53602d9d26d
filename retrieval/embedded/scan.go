package embedded

import (
	"container/heap"
	"context"
	"sort"
	"sync"
)

// dot is the float32 inner product, unrolled four ways with independent
// accumulators so the CPU can overlap the multiply-adds. Go has no portable
// SIMD intrinsics; the compiler does not vectorise this loop either, so the
// unrolling is what there is (see BenchmarkDot).
func dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return (s0 + s1) + (s2 + s3)
}

type hit struct {
	row   int
	score float32
}

// worse orders hits by score, ties broken by row so results are stable.
func worse(a, b hit) bool {
	if a.score != b.score {
		return a.score < b.score
	}
	return a.row > b.row
}

// topK is a min-heap holding the k best hits seen.
type topK struct {
	k    int
	hits []hit
}

func (t *topK) Len() int           { return len(t.hits) }
func (t *topK) Less(i, j int) bool { return worse(t.hits[i], t.hits[j]) }
func (t *topK) Swap(i, j int)      { t.hits[i], t.hits[j] = t.hits[j], t.hits[i] }
func (t *topK) Push(x any)         { t.hits = append(t.hits, x.(hit)) }
func (t *topK) Pop() any {
	h := t.hits[len(t.hits)-1]
	t.hits = t.hits[:len(t.hits)-1]
	return h
}

func (t *topK) offer(h hit) {
	if len(t.hits) < t.k {
		heap.Push(t, h)
	} else if worse(t.hits[0], h) {
		t.hits[0] = h
		heap.Fix(t, 0)
	}
}

// scan returns the k rows of v most similar to q, best first, among
// allowed (all rows when allowed is nil), split over up to workers
// goroutines when the table is large.
func scan(ctx context.Context, v *vectors, q []float32, allowed []int32, k, workers int) []hit {
	n := v.len()
	if allowed != nil {
		n = len(allowed)
	}
	parts := 1
	if n*v.dim >= parallelWork && workers > 1 {
		parts = workers
	}
	tops := make([]topK, parts)
	var wg sync.WaitGroup
	for p := range parts {
		lo, hi := p*n/parts, (p+1)*n/parts
		tops[p].k = k
		wg.Go(func() {
			scanRange(ctx, v, q, allowed, lo, hi, &tops[p])
		})
	}
	wg.Wait()
	all := tops[0]
	for _, t := range tops[1:] {
		for _, h := range t.hits {
			all.offer(h)
		}
	}
	sort.Slice(all.hits, func(i, j int) bool { return worse(all.hits[j], all.hits[i]) })
	return all.hits
}

// scanRange scores positions lo..hi of allowed (or of the rows) into t,
// checking for cancellation every few thousand rows.
func scanRange(ctx context.Context, v *vectors, q []float32, allowed []int32, lo, hi int, t *topK) {
	for i := lo; i < hi; i++ {
		if i%4096 == 0 && ctx.Err() != nil {
			return
		}
		r := i
		if allowed != nil {
			r = int(allowed[i])
		}
		t.offer(hit{row: r, score: dot(q, v.vec(r))})
	}
}
