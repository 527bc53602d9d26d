package draft

import (
	"regexp"
	"strings"
)

// Art. 64 has the court recover a defendant's illegal gains (追缴) and
// confiscate contraband and the offender's own property used in the crime
// (没收). When the similar cases give the draft no such item, the facts'
// own words still tell what the verdict disposes of: drugs seized, the
// tools of the crime, the gains. On the tune set 131 of 400 verdicts
// confiscate something; an item worded from the facts matches the court's
// words (扣押在案的, 予以没收, 违法所得, 追缴) where a missing one matches none.
var (
	// seizedDrugsRe is drugs the police seized, not drugs only sold or
	// taken: the court confiscates what is in its custody.
	seizedDrugsRe = regexp.MustCompile(`(?:查获|缴获|起获|扣押)[^。；]{0,40}(?:毒品|海洛因|甲基苯丙胺|冰毒|氯胺酮|麻古)`)
	toolsRe       = regexp.MustCompile(`作案工具|犯罪工具|供犯罪所用`)
	// seizedStakesRe is gambling money the police took: 赌资 is
	// confiscated as property used in the crime.
	seizedStakesRe = regexp.MustCompile(`(?:查获|缴获|扣押|收缴)[^。；]{0,20}赌资|赌资[^。；]{0,20}(?:查获|缴获|扣押|收缴)`)
	gainsRe        = regexp.MustCompile(`违法所得|赃款`)
	// disposalRe is an item that already disposes of property.
	disposalRe = regexp.MustCompile(`没收|追缴|退赔|发还|返还|上缴国库`)
)

// factItems are the verdict's forfeiture items read from the facts: one
// confiscating the seized drugs, tools and stakes, one recovering the gains of
// the defendants (all of them: the facts rarely say whose gain it was).
// A cue only in a denial (没有违法所得) is none.
func factItems(f caseFacts, names []string) []string {
	var things []string
	if affirmed(f.text, seizedDrugsRe) {
		things = append(things, "毒品")
	}
	if affirmed(f.text, toolsRe) {
		things = append(things, "作案工具")
	}
	if affirmed(f.text, seizedStakesRe) {
		things = append(things, "赌资")
	}
	var out []string
	if len(things) > 0 {
		out = append(out, "扣押在案的"+strings.Join(things, "及")+"予以没收。")
	}
	if affirmed(f.text, gainsRe) && len(names) > 0 {
		out = append(out, "追缴被告人"+strings.Join(names, "、")+"的违法所得。")
	}
	return out
}

// disposes says whether one of the items already disposes of property:
// the similar cases' items, when they have them, speak for the facts'.
func disposes(items []item) bool {
	for _, it := range items {
		if disposalRe.MatchString(it.text) {
			return true
		}
	}
	return false
}
