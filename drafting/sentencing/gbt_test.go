package sentencing

import (
	"math"
	"math/rand"
	"testing"
)

// TestBoostedFits checks the LAD ensemble on a known function.
func TestBoostedFits(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var x [][]float64
	var y []float64
	for i := 0; i < 3000; i++ {
		a, b := rng.Float64(), rng.Float64()
		x = append(x, []float64{a, b, rng.Float64()})
		y = append(y, 3*a+math.Sin(6*b)+0.1*rng.NormFloat64())
	}
	m := fitBoosted(x, y, -1, defaultBoost)
	d := 0.0
	for i := range x {
		d += math.Abs(m.predict(x[i]) - y[i])
	}
	if mae := d / float64(len(x)); mae > 0.15 {
		t.Errorf("mean absolute error %v on y = 3a + sin(6b) + noise(0.1), want < 0.15", mae)
	}
}
