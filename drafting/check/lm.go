package check

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"unicode"
)

// LM is a character n-gram language model of court language, counted over
// the stored judgments and the rule library: no outside weights. It also
// keeps the frequent two-character words and characters, for the
// confusion set.
type LM struct {
	tables [lmOrder + 1]countTable
	total  uint64
	// Pairs are the frequent Han bigrams and their counts; Chars the
	// frequent Han characters.
	Pairs map[[2]rune]uint32
	Chars map[rune]uint32
	Docs  int
}

const (
	lmOrder  = 5
	boundary = 2 // the symbol between sentences and documents
	// pairMin and charMin are how often a word or character must occur in
	// the corpus to be offered as a correction.
	pairMin = 30
	charMin = 200
)

// countTable is an open-addressing hash table from n-gram hash to count.
type countTable struct {
	keys   []uint64
	counts []uint32
	mask   uint64
}

func (t *countTable) get(h uint64) uint32 {
	if len(t.keys) == 0 {
		return 0
	}
	h |= 1 // 0 marks an empty slot
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case h:
			return t.counts[i]
		case 0:
			return 0
		}
	}
}

func newTable(keys []uint64, counts []uint32) countTable {
	size := uint64(16)
	for size < uint64(len(keys))*3/2+1 {
		size <<= 1
	}
	t := countTable{keys: make([]uint64, size), counts: make([]uint32, size), mask: size - 1}
	for i, k := range keys {
		k |= 1
		j := k & t.mask
		for t.keys[j] != 0 && t.keys[j] != k {
			j = (j + 1) & t.mask
		}
		t.keys[j] = k
		t.counts[j] += counts[i]
	}
	return t
}

// norm maps a rune to the symbol the model counts: digits and Latin
// letters collapse to one symbol each, white space to the boundary.
func norm(r rune) uint32 {
	switch {
	case r >= '0' && r <= '9', r >= '０' && r <= '９':
		return '0'
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= 'ａ' && r <= 'ｚ', r >= 'Ａ' && r <= 'Ｚ':
		return 'a'
	case unicode.IsSpace(r):
		return boundary
	}
	return uint32(r)
}

func hashSeq(s []uint32) uint64 {
	h := uint64(14695981039346656037)
	for _, r := range s {
		h ^= uint64(r)
		h *= 1099511628211
		h ^= h >> 29
	}
	return h
}

// Count returns how often the symbols s occur in the corpus (len 1..5).
func (lm *LM) count(s []uint32) uint32 {
	if len(s) == 0 || len(s) > lmOrder {
		return 0
	}
	return lm.tables[len(s)].get(hashSeq(s))
}

// logProb is the stupid-backoff log score of s[j] given the symbols before it.
func (lm *LM) logProb(s []uint32, j int) float64 {
	pen := 0.0
	for n := min(lmOrder, j+1); n >= 1; n-- {
		c := lm.count(s[j-n+1 : j+1])
		if c > 0 {
			if n == 1 {
				return pen + math.Log(float64(c)/float64(lm.total))
			}
			ctx := lm.count(s[j-n+1 : j])
			if ctx < c {
				ctx = c
			}
			return pen + math.Log(float64(c)/float64(ctx))
		}
		pen += math.Log(0.4)
	}
	return pen + math.Log(0.5/float64(lm.total+1))
}

// TextSource yields the texts the model is counted over.
type TextSource func(yield func(text string) error) error

