// Package extract reads legal elements out of a parsed judgment: charges,
// cited articles, penalties, amounts, sentencing circumstances and civil outcomes.
package extract

import "leian/corpus/parse"

// Elements are the legal elements of one judgment.
type Elements struct {
	Charges []string `json:"charges,omitempty"`
}

// Extract reads the elements of text, using s for section boundaries.
func Extract(text string, s *parse.Structure) *Elements {
	return &Elements{}
}
