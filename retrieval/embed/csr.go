// Package embed turns judgment text into dense unit vectors: an LSA embedder
// trained on Leian's own corpus (TF-IDF → randomised SVD), or a remote API.
package embed

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

// CSR is a sparse matrix in compressed sparse row form. The TF-IDF matrix of
// the corpus has millions of non-zeros, so it never becomes a dense matrix;
// only its products with thin dense matrices do.
type CSR struct {
	Rows, Cols int
	Indptr     []int     // row i's entries are Indices[Indptr[i]:Indptr[i+1]]
	Indices    []int32   // column of each entry
	Data       []float32 // value of each entry
}

// AppendRow adds one row given as parallel column and value slices.
func (a *CSR) AppendRow(cols []int32, vals []float32) {
	if len(a.Indptr) == 0 {
		a.Indptr = append(a.Indptr, 0)
	}
	a.Indices = append(a.Indices, cols...)
	a.Data = append(a.Data, vals...)
	a.Indptr = append(a.Indptr, len(a.Indices))
	a.Rows++
}

// Dense returns a as a dense matrix; for tests and small matrices only.
func (a *CSR) Dense() *mat.Dense {
	d := mat.NewDense(a.Rows, a.Cols, nil)
	for i := 0; i < a.Rows; i++ {
		for p := a.Indptr[i]; p < a.Indptr[i+1]; p++ {
			d.Set(i, int(a.Indices[p]), d.At(i, int(a.Indices[p]))+float64(a.Data[p]))
		}
	}
	return d
}

// Mul returns a·b for a dense b with a.Cols rows.
func (a *CSR) Mul(b *mat.Dense) (*mat.Dense, error) {
	br, bc := b.Dims()
	if br != a.Cols {
		return nil, fmt.Errorf("csr mul: %d×%d by %d×%d: inner dimensions differ", a.Rows, a.Cols, br, bc)
	}
	out := mat.NewDense(a.Rows, bc, nil)
	braw, oraw := b.RawMatrix(), out.RawMatrix()
	for i := 0; i < a.Rows; i++ {
		dst := oraw.Data[i*oraw.Stride : i*oraw.Stride+bc]
		for p := a.Indptr[i]; p < a.Indptr[i+1]; p++ {
			v := float64(a.Data[p])
			src := braw.Data[int(a.Indices[p])*braw.Stride:]
			for j := range dst {
				dst[j] += v * src[j]
			}
		}
	}
	return out, nil
}

// TMul returns aᵀ·b for a dense b with a.Rows rows.
func (a *CSR) TMul(b *mat.Dense) (*mat.Dense, error) {
	br, bc := b.Dims()
	if br != a.Rows {
		return nil, fmt.Errorf("csr tmul: (%d×%d)ᵀ by %d×%d: inner dimensions differ", a.Rows, a.Cols, br, bc)
	}
	out := mat.NewDense(a.Cols, bc, nil)
	braw, oraw := b.RawMatrix(), out.RawMatrix()
	for i := 0; i < a.Rows; i++ {
		src := braw.Data[i*braw.Stride : i*braw.Stride+bc]
		for p := a.Indptr[i]; p < a.Indptr[i+1]; p++ {
			v := float64(a.Data[p])
			dst := oraw.Data[int(a.Indices[p])*oraw.Stride:]
			for j, s := range src {
				dst[j] += v * s
			}
		}
	}
	return out, nil
}
