package sentencing

import (
	"math"
	"math/rand"

	"leian/retrieval/classify"
)

// linearText is a linear regression of the log term on the fact text's
// TF-IDF bigrams and one indicator per charge, fitted by AdaGrad on the
// absolute error with an L2 penalty. It reads the words the trees cannot
// (累犯 stated in passing, 轻伤二级, 多次, the kind of drug or goods).
type linearText struct {
	w      []float32 // vocabulary weights, then charge weights
	bias   float32
	charge map[string]int
	vocab  int
}

const (
	linEpochs = 8
	linRate   = 0.1
	linL2     = 1e-5
)

func (m *linearText) input(v classify.Sparse, charges []string) ([]int32, []float32) {
	ids := append([]int32(nil), v.IDs...)
	ws := append([]float32(nil), v.W...)
	for _, c := range charges {
		if k, ok := m.charge[c]; ok {
			ids = append(ids, int32(m.vocab+k))
			ws = append(ws, 1)
		}
	}
	return ids, ws
}

func (m *linearText) predict(v classify.Sparse, charges []string) float64 {
	ids, ws := m.input(v, charges)
	s := m.bias
	for i, id := range ids {
		s += m.w[id] * ws[i]
	}
	return float64(s)
}

// fitLinearText fits rows (indices into docs) of the text index.
func fitLinearText(ix *classify.Vectors, rows []int, charges [][]string, y []float64, seed int64) *linearText {
	m := &linearText{charge: map[string]int{}, vocab: ix.Vocab()}
	for _, r := range rows {
		for _, c := range charges[r] {
			if _, ok := m.charge[c]; !ok {
				m.charge[c] = len(m.charge)
			}
		}
	}
	m.w = make([]float32, m.vocab+len(m.charge))
	g2 := make([]float32, len(m.w))
	var b2 float32
	ys := make([]float64, len(rows))
	for i, r := range rows {
		ys[i] = y[r]
	}
	m.bias = float32(median(ys))
	order := append([]int(nil), rows...)
	rng := rand.New(rand.NewSource(seed))
	for e := 0; e < linEpochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, r := range order {
			ids, ws := m.input(ix.Docs[r], charges[r])
			s := m.bias
			for i, id := range ids {
				s += m.w[id] * ws[i]
			}
			g := float32(sign(float64(s) - y[r]))
			if g == 0 {
				continue
			}
			for i, id := range ids {
				gi := g*ws[i] + linL2*m.w[id]
				g2[id] += gi * gi
				m.w[id] -= linRate * gi / float32(math.Sqrt(float64(g2[id]))+1e-6)
			}
			b2 += g * g
			m.bias -= linRate * g / float32(math.Sqrt(float64(b2))+1e-6)
		}
	}
	return m
}

// linearFolds is the inner cross-validation that gives every training row
// a text-regression estimate from a model that did not see it.
const linearFolds = 5

// outOfFoldLinear returns each row's estimate from the inner fold that
// left it out, and the model fitted on all rows.
func outOfFoldLinear(ix *classify.Vectors, charges [][]string, y []float64) ([]float64, *linearText) {
	n := len(y)
	oof := make([]float64, n)
	perm := rand.New(rand.NewSource(11)).Perm(n)
	for f := 0; f < linearFolds; f++ {
		var train, test []int
		for i, p := range perm {
			if i%linearFolds == f {
				test = append(test, p)
			} else {
				train = append(train, p)
			}
		}
		m := fitLinearText(ix, train, charges, y, int64(f))
		for _, r := range test {
			oof[r] = m.predict(ix.Docs[r], charges[r])
		}
	}
	all := make([]int, n)
	for i := range all {
		all[i] = i
	}
	return oof, fitLinearText(ix, all, charges, y, 99)
}