// BuildLM counts the model over every text src yields.
func BuildLM(ctx context.Context, src TextSource) (*LM, error) {
	var stream []uint32
	pairs := map[[2]rune]uint32{}
	chars := map[rune]uint32{}
	docs := 0
	err := src(func(text string) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		docs++
		var prev rune
		for _, r := range text {
			n := norm(r)
			if n == boundary && len(stream) > 0 && stream[len(stream)-1] == boundary {
				prev = 0
				continue
			}
			stream = append(stream, n)
			if unicode.Is(unicode.Han, r) {
				chars[r]++
				if prev != 0 {
					pairs[[2]rune{prev, r}]++
				}
				prev = r
			} else {
				prev = 0
			}
		}
		stream = append(stream, boundary)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(stream) == 0 {
		return nil, errors.New("language model: no text to count")
	}
	lm := &LM{total: uint64(len(stream)), Pairs: map[[2]rune]uint32{}, Chars: map[rune]uint32{}, Docs: docs}
	for p, c := range pairs {
		if c >= pairMin {
			lm.Pairs[p] = c
		}
	}
	for r, c := range chars {
		if c >= charMin {
			lm.Chars[r] = c
		}
	}
	hs := make([]uint64, len(stream))
	for n := 1; n <= lmOrder; n++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		hs = hs[:0]
		for j := n - 1; j < len(stream); j++ {
			hs = append(hs, hashSeq(stream[j-n+1:j+1]))
		}
		slices.Sort(hs)
		minCount := uint32(1)
		if n >= 3 {
			minCount = 2 // singletons of long n-grams are mostly names and numbers
		}
		var keys []uint64
		var counts []uint32
		for i := 0; i < len(hs); {
			j := i
			for j < len(hs) && hs[j] == hs[i] {
				j++
			}
			if c := uint32(min(j-i, math.MaxUint32)); c >= minCount {
				keys = append(keys, hs[i])
				counts = append(counts, c)
			}
			i = j
		}
		lm.tables[n] = newTable(keys, counts)
	}
	return lm, nil
}

const lmMagic = "LEIANLM1"

// Save writes the model to path (via a temporary file, so a reader never
// sees half a model).
func (lm *LM) Save(path string) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("save language model: %w", err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	put := func(v any) {
		if err == nil {
			err = binary.Write(w, binary.LittleEndian, v)
		}
	}
	w.WriteString(lmMagic)
	put(lm.total)
	put(uint64(lm.Docs))
	for n := 1; n <= lmOrder; n++ {
		t := lm.tables[n]
		put(uint64(len(t.keys)))
		put(t.keys)
		put(t.counts)
	}
	put(uint64(len(lm.Pairs)))
	for p, c := range lm.Pairs {
		put([3]uint32{uint32(p[0]), uint32(p[1]), c})
	}
	put(uint64(len(lm.Chars)))
	for r, c := range lm.Chars {
		put([2]uint32{uint32(r), c})
	}
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("save language model %s: %w", path, err)
	}
	return os.Rename(tmp, path)
}

// LoadLM reads a model written by Save.
func LoadLM(path string) (*LM, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load language model: %w", err)
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	magic := make([]byte, len(lmMagic))
	if _, err := io.ReadFull(r, magic); err != nil || string(magic) != lmMagic {
		return nil, fmt.Errorf("load language model %s: not a Leian language model", path)
	}
	get := func(v any) {
		if err == nil {
			err = binary.Read(r, binary.LittleEndian, v)
		}
	}
	lm := &LM{Pairs: map[[2]rune]uint32{}, Chars: map[rune]uint32{}}
	var docs uint64
	get(&lm.total)
	get(&docs)
	lm.Docs = int(docs)
	for n := 1; n <= lmOrder && err == nil; n++ {
		var size uint64
		get(&size)
		if err != nil || size > 1<<32 || size&(size-1) != 0 {
			return nil, fmt.Errorf("load language model %s: bad table %d", path, n)
		}
		t := countTable{keys: make([]uint64, size), counts: make([]uint32, size), mask: size - 1}
		get(t.keys)
		get(t.counts)
		lm.tables[n] = t
	}
	var np, nc uint64
	get(&np)
	for i := uint64(0); i < np && err == nil; i++ {
		var v [3]uint32
		get(&v)
		lm.Pairs[[2]rune{rune(v[0]), rune(v[1])}] = v[2]
	}
	get(&nc)
	for i := uint64(0); i < nc && err == nil; i++ {
		var v [2]uint32
		get(&v)
		lm.Chars[rune(v[0])] = v[1]
	}
	if err != nil {
		return nil, fmt.Errorf("load language model %s: %w", path, err)
	}
	return lm, nil
}
