package sentencing

import (
	"math"
	"strings"
	"testing"
)

func TestTermScore(t *testing.T) {
	tests := []struct {
		p, g, want float64
	}{
		{12, 12, 2},   // within ±25% and v = 0
		{14, 12, 2},   // v = ln(15/13) ≈ 0.14 ≤ 0.2
		{15, 12, 1.8}, // within ±25%, v = ln(16/13) ≈ 0.21
		{8, 10, 1.8},  // within ±25%, v = ln(11/9) ≈ 0.2007
		{16, 12, 0.8}, // outside ±25%, v ≈ 0.27
		{1, 2, 0.6},   // outside ±25%, v = ln 1.5 ≈ 0.41
		{36, 6, 0},    // v ≈ 1.66
		{0, 0, 1},     // exemption for exemption: no fixed term to be within
		{300, 300, 1}, // life for life
		{299, 300, 0}, // a fixed term for life
		{400, 300, 0}, // death for life
	}
	for _, tt := range tests {
		if got := termScore(tt.p, tt.g); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("termScore(%v, %v) = %v, want %v", tt.p, tt.g, got, tt.want)
		}
	}
}

// TestBlendPoint checks the point against hand-made term distributions.
func TestBlendPoint(t *testing.T) {
	rows := func(charge string, months ...int) []caseRow {
		var out []caseRow
		for _, m := range months {
			out = append(out, caseRow{Charges: []string{charge}, Outcome: Outcome{Months: m}})
		}
		return out
	}
	var all []caseRow
	all = append(all, rows("盗窃罪", 6, 6, 6, 6, 6, 6, 8, 12, 12, 36)...)
	all = append(all, rows("故意杀人罪", 120, 180, 180, 300)...)
	tc := (&Model{rows: all}).countTerms()
	near := func(months ...int) []Neighbour {
		var out []Neighbour
		for _, m := range months {
			out = append(out, Neighbour{Outcome: Outcome{Months: m}})
		}
		return out
	}
	tests := []struct {
		name   string
		b      blend
		logMu  float64
		near   []Neighbour
		charge string
		lo, hi float64 // the point's bounds
	}{
		{"no kernel: the trees' term", blend{}, math.Log1p(9.5), nil, "盗窃罪", 9.5, 9.5},
		{"one term, the trees on it", blend{K: 5, Sigma: 0.6, Near: 1}, math.Log1p(12), near(12, 12, 12, 12, 12), "盗窃罪", 12, 12},
		{"one term, the trees far off", blend{K: 5, Sigma: 1, Near: 1}, math.Log1p(30), near(12, 12, 12, 12, 12), "盗窃罪", 9, 15},
		{"life among the nearest", blend{K: 3, Sigma: 0.6, Near: 1}, math.Log1p(280), near(300, 300, 300), "故意杀人罪", 300, 300},
		{"too few neighbours: the charge's short terms", blend{K: 5, Sigma: 0.4, Near: 1}, math.Log1p(7), near(36, 36), "盗窃罪", 6, 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.b.point(tt.logMu, tt.near, tt.charge, false, [2]int{}, &tc)
			if got < tt.lo || got > tt.hi {
				t.Errorf("point = %v, want in [%v, %v]", got, tt.lo, tt.hi)
			}
			if tt.b.Sigma == 0 {
				return
			}
			// No fixed term scores better against the distribution.
			dist := tt.b.distribution(tt.logMu, tt.near, tt.charge, false, [2]int{}, &tc)
			expected := func(p float64) float64 {
				s := 0.0
				for _, d := range dist {
					s += d.w * termScore(p, float64(d.months))
				}
				return s
			}
			for p := 0.0; p < lifeMonths; p++ {
				if expected(p) > expected(got)+1e-9 {
					t.Errorf("point %v scores %v, %v months scores %v", got, expected(got), p, expected(p))
				}
			}
		})
	}
}

