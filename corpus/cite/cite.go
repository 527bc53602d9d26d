// Package cite finds statute citations in Chinese legal text and parses them
// into law, article, 款 and 项, the form the rule library resolves.
package cite

// Citation is one cited provision.
type Citation struct {
	Law       string `json:"law,omitempty"` // law title as written or resolved from context; "" if bare
	Article   int    `json:"article"`
	Suffix    int    `json:"suffix,omitempty"`    // 之一 = 1, 之二 = 2
	Paragraph int    `json:"paragraph,omitempty"` // 款, 0 when not given
	Item      int    `json:"item,omitempty"`      // 项, 0 when not given
	Start     int    `json:"start"`               // rune offsets of Raw in the searched text
	End       int    `json:"end"`
	Raw       string `json:"raw"`
}

// Find returns every citation in text, reading bare articles (第264条) as
// articles of contextLaw.
func Find(text, contextLaw string) []Citation {
	return nil
}
