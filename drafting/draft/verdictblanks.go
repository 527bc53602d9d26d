package draft

import (
	"regexp"
	"strings"
)

// A similar case's property items adapted to ours keep its wording and
// lose its particulars: 扣押移送本院的人民币　　元、　　《　　》，予以追缴. When many
// particulars were left blank the items dispose of that case's property,
// not ours, and the facts' own items (verdictitems.go, gainsitems.go) say
// more of what the court will write. On the saved drafts, replacing the
// similar case's property items by the facts' when they held five blanks
// or more raised judgment METEOR with the facts' gains items by 0.0038 on
// tune and 0.0050 on tune2 (gains items alone 0.0016 and 0.0019); four
// and six blanks gave 0.0038/0.0048 and 0.0037/0.0043, three 0.0036/0.0048.
const blanksOut = 5

// blank is a particular left out for the judge, as ownQuantities and
// blankItemParticulars write it and blankedOut counts it.
const blank = "\u3000\u3000"

// propertyItemRe is an item disposing of property (disposalWords), or
// of what was handed back or is destroyed: a copied item of either kind
// describes the other case's property too.
var propertyItemRe = regexp.MustCompile(disposalWords + `|退缴|予以销毁`)

// propertyItem says whether a further item disposes of property, other
// than in deciding a civil claim.
func propertyItem(text string) bool {
	return propertyItemRe.MatchString(text) && !strings.Contains(text, "附带民事")
}

// adaptedItems are the similar case's items with the sums and the names
// our facts do not state left out, each with a note saying so.
func adaptedItems(f caseFacts, extra []item) []item {
	if len(extra) == 0 {
		return nil
	}
	ours := wordPairs(f.text)
	out := make([]item, 0, len(extra))
	for _, it := range extra {
		note := "改写自类案判项，请核对财物名称与数额"
		t, blanked := ownQuantities(f, it.text) // verdictforeign.go
		if blanked {
			note += "；事实未载的类案数额已删去或留空"
		}
		if t, blanked = blankItemParticulars(ours, f.vocab, t); blanked { // verdictparticulars.go
			note += "；事实未载的类案人名、物名已留空"
		}
		out = append(out, item{id: it.id, text: t, note: note})
	}
	return out
}

// blankedOut says whether the adapted property items left blanksOut or
// more particulars blank.
func blankedOut(items []item) bool {
	n := 0
	for _, it := range items {
		if propertyItem(it.text) {
			n += strings.Count(it.text, blank)
		}
	}
	return n >= blanksOut
}

// withoutProperty are the items that do not dispose of property.
func withoutProperty(items []item) []item {
	var out []item
	for _, it := range items {
		if !propertyItem(it.text) {
			out = append(out, it)
		}
	}
	return out
}
