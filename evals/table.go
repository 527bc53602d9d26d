package evals

import (
	"fmt"
	"io"
	"strings"

	"leian/internal/textwidth"
)

// PrintTable writes rec as a terminal table: one row per metric, Leian's
// (or the --run system's) value first and every baseline beside it, then
// the suite's notes.
func PrintTable(w io.Writer, rec *Record) error {
	system := "本系统"
	if rec.RunFile != "" {
		system = "--run 结果"
	}
	bases := sortedKeys(rec.Baselines)
	head := []string{"指标", system}
	for _, b := range bases {
		head = append(head, baselineHeading(rec, b))
	}
	rows := [][]string{head}
	for _, m := range rec.metricNames() {
		row := []string{m, fmt.Sprintf("%.4f", rec.Metrics[m])}
		for _, b := range bases {
			row = append(row, baselineCell(rec.Baselines[b], m))
		}
		rows = append(rows, row)
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "评测 %s：n = %d，划分：%s，用时 %.1f 秒，记录 %s，代码 %s\n", rec.Suite, rec.N, splitLabel(rec), rec.Duration, rec.ID, short(rec.Commit))
	writeAligned(&sb, rows)
	if rec.Method != "" {
		fmt.Fprintf(&sb, "  · 方法：%s\n", rec.Method)
	}
	for _, n := range rec.Notes {
		fmt.Fprintf(&sb, "  · %s\n", n)
	}
	_, err := io.WriteString(w, sb.String())
	return err
}

func baselineCell(b map[string]float64, metric string) string {
	if v, ok := b[metric]; ok {
		return fmt.Sprintf("%.4f", v)
	}
	return "—"
}

// metricNames is the record's metric order, falling back to sorted names
// for records written without one.
func (r *Record) metricNames() []string {
	if len(r.Order) == len(r.Metrics) {
		return r.Order
	}
	return sortedKeys(r.Metrics)
}

// writeAligned pads cells by display width, so Chinese headings (two
// columns per character) line up with ASCII numbers.
func writeAligned(sb *strings.Builder, rows [][]string) {
	var widths []int
	for _, row := range rows {
		for i, c := range row {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], textwidth.Of(c))
		}
	}
	for _, row := range rows {
		for i, c := range row {
			sb.WriteString(c)
			if i < len(row)-1 {
				sb.WriteString(strings.Repeat(" ", widths[i]-textwidth.Of(c)+2))
			}
		}
		sb.WriteByte('\n')
	}
}

func short(commit string) string {
	rev, dirty, _ := strings.Cut(commit, "+")
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if dirty != "" {
		return rev + "+" + dirty
	}
	return rev
}
