package evals

import (
	"fmt"
	"hash/fnv"
	"regexp"
	"strings"
	"unicode/utf8"
)

// benchNameRe reads a name signed under a bench or clerk title in a
// judgment's tail (审判长王锦辉 代理审判员陈孝 …). These are real names
// written in full, and the anonymiser's character lists were not built
// from them, so given names drawn from them test the detector honestly.
var benchNameRe = regexp.MustCompile(`(?:审\s*判\s*长|代理审判员|审\s*判\s*员|人民陪审员|陪审员|书\s*记\s*员|法官助理)[ \t　]*(\p{Han}{2,3})(?:\s|$)`)

// namePool is the given names the generator draws, split in two by a
// seeded hash of the given name so that no given name read while tuning
// the anonymiser (tune fold) is ever drawn for a scored document.
type namePool struct {
	tune, score []string // given names, one entry per distinct signed person
	persons     int      // distinct signed full names read
}

// benchGivenNames collects the given names signed in the tails of texts.
// A name counts once however many judgments the person signed; its
// surname must be one the generator fills (the mask keeps the surname).
func benchGivenNames(texts []string, seed uint64) namePool {
	var p namePool
	seen := map[string]bool{}
	for _, text := range texts {
		tail := text[len(text)*4/5:]
		for _, m := range benchNameRe.FindAllStringSubmatch(tail, -1) {
			n := m[1]
			if seen[n] || strings.ContainsAny(n, "某×〇") {
				continue
			}
			seen[n] = true
			sur, sz := utf8.DecodeRuneInString(n)
			if !strings.ContainsRune(anonGenSurnames, sur) {
				continue
			}
			p.persons++
			given := n[sz:]
			if nameInTunePool(given, seed) {
				p.tune = append(p.tune, given)
			} else {
				p.score = append(p.score, given)
			}
		}
	}
	return p
}

// nameInTunePool puts one given name in five in the tune pool, by a hash
// keyed with the seed.
func nameInTunePool(given string, seed uint64) bool {
	h := fnv.New64a()
	fmt.Fprintf(h, "%d:%s", seed, given)
	return h.Sum64()%5 == 0
}