// TestBlendPointProposal checks that the point keeps within the
// prosecution's proposal: a range or a ceiling, not a floor alone.
func TestBlendPointProposal(t *testing.T) {
	var all []caseRow
	for _, m := range []int{6, 6, 6, 6, 6, 6, 8, 10, 12, 12, 12, 18, 24, 36, 36} {
		all = append(all, caseRow{Charges: []string{"盗窃罪"}, Outcome: Outcome{Months: m}})
	}
	tc := (&Model{rows: all}).countTerms()
	b := blend{Sigma: 0.6}
	tests := []struct {
		name     string
		logMu    float64
		proposal [2]int
		lo, hi   float64
	}{
		{"no proposal: the common short term", math.Log1p(7), [2]int{}, 6, 8},
		{"a range above the trees", math.Log1p(7), [2]int{12, 24}, 12, 24},
		{"a range below the trees", math.Log1p(30), [2]int{6, 8}, 6, 8},
		{"a range holding the trees", math.Log1p(12), [2]int{6, 18}, 9, 15},
		{"a ceiling under the trees", math.Log1p(30), [2]int{0, 12}, 1, 12},
		{"a range of one term", math.Log1p(7), [2]int{10, 10}, 10, 10},
		{"a floor alone binds nothing", math.Log1p(7), [2]int{36, 0}, 6, 8},
		{"no kernel: the trees' term held to the range", math.Log1p(7), [2]int{12, 24}, 12, 12},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bb := b
			if strings.HasPrefix(tt.name, "no kernel") {
				bb = blend{}
			}
			got := bb.point(tt.logMu, nil, "盗窃罪", false, tt.proposal, &tc)
			if got < tt.lo || got > tt.hi {
				t.Errorf("point = %v, want in [%v, %v]", got, tt.lo, tt.hi)
			}
		})
	}
}

func TestProposalBounds(t *testing.T) {
	tests := []struct {
		p      [2]int
		lo, hi float64
		ok     bool
	}{
		{[2]int{12, 24}, 12, 24, true},
		{[2]int{6, 6}, 6, 6, true},
		{[2]int{0, 24}, 0, 24, true}, // ××至二年: the lower end masked
		{[2]int{36, 0}, 0, 0, false}, // 三年以上 alone
		{[2]int{}, 0, 0, false},
	}
	for _, tt := range tests {
		lo, hi, ok := proposalBounds(tt.p)
		if lo != tt.lo || hi != tt.hi || ok != tt.ok {
			t.Errorf("proposalBounds(%v) = %v, %v, %v; want %v, %v, %v", tt.p, lo, hi, ok, tt.lo, tt.hi, tt.ok)
		}
	}
}

func TestWithinProposal(t *testing.T) {
	tests := []struct {
		rng, proposal, want [2]int
	}{
		{[2]int{11, 14}, [2]int{12, 24}, [2]int{12, 14}},
		{[2]int{20, 30}, [2]int{12, 24}, [2]int{20, 24}},
		{[2]int{20, 30}, [2]int{0, 24}, [2]int{20, 24}},
		{[2]int{20, 30}, [2]int{36, 0}, [2]int{20, 30}}, // a floor alone binds nothing
		{[2]int{6, 8}, [2]int{12, 24}, [2]int{6, 8}},    // no overlap: left alone
		{[2]int{}, [2]int{12, 24}, [2]int{}},            // no range (life, death, exemption)
		{[2]int{11, 14}, [2]int{}, [2]int{11, 14}},
	}
	for _, tt := range tests {
		if got := withinProposal(tt.rng, tt.proposal); got != tt.want {
			t.Errorf("withinProposal(%v, %v) = %v, want %v", tt.rng, tt.proposal, got, tt.want)
		}
	}
}

// TestSpread checks the nearest cases' mean log distance from the trees'
// term: none from fewer than five cases, only the nearest twenty read.
func TestSpread(t *testing.T) {
	near := func(months ...int) []Neighbour {
		var out []Neighbour
		for _, m := range months {
			out = append(out, Neighbour{Outcome: Outcome{Months: m}})
		}
		return out
	}
	at12 := math.Log1p(12)
	tests := []struct {
		name string
		near []Neighbour
		want float64
		ok   bool
	}{
		{"too few cases", near(6, 24), 0, false},
		{"all on the trees' term", near(12, 12, 12, 12, 12), 0, true},
		{"twice the term", near(24, 24, 24, 24, 24), math.Log(25.0 / 13), true},
		{"either side", near(6, 24, 6, 24, 12, 12), (2*math.Log(13.0/7) + 2*math.Log(25.0/13)) / 6, true},
		{"beyond the twentieth", append(near(12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12), near(300)...), 0, true},
	}
	for _, tt := range tests {
		got, ok := spread(at12, tt.near)
		if ok != tt.ok || math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("%s: spread %v, %v; want %v, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}
