package evals

import (
	"fmt"
	"html"
	"html/template"
	"math"
	"strings"
)

// The report's charts are inline SVG built from numbers and escaped
// labels only, so the HTML opens offline with no script or external asset.

const (
	chartW, chartH = 720, 220
	padL, padB     = 48, 28
)

// bar is one labelled value of a chart.
type bar struct {
	Label string
	Value float64
}

// barChart draws vertical bars on a 0..top scale, one per value.
func barChart(title string, bars []bar, top float64) template.HTML {
	var sb strings.Builder
	openSVG(&sb, title, top)
	if n := len(bars); n > 0 {
		slot := float64(chartW-padL-8) / float64(n)
		for i, b := range bars {
			h := scaleY(b.Value, top)
			x := float64(padL) + float64(i)*slot
			fmt.Fprintf(&sb, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="#3b6ea5"><title>%s: %.4f</title></rect>`,
				x+slot*0.1, float64(chartH-padB)-h, math.Max(slot*0.8, 0.5), h, html.EscapeString(b.Label), b.Value)
			if n <= 40 {
				fmt.Fprintf(&sb, `<text x="%.1f" y="%d" font-size="9" text-anchor="middle">%s</text>`,
					x+slot/2, chartH-padB+12, html.EscapeString(b.Label))
			}
		}
	}
	sb.WriteString(`</svg>`)
	return template.HTML(sb.String())
}

// histogram counts values in bins equal-width bins over [lo, hi] and draws them.
func histogram(title string, values []float64, lo, hi float64, bins int) template.HTML {
	counts := make([]float64, bins)
	for _, v := range values {
		i := int(float64(bins) * (v - lo) / (hi - lo))
		counts[min(max(i, 0), bins-1)]++
	}
	bars := make([]bar, bins)
	top := 1.0
	for i, c := range counts {
		from := lo + (hi-lo)*float64(i)/float64(bins)
		bars[i] = bar{Label: fmt.Sprintf("%.2f", from), Value: c}
		top = math.Max(top, c)
	}
	return barChart(title, bars, top)
}

// calibrationChart plots, for bins of the absolute score margin, the share
// of items the system got right: a calibrated system is more often right
// when its margin is larger.
func calibrationChart(title string, margins, correct []float64, bins int) template.HTML {
	hi := 0.0
	for _, m := range margins {
		hi = math.Max(hi, math.Abs(m))
	}
	if hi == 0 {
		hi = 1
	}
	n, ok := make([]float64, bins), make([]float64, bins)
	for i, m := range margins {
		b := min(int(float64(bins)*math.Abs(m)/hi), bins-1)
		n[b]++
		ok[b] += correct[i]
	}
	var bars []bar
	for b := range bins {
		if n[b] > 0 {
			bars = append(bars, bar{Label: fmt.Sprintf("≤%.3f (%d)", hi*float64(b+1)/float64(bins), int(n[b])), Value: ok[b] / n[b]})
		}
	}
	return barChart(title, bars, 1)
}

func openSVG(sb *strings.Builder, title string, top float64) {
	fmt.Fprintf(sb, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" role="img">`, chartW, chartH, chartW, chartH)
	fmt.Fprintf(sb, `<title>%s</title>`, html.EscapeString(title))
	fmt.Fprintf(sb, `<text x="%d" y="12" font-size="12" font-weight="bold">%s</text>`, padL, html.EscapeString(title))
	fmt.Fprintf(sb, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#888"/>`, padL, chartH-padB, chartW-4, chartH-padB)
	for _, f := range []float64{0, 0.5, 1} {
		y := float64(chartH-padB) - scaleY(top*f, top)
		fmt.Fprintf(sb, `<text x="%d" y="%.1f" font-size="10" text-anchor="end">%s</text>`, padL-4, y+3, trimFloat(top*f))
		fmt.Fprintf(sb, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#ddd"/>`, padL, y, chartW-4, y)
	}
}

func scaleY(v, top float64) float64 {
	if top <= 0 || math.IsNaN(v) {
		return 0
	}
	return math.Max(0, math.Min(v/top, 1)) * float64(chartH-padB-20)
}

func trimFloat(v float64) string {
	return strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.2f", v), "0"), ".")
}
