package evals

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Threshold is one line of evals/thresholds: a metric of a suite must stay
// at or above Min.
type Threshold struct {
	Suite, Metric string
	Min           float64
	Line          int
}

// ParseThresholds reads "suite metric min" lines; blank lines and lines
// starting with # are skipped.
func ParseThresholds(r io.Reader, name string) ([]Threshold, error) {
	var ts []Threshold
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Fields(text)
		if len(f) != 3 {
			return nil, fmt.Errorf("%s line %d: %q: want \"suite metric min\"", name, line, text)
		}
		minimum, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			return nil, fmt.Errorf("%s line %d: min %q: %w", name, line, f[2], err)
		}
		ts = append(ts, Threshold{Suite: f[0], Metric: f[1], Min: minimum, Line: line})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return ts, nil
}

// ReadThresholds parses the thresholds file at path.
func ReadThresholds(path string) ([]Threshold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("thresholds: %w", err)
	}
	defer f.Close()
	return ParseThresholds(f, path)
}

// CheckThresholds returns one message per threshold of rec's suite that
// rec misses, including metrics rec does not report.
func CheckThresholds(rec *Record, ts []Threshold) []string {
	var out []string
	for _, t := range ts {
		if t.Suite != rec.Suite {
			continue
		}
		v, ok := rec.Metrics[t.Metric]
		switch {
		case !ok:
			out = append(out, fmt.Sprintf("%s %s: metric not reported (threshold line %d)", t.Suite, t.Metric, t.Line))
		case v < t.Min:
			out = append(out, fmt.Sprintf("%s %s = %.4f, below the threshold %.4f (line %d)", t.Suite, t.Metric, v, t.Min, t.Line))
		}
	}
	return out
}
