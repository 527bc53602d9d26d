package embed

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// randomCSR returns a sparse matrix with a decaying spectrum: a product of
// random factors of the given rank plus sparse noise.
func randomCSR(rows, cols, rank int, density float64, seed uint64) *CSR {
	rng := rand.New(rand.NewPCG(seed, seed+1))
	a := &CSR{Cols: cols}
	left := mat.NewDense(rows, rank, nil)
	right := mat.NewDense(rank, cols, nil)
	for i := 0; i < rows; i++ {
		for j := 0; j < rank; j++ {
			left.Set(i, j, rng.NormFloat64()*math.Pow(0.6, float64(j)))
		}
	}
	for i := 0; i < rank; i++ {
		for j := 0; j < cols; j++ {
			right.Set(i, j, rng.NormFloat64())
		}
	}
	var d mat.Dense
	d.Mul(left, right)
	for i := 0; i < rows; i++ {
		var cs []int32
		var vs []float32
		for j := 0; j < cols; j++ {
			if rng.Float64() < density {
				cs = append(cs, int32(j))
				vs = append(vs, float32(d.At(i, j)))
			}
		}
		a.AppendRow(cs, vs)
	}
	return a
}

func TestRandomizedSVDMatchesGonum(t *testing.T) {
	tests := []struct {
		name             string
		rows, cols, rank int
		density          float64
		want             int
		tol              float64 // relative to σ1; a flat noisy tail converges slower
	}{
		{"low rank dense", 60, 40, 5, 1, 5, 1e-8},
		{"sparse", 80, 50, 8, 0.3, 6, 1e-4},
		{"wide", 30, 90, 6, 0.5, 4, 1e-4},
		{"rank above size", 7, 9, 3, 1, 20, 1e-8},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := randomCSR(tc.rows, tc.cols, tc.rank, tc.density, 7)
			got, err := RandomizedSVD(a, SVDOptions{Rank: tc.want, Oversample: 10, PowerIters: 3, Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			var ref mat.SVD
			if !ref.Factorize(a.Dense(), mat.SVDThin) {
				t.Fatal("gonum svd failed")
			}
			want := ref.Values(nil)
			for i, s := range got.S {
				if math.Abs(s-want[i]) > tc.tol*want[0] {
					t.Errorf("σ%d = %g, gonum %g", i, s, want[i])
				}
			}
			var v mat.Dense
			ref.VTo(&v)
			for j := range got.S {
				if want[j] < 1e-6*want[0] || (j+1 < len(want) && want[j]-want[j+1] < 1e-3*want[0]) {
					continue // a null or near-repeated singular value has no unique vector
				}
				dot := mat.Dot(got.V.ColView(j), v.ColView(j))
				if math.Abs(math.Abs(dot)-1) > 10*tc.tol {
					t.Errorf("v%d · gonum v%d = %g, want ±1", j, j, dot)
				}
			}
		})
	}
}

func TestRandomizedSVDReconstructs(t *testing.T) {
	a := randomCSR(50, 30, 4, 1, 3)
	got, err := RandomizedSVD(a, SVDOptions{Rank: 4, Oversample: 8, PowerIters: 2, Seed: 9})
	if err != nil {
		t.Fatal(err)
	}
	// A exactly of rank 4 equals its projection A·V·Vᵀ onto the top-4 right vectors.
	d := a.Dense()
	var av, rec, diff mat.Dense
	av.Mul(d, got.V)
	rec.Mul(&av, got.V.T())
	diff.Sub(d, &rec)
	if r := mat.Norm(&diff, 2) / mat.Norm(d, 2); r > 1e-6 {
		t.Errorf("relative reconstruction error %g, want < 1e-6", r)
	}
}

func TestCholeskyQROrthonormal(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	tests := []struct {
		name       string
		rows, cols int
		scale      func(j int) float64
	}{
		{"well conditioned", 200, 20, func(int) float64 { return 1 }},
		{"ill conditioned", 300, 30, func(j int) float64 { return math.Pow(10, -float64(j)/5) }},
		{"square", 15, 15, func(int) float64 { return 1 }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			y := mat.NewDense(tc.rows, tc.cols, nil)
			for i := 0; i < tc.rows; i++ {
				for j := 0; j < tc.cols; j++ {
					y.Set(i, j, rng.NormFloat64()*tc.scale(j))
				}
			}
			q, err := CholeskyQR(y)
			if err != nil {
				t.Fatal(err)
			}
			var g mat.Dense
			g.Mul(q.T(), q)
			for i := 0; i < tc.cols; i++ {
				g.Set(i, i, g.At(i, i)-1)
			}
			if e := mat.Norm(&g, 2); e > 1e-12 {
				t.Errorf("‖QᵀQ − I‖ = %g, want < 1e-12", e)
			}
			// Q spans Y: the projection Q·Qᵀ·Y gives Y back.
			var qty, p, diff mat.Dense
			qty.Mul(q.T(), y)
			p.Mul(q, &qty)
			diff.Sub(&p, y)
			if e := mat.Norm(&diff, 2) / mat.Norm(y, 2); e > 1e-9 {
				t.Errorf("‖QQᵀY − Y‖/‖Y‖ = %g", e)
			}
		})
	}
}

func TestCSRProducts(t *testing.T) {
	a := randomCSR(12, 9, 3, 0.4, 11)
	b := mat.NewDense(9, 4, nil)
	c := mat.NewDense(12, 4, nil)
	for i := 0; i < 9; i++ {
		for j := 0; j < 4; j++ {
			b.Set(i, j, float64(i*4+j))
		}
	}
	for i := 0; i < 12; i++ {
		for j := 0; j < 4; j++ {
			c.Set(i, j, float64(i-j))
		}
	}
	var want1, want2 mat.Dense
	want1.Mul(a.Dense(), b)
	want2.Mul(a.Dense().T(), c)
	got1, err := a.Mul(b)
	if err != nil {
		t.Fatal(err)
	}
	got2, err := a.TMul(c)
	if err != nil {
		t.Fatal(err)
	}
	if !mat.EqualApprox(got1, &want1, 1e-9) || !mat.EqualApprox(got2, &want2, 1e-9) {
		t.Error("sparse products differ from dense ones")
	}
	if _, err := a.Mul(c); err == nil {
		t.Error("mismatched dimensions accepted")
	}
}
