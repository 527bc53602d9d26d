// Package show lays out stored documents and ingest reports as Chinese
// text for the terminal, aligned for wide (CJK) characters.
package show

import (
	"fmt"
	"io"
	"strings"

	"leian/internal/textwidth"
)

// Table is rows of cells under a header, printed with aligned columns.
type Table struct {
	Title  string
	Header []string
	Rows   [][]string
}

// Add appends a row; values are printed with %v.
func (t *Table) Add(cells ...any) {
	row := make([]string, len(cells))
	for i, c := range cells {
		row[i] = fmt.Sprint(c)
	}
	t.Rows = append(t.Rows, row)
}

// WriteTo prints the table.
func (t *Table) WriteTo(w io.Writer) (int64, error) {
	widths := make([]int, len(t.Header))
	for _, row := range append([][]string{t.Header}, t.Rows...) {
		for i, c := range row {
			if i < len(widths) && textwidth.Of(c) > widths[i] {
				widths[i] = textwidth.Of(c)
			}
		}
	}
	var b strings.Builder
	if t.Title != "" {
		b.WriteString(t.Title + "\n")
	}
	line := func(row []string) {
		for i, c := range row {
			if i >= len(widths) {
				break
			}
			b.WriteString(c)
			if i < len(row)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-textwidth.Of(c)+2))
			}
		}
		b.WriteString("\n")
	}
	line(t.Header)
	total := 0
	for _, wd := range widths {
		total += wd + 2
	}
	b.WriteString(strings.Repeat("-", total) + "\n")
	for _, row := range t.Rows {
		line(row)
	}
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}
