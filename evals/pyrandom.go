package evals

// pyRandom is CPython's random.Random (MT19937, seeded from an int with
// init_by_array) far enough to reproduce random.Random(seed).sample. The
// bundle's published random baseline for LeCaRD (data README, §5) is the
// mean over 200 random.Random(0).sample shuffles, so using the same
// generator lets the runner print exactly those figures.
type pyRandom struct {
	mt  [624]uint32
	idx int
}

func newPyRandom(seed int64) *pyRandom {
	if seed < 0 {
		seed = -seed // CPython seeds with abs(n)
	}
	key := []uint32{uint32(seed)}
	if hi := uint32(uint64(seed) >> 32); hi != 0 {
		key = append(key, hi)
	}
	r := &pyRandom{}
	r.initByArray(key)
	return r
}

func (r *pyRandom) initGenrand(s uint32) {
	r.mt[0] = s
	for i := 1; i < 624; i++ {
		r.mt[i] = 1812433253*(r.mt[i-1]^(r.mt[i-1]>>30)) + uint32(i)
	}
	r.idx = 624
}

func (r *pyRandom) initByArray(key []uint32) {
	r.initGenrand(19650218)
	i, j := 1, 0
	for k := max(624, len(key)); k > 0; k-- {
		r.mt[i] = (r.mt[i] ^ ((r.mt[i-1] ^ (r.mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i, j = i+1, j+1
		if i >= 624 {
			r.mt[0], i = r.mt[623], 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k := 623; k > 0; k-- {
		r.mt[i] = (r.mt[i] ^ ((r.mt[i-1] ^ (r.mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= 624 {
			r.mt[0], i = r.mt[623], 1
		}
	}
	r.mt[0] = 0x80000000
}

func (r *pyRandom) uint32() uint32 {
	if r.idx >= 624 {
		r.twist()
	}
	y := r.mt[r.idx]
	r.idx++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	return y ^ (y >> 18)
}

func (r *pyRandom) twist() {
	for i := range 624 {
		y := (r.mt[i] & 0x80000000) | (r.mt[(i+1)%624] & 0x7fffffff)
		v := r.mt[(i+397)%624] ^ (y >> 1)
		if y&1 != 0 {
			v ^= 0x9908b0df
		}
		r.mt[i] = v
	}
	r.idx = 0
}

// below is random._randbelow_with_getrandbits for n < 2^32.
func (r *pyRandom) below(n int) int {
	k := 0
	for v := n; v > 0; v >>= 1 {
		k++
	}
	for {
		v := int(r.uint32() >> (32 - k))
		if v < n {
			return v
		}
	}
}

// sample is random.sample(xs, len(xs)) for the pool-list branch CPython
// takes when len(xs) is at most its set-size threshold (always true for
// pools of a few hundred).
func (r *pyRandom) sample(xs []string) []string {
	n := len(xs)
	pool := append([]string(nil), xs...)
	out := make([]string, n)
	for i := range n {
		j := r.below(n - i)
		out[i] = pool[j]
		pool[j] = pool[n-i-1]
	}
	return out
}

// shuffle is random.shuffle(xs) (CPython 3.11): Fisher–Yates from the
// end, each index drawn with _randbelow.
func shuffle[T any](r *pyRandom, xs []T) {
	for i := len(xs) - 1; i > 0; i-- {
		j := r.below(i + 1)
		xs[i], xs[j] = xs[j], xs[i]
	}
}
