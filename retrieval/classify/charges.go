package classify

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"

	"leian/corpus/extract"
	"leian/corpus/rules"
)

// Labelled is one decided case the charge predictor learns from.
type Labelled struct {
	ID      string
	Facts   string
	Charges []string // with 罪, as rules.NormCharge writes them
}

// ChargeModel predicts charges from facts by each charge's centroid: the
// mean TF-IDF vector of its decided cases' facts. A rare charge is
// recognised from all its cases at once, where a vote of the nearest
// texts drowns it among the common ones (on LawBench 3-3, centroids gave
// the right first charge for 172 of 300 items against 131 for a 12-nearest
// vote, training data as the charges suite builds it).
type ChargeModel struct {
	vec  *Vectors
	cent *centroids
	n    int
	// Keep is the share of the best score a second or third charge needs.
	Keep float64
}

// Default settings, fixed by hand.
const (
	defaultKeep = 0.92
	maxPredict  = 3
)

// TrainCharges builds the predictor from labelled cases.
func TrainCharges(ctx context.Context, cases []Labelled) (*ChargeModel, error) {
	if len(cases) == 0 {
		return nil, fmt.Errorf("train charges: no labelled cases")
	}
	texts := make([]string, len(cases))
	charges := make([][]string, len(cases))
	for i, c := range cases {
		texts[i] = c.Facts
		charges[i] = c.Charges
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	m := &ChargeModel{Keep: defaultKeep, n: len(cases)}
	m.vec = NewVectors(texts)
	m.cent = newCentroids(m.vec, charges)
	return m, nil
}

// Cases is the number of decided cases the model was built from.
func (m *ChargeModel) Cases() int { return m.n }

// Prediction is a predicted charge with its cosine similarity to the
// charge's centroid.
type Prediction struct {
	Charge string  `json:"charge"`
	Score  float64 `json:"score"`
}

// Predict returns the likely charges of facts, best first: the closest
// centroid, and up to two more within Keep of it.
func (m *ChargeModel) Predict(facts string) []Prediction {
	var out []Prediction
	for c, s := range m.cent.scores(m.vec.Vector(facts)) {
		out = append(out, Prediction{c, s})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].Charge < out[j].Charge
	})
	keep := out[:0]
	for i, p := range out {
		if i >= maxPredict || p.Score <= 0 {
			break
		}
		if i == 0 || p.Score >= m.Keep*out[0].Score {
			keep = append(keep, p)
		}
	}
	return keep
}

// PredictCharges returns the predicted charge names; it makes ChargeModel
// the sentencing estimator's ChargePredictor.
func (m *ChargeModel) PredictCharges(ctx context.Context, facts string) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var out []string
	for _, p := range m.Predict(facts) {
		out = append(out, p.Charge)
	}
	return out, nil
}

// Training files, relative to the data bundle.
const (
	CAIL2018File   = "cail2018/cases.jsonl"
	CandidatesFile = "lecard/candidates.jsonl.gz"
)

// ReadCAIL2018 reads the labelled cases of a CAIL2018-format file.
func ReadCAIL2018(path string) ([]Labelled, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("charge training data: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var out []Labelled
	for line := 1; sc.Scan(); line++ {
		var r struct {
			Fact string `json:"fact"`
			Meta struct {
				Accusation []string `json:"accusation"`
			} `json:"meta"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, line, err)
		}
		if r.Fact == "" || len(r.Meta.Accusation) == 0 {
			return nil, fmt.Errorf("%s line %d: field fact or meta.accusation is empty", path, line)
		}
		var cs []string
		for _, a := range r.Meta.Accusation {
			cs = append(cs, rules.NormCharge(a))
		}
		out = append(out, Labelled{ID: fmt.Sprintf("cail2018#%d", line), Facts: r.Fact, Charges: cs})
	}
	return out, sc.Err()
}

var verdictCharge = regexp.MustCompile(`犯([^，。；：、\s（(]{2,40}?罪)`)

// ReadLeCaRD reads LeCaRD candidate judgments as labelled cases: the facts
// section and the charges the verdict convicts of, named as CAIL names
// them when CAIL has the charge (names maps official → CAIL spelling).
func ReadLeCaRD(path string, names map[string]string) ([]Labelled, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("charge training data: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 256<<20)
	var out []Labelled
	for line := 1; sc.Scan(); line++ {
		var c struct {
			ID     string `json:"id"`
			Facts  string `json:"ajjbqk"`
			Result string `json:"pjjg"`
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, line, err)
		}
		if strings.TrimSpace(c.Facts) == "" || c.Result == "" {
			continue
		}
		var cs []string
		for _, m := range verdictCharge.FindAllStringSubmatch(c.Result, -1) {
			n, ok := extract.NormaliseCharge(m[1])
			if !ok {
				continue
			}
			if cail, ok := names[n]; ok {
				n = cail
			}
			if !contains(cs, n) {
				cs = append(cs, n)
			}
		}
		if len(cs) > 0 {
			out = append(out, Labelled{ID: "lecard:" + c.ID, Facts: c.Facts, Charges: cs})
		}
	}
	return out, sc.Err()
}

// OfficialNames maps each charge's official name to its spelling in cases
// (CAIL merges some charges under older names).
func OfficialNames(cases []Labelled) map[string]string {
	out := map[string]string{}
	for _, c := range cases {
		for _, ch := range c.Charges {
			if n, ok := extract.NormaliseCharge(ch); ok && n != ch {
				if _, seen := out[n]; !seen {
					out[n] = ch
				}
			}
		}
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
