package evals

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"time"
)

//go:embed report.html.tmpl
var reportHTML string

// reportTmpl is parsed once; the template is embedded and fixed.
var reportTmpl = template.Must(template.New("report").Parse(reportHTML))

// reportRun is one run as the report template shows it.
type reportRun struct {
	*Record
	Bases      []string
	BaseHeads  []string // baseline names with their footing
	SplitLabel string
	Rows       []reportRow
	Charts     []template.HTML
}

type reportRow struct {
	Metric string
	Value  string
	Bases  []string
}

// WriteReport writes one self-contained HTML page (inline CSS and SVG,
// no script, no external asset) describing recs.
func WriteReport(w io.Writer, recs []*Record, now time.Time) error {
	runs := make([]reportRun, len(recs))
	for i, rec := range recs {
		runs[i] = buildReportRun(rec)
	}
	data := struct {
		Generated string
		Runs      []reportRun
	}{now.UTC().Format(time.RFC3339), runs}
	if err := reportTmpl.Execute(w, data); err != nil {
		return fmt.Errorf("eval report: %w", err)
	}
	return nil
}

func buildReportRun(rec *Record) reportRun {
	r := reportRun{Record: rec, Bases: sortedKeys(rec.Baselines), SplitLabel: splitLabel(rec)}
	for _, b := range r.Bases {
		r.BaseHeads = append(r.BaseHeads, baselineHeading(rec, b))
	}
	for _, m := range rec.metricNames() {
		row := reportRow{Metric: m, Value: fmt.Sprintf("%.4f", rec.Metrics[m])}
		for _, b := range r.Bases {
			row.Bases = append(row.Bases, baselineCell(rec.Baselines[b], m))
		}
		r.Rows = append(r.Rows, row)
	}
	r.Charts = append(r.Charts, baselineChart(rec)...)
	r.Charts = append(r.Charts, itemCharts(rec)...)
	return r
}

// baselineChart puts the primary metric beside each baseline.
func baselineChart(rec *Record) []template.HTML {
	names := rec.metricNames()
	if len(names) == 0 {
		return nil
	}
	m := names[0]
	system := "本系统"
	if rec.RunFile != "" {
		system = "--run 结果"
	}
	bars := []bar{{Label: system, Value: rec.Metrics[m]}}
	top := math.Max(1, rec.Metrics[m])
	for _, b := range sortedKeys(rec.Baselines) {
		if v, ok := rec.Baselines[b][m]; ok {
			bars = append(bars, bar{Label: b, Value: v})
			top = math.Max(top, v)
		}
	}
	return []template.HTML{barChart(m+"：本系统与基线", bars, top)}
}

// itemCharts draws, for the first metrics, per-item bars and the score
// distribution, and a calibration chart when items carry a margin.
func itemCharts(rec *Record) []template.HTML {
	var out []template.HTML
	names := rec.metricNames()
	for _, m := range names[:min(3, len(names))] {
		var bars []bar
		var vals []float64
		for _, it := range rec.Items {
			if v, ok := it.Scores[m]; ok {
				bars = append(bars, bar{Label: it.ID, Value: v})
				vals = append(vals, v)
			}
		}
		if len(vals) == 0 || len(vals) > 400 {
			continue
		}
		if !binary(vals) { // per-item bars of 0/1 scores say no more than the histogram
			out = append(out, barChart(m+"：逐项得分", bars, 1))
		}
		out = append(out, histogram(m+"：得分分布", vals, 0, 1, 10))
	}
	var margins, correct []float64
	for _, it := range rec.Items {
		mg, ok1 := it.Scores["margin"]
		c, ok2 := it.Scores["accuracy"]
		if ok1 && ok2 {
			margins, correct = append(margins, mg), append(correct, c)
		}
	}
	if len(margins) > 0 {
		out = append(out, calibrationChart("校准：按相似度差值分组的正确率", margins, correct, 8))
	}
	return out
}

func binary(xs []float64) bool {
	for _, x := range xs {
		if x != 0 && x != 1 {
			return false
		}
	}
	return true
}
