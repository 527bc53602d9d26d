package draft

import (
	"regexp"
	"slices"
	"strings"
)

// Art. 64 has the court recover a defendant's illegal gains (追缴) and
// confiscate contraband and the offender's own property used in the crime
// (没收). When the similar cases give the draft no such item, the facts'
// own words still tell what the verdict disposes of: drugs seized, the
// tools of the crime, the gains. On the tune set 131 of 400 verdicts
// confiscate something; an item worded from the facts matches the court's
// words (扣押在案的, 予以没收, 违法所得, 追缴) where a missing one matches none.
// disposalWords are the words of an item disposing of property.
const disposalWords = `没收|追缴|退赔|发还|返还|上缴国库`

var (
	// seizedDrugsRe is drugs the police seized, not drugs only sold or
	// taken: the court confiscates what is in its custody.
	seizedDrugsRe = regexp.MustCompile(`(?:查获|缴获|起获|扣押)[^。；]{0,40}(?:毒品|海洛因|甲基苯丙胺|冰毒|氯胺酮|麻古)`)
	toolsRe       = regexp.MustCompile(`作案工具|犯罪工具|供犯罪所用`)
	// seizedStakesRe is gambling money the police took: 赌资 is
	// confiscated as property used in the crime.
	seizedStakesRe = regexp.MustCompile(`(?:查获|缴获|扣押|收缴)[^。；]{0,20}赌资|赌资[^。；]{0,20}(?:查获|缴获|扣押|收缴)`)
	gainsRe        = regexp.MustCompile(`违法所得|赃款`)
	// takenRe is the facts telling what the victims lost; madeGoodRe
	// says the loss was already made good, when no order is needed.
	takenRe    = regexp.MustCompile(`损失|骗取|窃得|盗得`)
	madeGoodRe = regexp.MustCompile(`已退赔|已退赃|全部退赃|已赔偿|全部赔偿|已归还|已全部退还`)
	// disposalRe is an item that already disposes of property.
	disposalRe = regexp.MustCompile(disposalWords)
)

// acquisitive are the charges of taking another's property, whose victims
// the court orders compensated for what was not returned (art. 64,
// 责令退赔).
var acquisitive = []string{"盗窃罪", "诈骗罪", "合同诈骗罪", "集资诈骗罪", "职务侵占罪", "挪用资金罪", "非法吸收公众存款罪", "敲诈勒索罪", "抢劫罪", "抢夺罪"}

// takesProperty says whether one of charges takes property (acquisitive).
func takesProperty(charges []string) bool {
	return slices.ContainsFunc(charges, func(c string) bool { return slices.Contains(acquisitive, c) })
}

// factItems are the verdict's forfeiture items read from the facts: one
// confiscating the seized drugs, tools and stakes, one recovering the gains of
// the defendants (all of them: the facts rarely say whose gain it was),
// and, for a charge of taking property whose loss the facts tell and do
// not say was made good, one ordering the victims compensated.
// A cue only in a denial (没有违法所得) is none.
func factItems(f caseFacts, names, charges []string) []string {
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
	if len(names) == 0 {
		return out
	}
	who := "被告人" + strings.Join(names, "、")
	if affirmed(f.text, gainsRe) {
		out = append(out, "追缴"+who+"的违法所得。")
	}
	if takesProperty(charges) && affirmed(f.text, takenRe) && !madeGoodRe.MatchString(f.text) {
		out = append(out, "责令"+who+"退赔被害人的经济损失。")
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

// convicted are the charges any defendant is convicted of.
func convicted(own map[string][]wordedCharge) []string {
	var out []string
	for _, ws := range own {
		for _, w := range ws {
			if !slices.Contains(out, w.charge) {
				out = append(out, w.charge)
			}
		}
	}
	return out
}

// civilPlaintiffRe is a civil plaintiff joined to the prosecution (附带民事诉讼原告人):
// the judgment then decides the claim as well. A victim who waived it
// (放弃提起附带民事诉讼) is named no plaintiff.
var civilPlaintiffRe = regexp.MustCompile(`附带民事诉讼原告`)

// civilItems decide an incidental civil action the facts say was brought,
// unless an item already does: the defendants compensate the plaintiffs'
// losses, the amount left to the judge, and the rest of the claim is
// dismissed, as courts usually do (death compensation and mental damage
// are not awarded in a criminal court's civil judgment).
func civilItems(f caseFacts, names []string, items []item) []string {
	if len(names) == 0 || !affirmed(f.text, civilPlaintiffRe) {
		return nil
	}
	for _, it := range items {
		if strings.Contains(it.text, "附带民事") {
			return nil
		}
	}
	who := civilPlaintiffs(f.text)
	return []string{
		"被告人" + strings.Join(names, "、") + "赔偿附带民事诉讼原告人" + who + "的经济损失。",
		"驳回附带民事诉讼原告人" + who + "的其他诉讼请求。",
	}
}

// civilPlaintiffNamesRe reads the plaintiffs the facts name where their
// claim is stated (附带民事诉讼原告人何某、何某1诉称), for the verdict to name them.
var civilPlaintiffNamesRe = regexp.MustCompile(`附带民事诉讼原告人((?:[\p{Han}\d]{1,4}、)*[\p{Han}\d]{1,4}?)(?:诉称|要求|提出|的|起诉|及|诉请|基于)`)

// civilPlaintiffs are the plaintiffs facts name (civilPlaintiffNamesRe),
// "" when they name none.
func civilPlaintiffs(facts string) string {
	if m := civilPlaintiffNamesRe.FindStringSubmatch(facts); m != nil {
		return m[1]
	}
	return ""
}

// reviewItemRe is an item of a judgment on appeal or retrial: it upholds
// or quashes another judgment (维持/撤销…刑事判决), sentences an appellant,
// or revokes parole. A first-instance verdict has none of these, so a
// similar case's are not carried over.
var reviewItemRe = regexp.MustCompile(`(?:维持|撤销)[^。；]{0,60}(?:判决|裁定)|原判|原审被告人|上诉人|假释`)

// reviewItem says whether a similar verdict's further item is one of a
// judgment on appeal or retrial.
func reviewItem(part string) bool { return reviewItemRe.MatchString(part) }
