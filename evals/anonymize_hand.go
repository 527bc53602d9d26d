package evals

import (
	_ "embed"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

// anonHandRead is the hand-read sample: 20 scored-fold outputs picked by
// anonHandSample after the last change to the anonymiser, read by an
// engineer, one line per document (id, then what was found).
//
//go:embed testdata/anonymize_handread.tsv
var anonHandRead string

// anonHandSample picks 20 scored-fold documents (indices into all) with a
// generator seeded by seed, so the sample can be drawn again.
func anonHandSample(all []judgmentText, seed uint64) []int {
	var scored []int
	for i, d := range all {
		if !anonTuneFold(d.ID) {
			scored = append(scored, i)
		}
	}
	r := rand.New(rand.NewPCG(seed, 20))
	r.Shuffle(len(scored), func(i, j int) { scored[i], scored[j] = scored[j], scored[i] })
	out := scored[:min(20, len(scored))]
	slices.Sort(out)
	return out
}

// handReadNote summarises the hand-read sample for the suite's notes.
func handReadNote() string {
	var docs, missed, over, inconsistent int
	var ids []string
	for _, line := range strings.Split(anonHandRead, "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 5 || strings.HasPrefix(line, "#") {
			continue
		}
		docs++
		ids = append(ids, f[0])
		var m, o, c int
		fmt.Sscanf(f[1], "%d", &m)
		fmt.Sscanf(f[2], "%d", &o)
		fmt.Sscanf(f[3], "%d", &c)
		missed, over, inconsistent = missed+m, over+o, inconsistent+c
	}
	return fmt.Sprintf("人工阅读样本（testdata/anonymize_handread.tsv，按种子从计分文书抽 %d 篇，在最后一次改动隐名器之后读）：漏删 %d 处，误删 %d 处，某称不一致 %d 处；文书：%s",
		docs, missed, over, inconsistent, strings.Join(ids, "、"))
}
