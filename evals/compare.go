package evals

import (
	"fmt"
	"io"
	"strings"
)

// Comparison is run B measured against run A of the same suite.
type Comparison struct {
	A, B    *Record
	Metrics []MetricDelta
}

// MetricDelta is one metric in both runs, with how many shared items
// improved (Wins), got worse (Losses) or stayed equal (Ties) from A to B.
type MetricDelta struct {
	Metric             string
	A, B, Delta        float64
	Wins, Losses, Ties int
	// Biggest are the items that moved most, largest change first.
	Biggest []ItemDelta
}

// ItemDelta is one item's change in one metric.
type ItemDelta struct {
	ID    string
	A, B  float64
	Delta float64
}

// Compare lines up two runs of one suite metric by metric and item by item.
func Compare(a, b *Record) (*Comparison, error) {
	if a.Suite != b.Suite {
		return nil, fmt.Errorf("compare %s with %s: suites differ (%s, %s)", a.ID, b.ID, a.Suite, b.Suite)
	}
	aItems := make(map[string]Item, len(a.Items))
	for _, it := range a.Items {
		aItems[it.ID] = it
	}
	c := &Comparison{A: a, B: b}
	for _, m := range b.metricNames() {
		av, ok := a.Metrics[m]
		if !ok {
			continue
		}
		d := MetricDelta{Metric: m, A: av, B: b.Metrics[m], Delta: b.Metrics[m] - av}
		for _, bi := range b.Items {
			ai, ok := aItems[bi.ID]
			if !ok {
				continue
			}
			x, okA := ai.Scores[m]
			y, okB := bi.Scores[m]
			if !okA || !okB {
				continue
			}
			switch {
			case y > x:
				d.Wins++
			case y < x:
				d.Losses++
			default:
				d.Ties++
				continue
			}
			d.Biggest = append(d.Biggest, ItemDelta{ID: bi.ID, A: x, B: y, Delta: y - x})
		}
		sortByMagnitude(d.Biggest)
		c.Metrics = append(c.Metrics, d)
	}
	return c, nil
}

func sortByMagnitude(ds []ItemDelta) {
	abs := func(x float64) float64 { return max(x, -x) }
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && abs(ds[j].Delta) > abs(ds[j-1].Delta); j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}

// PrintComparison writes the per-metric deltas and, for each metric, the
// items that moved most.
func PrintComparison(w io.Writer, c *Comparison, top int) error {
	var sb strings.Builder
	fmt.Fprintf(&sb, "对比 %s：A = %s，B = %s\n", c.A.Suite, c.A.ID, c.B.ID)
	rows := [][]string{{"指标", "A", "B", "差值", "胜", "负", "平"}}
	for _, d := range c.Metrics {
		rows = append(rows, []string{d.Metric, fmt.Sprintf("%.4f", d.A), fmt.Sprintf("%.4f", d.B),
			fmt.Sprintf("%+.4f", d.Delta), fmt.Sprint(d.Wins), fmt.Sprint(d.Losses), fmt.Sprint(d.Ties)})
	}
	writeAligned(&sb, rows)
	for _, d := range c.Metrics {
		if len(d.Biggest) == 0 {
			continue
		}
		fmt.Fprintf(&sb, "%s 变化最大的项：", d.Metric)
		for i, it := range d.Biggest[:min(top, len(d.Biggest))] {
			if i > 0 {
				sb.WriteString("，")
			}
			fmt.Fprintf(&sb, "%s %.4f→%.4f", it.ID, it.A, it.B)
		}
		sb.WriteByte('\n')
	}
	_, err := io.WriteString(w, sb.String())
	return err
}
