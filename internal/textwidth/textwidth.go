// Package textwidth measures how many terminal columns text takes, so the
// Chinese tables Leian prints line up: wide and full-width runes take two.
package textwidth

import "golang.org/x/text/width"

// Of returns the display width of s in terminal columns.
func Of(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}
