package classify

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"leian/corpus/extract"
	"leian/corpus/rules"
	"leian/internal/cail"
)

// Labelled is one decided case the charge predictor learns from.
type Labelled struct {
	ID      string
	Facts   string
	Charges []string // with 罪, as rules.NormCharge writes them
	// Case names the case a judgment decides (LeCaRD's ajId), when known:
	// the documents of one case share a fold.
	Case string
}

// ChargeModel predicts charges from facts by each charge's centroid: the
// normalised sum of its decided cases' TF-IDF vectors over character
// bigrams and trigrams, refined by drag-pushing (classWeights.refine) so
// that the terms telling neighbouring charges apart weigh more. A rare charge is recognised from all its cases at
// once, where a vote of the nearest texts, or a classifier fitted to the
// training mix, drowns it among the common ones; so the nearest cases
// only add a vote, weighted by Vote (cases of two crimes lend both
// charges). A charge whose name the facts write (容留他人吸毒, 开设赌场)
// gets a bonus. Every case gets its best charge, and up to two more whose
// score reaches Keep of the best; TrainCharges chooses Keep, the bonus
// and the vote out of fold on its cases.
//
// A one-vs-rest logistic regression over the same n-grams was tried
// (2026-12): its out-of-fold first charge on cail2018 was no better and
// it ranked charges of a benchmark with every charge about equally
// frequent (LawBench 3-3) worse, since it learns the training mix, and
// it took several times longer to train.
type ChargeModel struct {
	names []string
	bases []string // names without 罪, as facts write them
	gr    *grams
	cw    *classWeights
	n     int
	// Keep is the share of the best score a second or third charge needs.
	Keep float64
	// Cue is added to a charge's score when the facts write its name.
	Cue float64
	// Vote weighs the votes of the Nearest training cases most similar
	// to the facts: each charge gets their share of similarity.
	Vote    float64
	Nearest int
	nb      *neighbours
	// Alt is the share of the best score at which a charge ranked second
	// or third, though not predicted, is still an alternative a push
	// shows cases of: the largest share whose alternatives, with the
	// predicted charges, hold a decided charge of AltCoverage of the
	// training cases out of fold.
	Alt float64
}

const maxPredict = 3

// Settings TrainCharges chooses among, out of fold, and those a model
// trained on too few cases to choose keeps.
var (
	keepGrid    = []float64{0.75, 0.8, 0.85, 0.88, 0.9, 0.92, 0.94, 0.96, 0.98, 1.01}
	cueGrid     = []float64{0, 0.03, 0.06, 0.1, 0.15, 0.25}
	voteGrid    = []float64{0, 0.05, 0.1, 0.2, 0.3, 0.5}
	nearestGrid = []int{5, 10, 20}
	altGrid     = []float64{0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9}
)

// AltCoverage is the share of training cases out of fold whose decided
// charge the predicted charges and the alternatives are to hold: the
// issue's target for pushes sharing a charge in their first ten.
const AltCoverage = 0.95

const (
	defaultKeep = 0.92
	defaultCue  = 0.0
	defaultVote = 0.0
	defaultAlt  = 0.7
	// defaultNearest is the number of neighbours a vote reads when a
	// model too small to choose one gets a Vote.
	defaultNearest = 10
	// ChargeFolds is how many folds TrainCharges chooses its settings in.
	ChargeFolds = 5
)

// TrainCharges builds the predictor from labelled cases, choosing Keep,
// Cue, Vote and Nearest by ChargeFolds-fold cross-validation on them.
func TrainCharges(ctx context.Context, cases []Labelled) (*ChargeModel, error) {
	m, _, err := TrainChargesCV(ctx, cases)
	return m, err
}

// TrainChargesCV is TrainCharges that also returns each case's
// out-of-fold ranking (its five best charges, by a model that never saw
// it, with the chosen settings), the rankings the settings were chosen
// on. A case's neighbours there are cases of other folds.
// Cases with the same opening facts (co-defendants of one judgment, one
// judgment in two sources) share a fold. The vocabulary and IDF are built
// once from all cases' texts; they read no label.
func TrainChargesCV(ctx context.Context, cases []Labelled) (*ChargeModel, [][]Prediction, error) {
	return fitCharges(ctx, cases, ChargeFolds)
}

