package rank

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"testing"

	"leian/retrieval"
)

func cands(fs ...Features) []Candidate {
	out := make([]Candidate, len(fs))
	for i, f := range fs {
		out[i] = Candidate{ID: string(rune('a' + i)), Features: f, Parts: map[string]float64{}}
	}
	return out
}

func TestRRF(t *testing.T) {
	cs := cands(Features{"bm25": 9, "dense": 0.1}, Features{"bm25": 5, "dense": 0.9}, Features{"bm25": 1})
	RRF{K: 60, Signals: []string{"bm25", "dense"}}.Fuse(cs)
	want := map[string]float64{
		"a": 1.0/61 + 1.0/62,
		"b": 1.0/62 + 1.0/61,
		"c": 1.0 / 63, // no dense score: no dense contribution
	}
	for _, c := range cs {
		if math.Abs(c.Score-want[c.ID]) > 1e-12 {
			t.Errorf("%s: score %g, want %g", c.ID, c.Score, want[c.ID])
		}
	}
	Sort(cs)
	if cs[0].ID != "a" || cs[1].ID != "b" || cs[2].ID != "c" {
		t.Errorf("order %s %s %s, want a b c (ties by ID)", cs[0].ID, cs[1].ID, cs[2].ID)
	}
}

func TestWeighted(t *testing.T) {
	tests := []struct {
		name    string
		weights map[string]float64
		k       float64
		in      []Features
		want    []float64
	}{
		{"ranked signals count by rank", map[string]float64{"bm25": 1, "dense": 2}, 10,
			[]Features{{"bm25": 10, "dense": 0.2}, {"bm25": 20, "dense": 0.6}, {"bm25": 30, "dense": 0.4}},
			[]float64{10.0/12 + 2*10.0/12, 10.0/11 + 2, 1 + 2*10.0/11}},
		{"ties share the better rank", map[string]float64{"bm25": 1}, 10,
			[]Features{{"bm25": 5}, {"bm25": 5}, {"bm25": 1}},
			[]float64{1, 1, 10.0 / 12}},
		{"elements count by value, clamped", map[string]float64{"charge": 2, "amount": 1}, 10,
			[]Features{{"charge": 1, "amount": 0.5}, {"charge": 0.5, "amount": 3}},
			[]float64{2.5, 2}},
		{"missing feature adds nothing", map[string]float64{"dense": 1}, 10,
			[]Features{{"dense": 0.5}, {}, {"dense": 0.7}},
			[]float64{10.0 / 11, 0, 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := cands(tc.in...)
			Weighted{Weights: tc.weights, K: tc.k}.Fuse(cs)
			for i, c := range cs {
				if math.Abs(c.Score-tc.want[i]) > 1e-12 {
					t.Errorf("candidate %d: score %g, want %g (parts %v)", i, c.Score, tc.want[i], c.Parts)
				}
			}
		})
	}
}

// TestWeightedIgnoresANearDuplicate is why fusion is by rank: one
// candidate with a hundredfold BM25 score must not erase the lexical
// difference between the others, which min-max normalisation did.
func TestWeightedIgnoresANearDuplicate(t *testing.T) {
	f := Weighted{Weights: map[string]float64{"bm25": 1, "charge": 0.05}, K: 10}
	plain := cands(Features{"bm25": 20, "charge": 0}, Features{"bm25": 10, "charge": 1})
	dup := cands(Features{"bm25": 20, "charge": 0}, Features{"bm25": 10, "charge": 1}, Features{"bm25": 2000, "charge": 0})
	f.Fuse(plain)
	f.Fuse(dup)
	if !(plain[0].Score > plain[1].Score) || !(dup[0].Score > dup[1].Score) {
		t.Errorf("the better lexical match lost to a charge nudge once a near-duplicate joined: %v / %v", plain, dup)
	}
}

// TestTuneFindsTheInformativeSignal builds queries whose grades follow one
// signal and not another: tuning must weigh the first and CV must score high.
func TestTuneFindsTheInformativeSignal(t *testing.T) {
	var samples []Sample
	for q := 0; q < 20; q++ {
		s := Sample{QueryID: string(rune('A' + q)), Grades: map[string]float64{}}
		for i := 0; i < 30; i++ {
			id := string(rune('a'+i%26)) + string(rune('0'+i/26))
			good := float64((i*7 + q) % 4) // grade 0–3
			noise := float64((i*13 + q*5) % 17)
			s.Cands = append(s.Cands, Candidate{ID: id, Features: Features{"charge": good / 3, "bm25": noise}})
			s.Grades[id] = good
		}
		samples = append(samples, s)
	}
	lin := Tune(samples, []string{"bm25", "charge"}, 10)
	if lin.Weights["charge"] <= lin.Weights["bm25"] {
		t.Errorf("weights %v: charge should outweigh bm25", lin.Weights)
	}
	cv := CrossValidate(samples, nil, []string{"bm25", "charge"}, 5, 10)
	for q, v := range cv.NDCG {
		if v < 0.99 {
			t.Errorf("query %s: held-out ndcg %g, want ≈ 1", q, v)
		}
	}
	if len(cv.Folds) != 5 || len(cv.FoldOf) != 20 {
		t.Errorf("%d folds for %d queries", len(cv.Folds), len(cv.FoldOf))
	}
	var noise float64
	for _, s := range samples {
		noise += NDCGOf(s, RRF{K: 60, Signals: []string{"bm25"}}, 10) / float64(len(samples))
	}
	if got := noise; got > 0.95 {
		t.Errorf("noise-only ranking scores %g; the test data is too easy", got)
	}
}

