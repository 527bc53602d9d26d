// Package cite finds statute citations in Chinese legal text and parses them
// into law, article, 款 and 项, the form the rule library resolves.
package cite

// LawSource says where a citation's law came from.
type LawSource string

// Law sources, from most to least direct.
const (
	LawWritten  LawSource = "written" // the law is named right before the article
	LawList     LawSource = "list"    // inherited from the previous citation of a list
	LawThis     LawSource = "this"    // 本法/该法/本解释: the law last named in the text
	LawHeading  LawSource = "heading" // an article heading under a law named earlier (quoted appendix)
	LawContext  LawSource = "context" // bare article read as the caller's context law
	LawNotGiven LawSource = ""        // bare article and no context law
)

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
	// LawStart and LawEnd are the rune offsets of the law name when it is
	// written right before the article (LawFrom == LawWritten); both 0 otherwise.
	LawStart int       `json:"law_start,omitempty"`
	LawEnd   int       `json:"law_end,omitempty"`
	LawFrom  LawSource `json:"law_from,omitempty"`
}

// Find returns every citation in text, reading bare articles (第264条) as
// articles of contextLaw. A list (第264条、第六十七条第三款) inherits the law
// of its first member; a bare 第三款 after 第七十二条第一款 inherits article 72.
func Find(text, contextLaw string) []Citation {
	s := &scanner{rs: []rune(text), contextLaw: contextLaw}
	return s.run()
}
