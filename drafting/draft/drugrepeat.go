package draft

import "regexp"

// Art. 356 (毒品再犯): a defendant once sentenced for 走私、贩卖、运输、制造
// or 非法持有毒品 who commits another drug crime of the section (arts.
// 347–355) is punished more heavily. Courts cite it exactly then, so it is
// a circumstance of the facts, not a habit of the similar cases: on the
// tune set every draft of a drug charge whose facts state such a prior
// was cited 356 by the court (9 of 9), while the similar cases' share
// cited it six times wrongly and once rightly without one.
const drugRepeatArticle = 356

// drugPriorRe is a prior drug sentence as facts state it: 毒品再犯, 毒品
// 犯罪前科, (曾)因(犯)贩卖毒品罪被判处…, 因犯贩卖毒品罪曾被判刑, and the
// drug named instead of 毒品 (因走私鸦片945.5克被判处有期徒刑12年).
var drugPriorRe = regexp.MustCompile(`毒品再犯|毒品犯罪前科|因[^。；]{0,30}?(?:走私|贩卖|运输|制造|持有)[^。；]{0,8}?(?:毒品|鸦片|海洛因|甲基苯丙胺|冰毒|大麻|氯胺酮|可卡因|吗啡|麻古)[^。；]{0,20}?被判`)

// drugSection is the Criminal Law's section on drug crimes that art. 356
// applies to.
const drugSectionFirst, drugSectionLast = 347, 355

// drugRepeat says whether art. 356 applies: a charge of the drug section
// and a prior drug sentence the facts affirm.
func (o *Offline) drugRepeat(charges []string, f caseFacts) bool {
	drug := false
	for _, c := range charges {
		if nos, ok := o.Rules.Charges.Principal(c); ok && len(nos) > 0 && nos[0].Number >= drugSectionFirst && nos[0].Number <= drugSectionLast {
			drug = true
		}
	}
	return drug && affirmed(f.text, drugPriorRe)
}