func TestMemoryBM25(t *testing.T) {
	m := NewMemoryBM25(map[string][]string{
		"a": {"盗窃", "手机", "一部"},
		"b": {"诈骗", "手机"},
		"c": {"故意伤害", "轻伤"},
	})
	got, err := m.Score(t.Context(), &Request{Tokens: []string{"盗窃", "手机"}}, []string{"a", "b", "c", "x"})
	if err != nil {
		t.Fatal(err)
	}
	if !(got["a"]["bm25"] > got["b"]["bm25"] && got["b"]["bm25"] > got["c"]["bm25"]) {
		t.Errorf("bm25 order wrong: %v", got)
	}
	if _, ok := got["x"]; ok {
		t.Error("unknown document scored")
	}
}

func TestHighlights(t *testing.T) {
	q := "被告人张某窃得他人手机一部，价值人民币3000元。后被抓获。"
	d := "经审理查明，被告人李某窃得他人手机一部，价值人民币3500元，被当场抓获。"
	hs := Highlights(retrieval.FieldFacts, q, d)
	if len(hs) == 0 {
		t.Fatal("no highlight")
	}
	h := hs[0]
	qr, dr := []rune(q), []rune(d)
	if string(qr[h.QueryStart:h.QueryEnd]) != string(dr[h.DocStart:h.DocEnd]) || h.DocText != string(dr[h.DocStart:h.DocEnd]) {
		t.Errorf("highlight spans differ: %q vs %q", string(qr[h.QueryStart:h.QueryEnd]), h.DocText)
	}
	if h.DocText != "某窃得他人手机一部，价值人民币3" {
		t.Errorf("longest shared passage %q", h.DocText)
	}
	if hs := Highlights(retrieval.FieldFacts, "完全不同的文本内容甲乙丙", d); len(hs) != 0 {
		t.Errorf("unrelated texts highlighted: %v", hs)
	}
}

// TestFoldWeightsNeverSeeTheirQueries fails if a fold's weights, which
// score that fold's queries, depend on those queries' labels: changing the
// held-out grades must leave the fold's weights exactly as they were.
func TestFoldWeightsNeverSeeTheirQueries(t *testing.T) {
	build := func(flip string) []Sample {
		var samples []Sample
		for q := 0; q < 15; q++ {
			s := Sample{QueryID: string(rune('A' + q)), Grades: map[string]float64{}}
			for i := 0; i < 20; i++ {
				id := string(rune('a' + i))
				a, b := float64((i*7+q)%5), float64((i*11+q*3)%7)
				s.Cands = append(s.Cands, Candidate{ID: id, Features: Features{"a": a, "b": b}})
				s.Grades[id] = a
				if s.QueryID == flip {
					s.Grades[id] = b // this query's labels now follow the other signal
				}
			}
			samples = append(samples, s)
		}
		return samples
	}
	signals := []string{"a", "b"}
	base := CrossValidate(build(""), nil, signals, 5, 10)
	for q, f := range base.FoldOf {
		changed := CrossValidate(build(q), nil, signals, 5, 10)
		if !maps.Equal(changed.Folds[f].Weights, base.Folds[f].Weights) {
			t.Errorf("query %s: its fold's weights moved with its own labels: %v → %v", q, base.Folds[f].Weights, changed.Folds[f].Weights)
		}
	}
}

// TestEqualPartsEqualScores fuses candidates whose parts are equal: their
// scores must be equal to the bit, so that Sort orders them by ID. Added
// in map order, sums of values like these differ in the last bit.
func TestEqualPartsEqualScores(t *testing.T) {
	weights := map[string]float64{}
	fs := Features{}
	for i, name := range []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"} {
		weights[name] = 0.1 * float64(i+1) / 3
		fs[name] = 1 / float64(i+3)
	}
	withRanked := maps.Clone(weights)
	withRanked["bm25"], withRanked["dense"] = 0.7, 0.3
	tests := []struct {
		name string
		fuse Fuser
	}{
		{"by value", Weighted{Weights: weights}},
		{"ranked signals too", Weighted{Weights: withRanked}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for range 20 {
				cs := make([]Candidate, 40)
				for i := range cs {
					f := maps.Clone(fs)
					f["bm25"], f["dense"] = 12.5, 0.25 // ties share the better rank
					cs[i] = Candidate{ID: fmt.Sprintf("d%02d", i), Features: f, Parts: map[string]float64{}}
				}
				tt.fuse.Fuse(cs)
				for _, c := range cs[1:] {
					if c.Score != cs[0].Score {
						t.Fatalf("%s scores %v, %s scores %v: equal parts, unequal sums", c.ID, c.Score, cs[0].ID, cs[0].Score)
					}
				}
				Sort(cs)
				if !slices.IsSortedFunc(cs, func(a, b Candidate) int { return strings.Compare(a.ID, b.ID) }) {
					t.Fatalf("equal candidates not in ID order")
				}
			}
		})
	}
}
