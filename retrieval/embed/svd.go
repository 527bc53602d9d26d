package embed

import (
	"errors"
	"fmt"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
)

// SVDOptions set the randomised truncated SVD (Halko, Martinsson and Tropp 2011).
type SVDOptions struct {
	Rank       int    // singular triplets wanted
	Oversample int    // extra random directions; 10–20 is usual
	PowerIters int    // subspace iterations; sharpen a slowly decaying spectrum
	Seed       uint64 // the Gaussian test matrix's seed, so training is reproducible
}

// SVD is a truncated singular value decomposition A ≈ U·diag(S)·Vᵀ of which
// only S and V are kept: V projects a TF-IDF row into the latent space.
type SVD struct {
	S []float64
	V *mat.Dense // a.Cols × rank, orthonormal columns
}

// RandomizedSVD returns the leading singular values and right singular
// vectors of a. Orthonormalisation uses CholeskyQR2 on the tall thin
// sketches rather than a Householder QR, which is a single pass of
// matrix products and is exact enough after the second round.
func RandomizedSVD(a *CSR, o SVDOptions) (*SVD, error) {
	minDim := min(a.Rows, a.Cols)
	if o.Rank < 1 || minDim == 0 {
		return nil, fmt.Errorf("randomised svd of %d×%d matrix at rank %d: nothing to decompose", a.Rows, a.Cols, o.Rank)
	}
	rank := min(o.Rank, minDim)
	l := min(rank+o.Oversample, minDim)
	rng := rand.New(rand.NewPCG(o.Seed, o.Seed^0x9e3779b97f4a7c15))
	omega := mat.NewDense(a.Cols, l, nil)
	raw := omega.RawMatrix().Data
	for i := range raw {
		raw[i] = rng.NormFloat64()
	}
	y, err := a.Mul(omega)
	if err != nil {
		return nil, err
	}
	q, err := CholeskyQR(y)
	if err != nil {
		return nil, fmt.Errorf("range sketch: %w", err)
	}
	for it := 0; it < o.PowerIters; it++ {
		z, err := a.TMul(q)
		if err != nil {
			return nil, err
		}
		if z, err = CholeskyQR(z); err != nil {
			return nil, fmt.Errorf("power iteration %d: %w", it+1, err)
		}
		if y, err = a.Mul(z); err != nil {
			return nil, err
		}
		if q, err = CholeskyQR(y); err != nil {
			return nil, fmt.Errorf("power iteration %d: %w", it+1, err)
		}
	}
	// Bᵀ = Aᵀ·Q is cols×l: thin, so gonum's dense SVD is cheap on it, and
	// A ≈ Q·B = (Q·W)·Σ·Uᵀ makes Bᵀ's left vectors A's right vectors.
	bt, err := a.TMul(q)
	if err != nil {
		return nil, err
	}
	var svd mat.SVD
	if !svd.Factorize(bt, mat.SVDThinU) {
		return nil, errors.New("randomised svd: dense svd of the projected matrix did not converge")
	}
	var u mat.Dense
	svd.UTo(&u)
	s := svd.Values(nil)[:rank]
	v := mat.DenseCopyOf(u.Slice(0, a.Cols, 0, rank))
	return &SVD{S: s, V: v}, nil
}

// CholeskyQR returns Q with orthonormal columns spanning y's columns, by
// CholeskyQR2: Q = Y·R⁻¹ where RᵀR = YᵀY, done twice because one round loses
// orthogonality in proportion to cond(Y)². A rank-deficient Gram matrix is
// shifted slightly (shifted CholeskyQR) so the factorisation still succeeds.
func CholeskyQR(y *mat.Dense) (*mat.Dense, error) {
	q := y
	for round := 0; round < 2; round++ {
		next, err := cholQRStep(q)
		if err != nil {
			return nil, fmt.Errorf("cholesky qr round %d: %w", round+1, err)
		}
		q = next
	}
	return q, nil
}

func cholQRStep(y *mat.Dense) (*mat.Dense, error) {
	_, c := y.Dims()
	g := mat.NewSymDense(c, nil)
	g.SymOuterK(1, y.T())
	var chol mat.Cholesky
	if !chol.Factorize(g) {
		shift := 1e-10 * mat.Trace(g)
		if shift == 0 {
			return nil, errors.New("all columns are zero")
		}
		for i := 0; i < c; i++ {
			g.SetSym(i, i, g.At(i, i)+shift)
		}
		if !chol.Factorize(g) {
			return nil, errors.New("gram matrix is not positive definite even after a shift")
		}
	}
	var r mat.TriDense
	chol.UTo(&r)
	var rinv mat.TriDense
	// A mat.Condition error only warns of ill-conditioning; the second
	// round repairs what the first loses.
	var cond mat.Condition
	if err := rinv.InverseTri(&r); err != nil && !errors.As(err, &cond) {
		return nil, fmt.Errorf("invert cholesky factor: %w", err)
	}
	var q mat.Dense
	q.Mul(y, &rinv)
	return &q, nil
}
