package synth

import (
	"math/rand/v2"
	"unicode/utf8"
)

func newRand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, 1)) }

func utf8Valid(s string) bool { return utf8.ValidString(s) }