// fitCharges trains on cases, choosing the settings in folds folds when
// there are at least ten cases a fold (else keeping the defaults).
func fitCharges(ctx context.Context, cases []Labelled, folds int) (*ChargeModel, [][]Prediction, error) {
	if len(cases) == 0 {
		return nil, nil, fmt.Errorf("train charges: no labelled cases")
	}
	texts := make([]string, len(cases))
	ids := map[string]int{}
	var names []string
	labels := make([][]int, len(cases))
	for i, c := range cases {
		texts[i] = c.Facts
		for _, ch := range c.Charges {
			id, ok := ids[ch]
			if !ok {
				id = len(names)
				ids[ch] = id
				names = append(names, ch)
			}
			if !slices.Contains(labels[i], id) {
				labels[i] = append(labels[i], id)
			}
		}
	}
	if len(names) > math.MaxUint16 {
		return nil, nil, fmt.Errorf("train charges: %d charges, at most %d", len(names), math.MaxUint16)
	}
	gr, vecs := newGrams(texts)
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	all := make([]int, len(cases))
	for i := range all {
		all[i] = i
	}
	m := &ChargeModel{names: names, gr: gr, n: len(cases), Keep: defaultKeep, Cue: defaultCue, Vote: defaultVote, Nearest: defaultNearest, Alt: defaultAlt}
	m.setBases()
	m.cw = buildCentroids(vecs, labels, all, len(names), len(gr.idf))
	m.cw.refineAll(vecs, labels, all)
	m.nb = buildNeighbours(vecs, labels, len(gr.idf))
	if folds < 2 || len(cases) < 10*folds {
		return m, nil, nil
	}
	fold := Folds(cases, folds, 1)
	var settings []setting
	for _, vote := range voteGrid {
		for _, k := range nearestGrid {
			if vote == 0 && k != nearestGrid[0] {
				continue // no vote: the number of neighbours does not matter
			}
			for _, cue := range cueGrid {
				settings = append(settings, setting{vote, k, cue})
			}
		}
	}
	// oof[k][i] is case i's five best classes with settings[k].
	oof := make([][]topClasses, len(settings))
	for k := range oof {
		oof[k] = make([]topClasses, len(cases))
	}
	s := make([]float32, len(names))
	v := make([]float32, len(names))
	kmax := slices.Max(nearestGrid)
	for f := 0; f < folds; f++ {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		var train, test []int
		for i := range cases {
			if fold[i] == f {
				test = append(test, i)
			} else {
				train = append(train, i)
			}
		}
		fm := &ChargeModel{names: names, bases: m.bases, gr: gr, cw: buildCentroids(vecs, labels, train, len(names), len(gr.idf))}
		fm.cw.refineAll(vecs, labels, train)
		outside := func(d int) bool { return fold[d] != f }
		for _, i := range test {
			cues := fm.cues(cases[i].Facts)
			fm.cw.scores(vecs[i], s)
			hits := m.nb.nearest(vecs[i], kmax, outside)
			for k, st := range settings {
				m.nb.votes(hits[:min(st.nearest, len(hits))], v)
				oof[k][i] = best5(combine(s, v, st.vote), cues, st.cue)
			}
		}
	}
	best := -1.0
	chosen := -1
	for k, st := range settings {
		for _, keep := range keepGrid {
			var sum float64
			for i, r := range oof[k] {
				sum += SetScores(predictionNames(pick(r.predictions(names), keep)), cases[i].Charges).F1
			}
			if sum > best {
				best, chosen, m.Keep, m.Cue, m.Vote, m.Nearest = sum, k, keep, st.cue, st.vote, st.nearest
			}
		}
	}
	out := make([][]Prediction, len(cases))
	for i, r := range oof[chosen] {
		out[i] = r.predictions(names)
	}
	m.Alt = chooseAlt(out, cases, m.Keep)
	return m, out, nil
}

// chooseAlt is the largest share in altGrid at which the predicted
// charges and the alternatives (Alternatives) of the out-of-fold rankings
// hold a decided charge of AltCoverage of cases, or the smallest share
// when none does.
func chooseAlt(oof [][]Prediction, cases []Labelled, keep float64) float64 {
	for i := len(altGrid) - 1; i >= 0; i-- {
		covered := 0
		for j, r := range oof {
			shown := predictionNames(pick(r, keep))
			shown = append(shown, predictionNames(alternatives(r, keep, altGrid[i]))...)
			if SetScores(shown, cases[j].Charges).Share {
				covered++
			}
		}
		if float64(covered) >= AltCoverage*float64(len(oof)) {
			return altGrid[i]
		}
	}
	return altGrid[0]
}

// Alternatives are the charges of ranked (Rank's answer) after those
// Predict keeps, among the first maxPredict, whose score reaches Alt of
// the best: guesses a push shows a case of beside the predicted charge's.
func (m *ChargeModel) Alternatives(ranked []Prediction) []Prediction {
	return alternatives(ranked, m.Keep, m.Alt)
}

func alternatives(ranked []Prediction, keep, alt float64) []Prediction {
	n := len(pick(ranked, keep))
	var out []Prediction
	for _, p := range ranked[n:min(len(ranked), maxPredict)] {
		if p.Score <= 0 || p.Score < alt*ranked[0].Score {
			break
		}
		out = append(out, p)
	}
	return out
}

// setting is one combination of the settings TrainCharges chooses among.
type setting struct {
	vote    float64
	nearest int
	cue     float64
}

// combine is the centroid scores s plus vote times the neighbours' votes
// v, in a new slice.
func combine(s, v []float32, vote float64) []float32 {
	out := make([]float32, len(s))
	for c := range s {
		out[c] = s[c] + float32(vote)*v[c]
	}
	return out
}

// topClasses are a case's oofKeep best classes, kept compactly: the
// cross-validation holds one per case and setting.
type topClasses [oofKeep]struct {
	class uint16
	score float32
}

