package draft

import (
	"slices"
	"strings"
)

// A life or death sentence for a crime whose highest tier the law pairs
// with 没收财产 (arts. 347, 266, 263, 224, 192, 383…) confiscates the
// offender's property: courts write 判处无期徒刑，剥夺政治权利终身，并处没收个人全部财产.
// In the 7,087 LeCaRD first-instance verdicts outside dev and tune, of
// the life and death sentences for these charges 225 confiscate all
// property, 23 part of it, 9 fine and 8 do neither; of those for other
// charges (故意杀人, 故意伤害, 强奸, and 非法持有毒品, which art. 348 fines)
// 153 do neither and 8 confiscate.
var confiscatingCharges = []string{
	"诈骗罪", "抢劫罪", "合同诈骗罪", "集资诈骗罪", "受贿罪", "贪污罪", "绑架罪",
	"票据诈骗罪", "金融凭证诈骗罪", "信用卡诈骗罪", "盗窃罪", "拐卖妇女、儿童罪",
	"虚开增值税专用发票罪", "销售伪劣产品罪", "强迫卖淫罪", "组织卖淫罪",
	"走私普通货物、物品罪", "走私武器、弹药罪",
}

// confiscationWords is ，并处没收个人全部财产 for a life or death sentence
// when one of the defendant's charges ws is a confiscating one, else "".
func confiscationWords(p Penalty, ws []wordedCharge) string {
	charges := make([]string, len(ws))
	for i, w := range ws {
		charges[i] = w.charge
	}
	if confiscating(p, charges) {
		return "，并处没收个人全部财产"
	}
	return ""
}

// confiscating says whether p, a sentence for charges, confiscates
// property: all of it with life or death for a charge whose highest tier
// orders it. The verdict's words and the art. 59 state (artconfiscation.go)
// both read it.
func confiscating(p Penalty, charges []string) bool {
	return (p.Kind == "无期徒刑" || p.Kind == "死刑") && slices.ContainsFunc(charges, confiscates)
}

// confiscates says whether a life or death sentence for charge c goes
// with 没收财产: art. 347's drug crimes (any of 走私、贩卖、运输、制造) and
// confiscatingCharges.
func confiscates(c string) bool {
	if strings.HasSuffix(c, "毒品罪") && strings.ContainsAny(c, "走贩运制") && !strings.Contains(c, "非法持有") {
		return true
	}
	return slices.Contains(confiscatingCharges, c)
}