// best5 are the oofKeep best classes of scores s, cue added to the classes
// cues names (s is changed).
func best5(s []float32, cues []int, cue float64) topClasses {
	for _, c := range cues {
		s[c] += float32(cue)
	}
	var t topClasses
	n := 0
	for c, x := range s {
		if n == oofKeep && x <= t[n-1].score {
			continue
		}
		at := sort.Search(n, func(i int) bool { return t[i].score < x })
		if n < oofKeep {
			n++
		}
		copy(t[at+1:n], t[at:n-1])
		t[at].class, t[at].score = uint16(c), x
	}
	return t
}

// predictions are t as ranked charges: all oofKeep, or every class when
// there are fewer.
func (t topClasses) predictions(names []string) []Prediction {
	out := make([]Prediction, 0, oofKeep)
	for _, e := range t[:min(oofKeep, len(names))] {
		out = append(out, Prediction{names[e.class], float64(e.score)})
	}
	return out
}

// oofKeep is how many ranked charges TrainChargesCV returns per case.
const oofKeep = 5

func (m *ChargeModel) setBases() {
	m.bases = make([]string, len(m.names))
	for i, n := range m.names {
		m.bases[i] = strings.TrimSuffix(n, "罪")
	}
}

// cues are the classes whose names facts write.
func (m *ChargeModel) cues(facts string) []int {
	var out []int
	for c, b := range m.bases {
		if strings.Contains(facts, b) {
			out = append(out, c)
		}
	}
	return out
}

// Cases is the number of decided cases the model was built from.
func (m *ChargeModel) Cases() int { return m.n }

// Charges are the charges the model knows.
func (m *ChargeModel) Charges() []string { return slices.Clone(m.names) }

// Prediction is a predicted charge with its score: the cosine similarity
// of the facts to the charge's centroid, plus Vote times its share of the
// nearest training cases' similarity, plus Cue when the facts write the
// charge's name.
type Prediction struct {
	Charge string  `json:"charge"`
	Score  float64 `json:"score"`
}

// Rank returns every charge the model knows with its score for facts,
// best first.
func (m *ChargeModel) Rank(facts string) []Prediction {
	s := make([]float32, len(m.names))
	x := m.gr.Vector(facts)
	m.cw.scores(x, s)
	if m.Vote > 0 {
		v := make([]float32, len(m.names))
		m.nb.votes(m.nb.nearest(x, m.Nearest, nil), v)
		s = combine(s, v, m.Vote)
	}
	return rank(m.names, s, m.cues(facts), m.Cue)
}

func rank(names []string, s []float32, cues []int, cue float64) []Prediction {
	out := make([]Prediction, len(names))
	for c, x := range s {
		out[c] = Prediction{names[c], float64(x)}
	}
	for _, c := range cues {
		out[c].Score += cue
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].Charge < out[j].Charge
	})
	return out
}

// Predict returns the likely charges of facts, best first: the best, and
// up to two more whose score reaches Keep of it.
func (m *ChargeModel) Predict(facts string) []Prediction {
	return m.Picked(m.Rank(facts))
}

// Picked is Predict from a ranking Rank gave, so that a caller needing
// both ranks once.
func (m *ChargeModel) Picked(ranked []Prediction) []Prediction {
	return pick(ranked, m.Keep)
}

// pick keeps the first of ranked and those after it, up to maxPredict,
// that reach keep of its score.
func pick(ranked []Prediction, keep float64) []Prediction {
	var out []Prediction
	for i, p := range ranked {
		if i > 0 && (i >= maxPredict || p.Score <= 0 || p.Score < keep*ranked[0].Score) {
			break
		}
		out = append(out, p)
	}
	return out
}

func predictionNames(ps []Prediction) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Charge
	}
	return out
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
	cases, err := cail.Read(path)
	if err != nil {
		return nil, fmt.Errorf("charge training data: %w", err)
	}
	out := make([]Labelled, 0, len(cases))
	for _, c := range cases {
		cs := make([]string, 0, len(c.Accusations))
		for _, a := range c.Accusations {
			cs = append(cs, rules.NormCharge(a))
		}
		out = append(out, Labelled{ID: fmt.Sprintf("cail2018#%d", c.Line), Facts: c.Facts, Charges: cs})
	}
	return out, nil
}

var verdictCharge = regexp.MustCompile(`犯([^，。；：、\s（(]{2,40}?罪)`)

// ReadLeCaRD reads LeCaRD candidate judgments as labelled cases: the
// court's findings in the facts section (FindingsOf), as a judge's facts
// read, and the charges the verdict convicts of, named as CAIL names them
// when CAIL has the charge (names maps official → CAIL spelling).
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
			Case   string `json:"ajId"`
			Facts  string `json:"ajjbqk"`
			Result string `json:"pjjg"`
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, line, err)
		}
		facts := FindingsOf(c.Facts)
		if utf8.RuneCountInString(facts) < minFindings || c.Result == "" {
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
			out = append(out, Labelled{ID: "lecard:" + c.ID, Facts: facts, Charges: cs, Case: c.Case})
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
