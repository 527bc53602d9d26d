package draft

import (
	"regexp"
	"slices"

	"leian/corpus/extract"
)

// A company tried beside its managers (被告单位, arts. 30–31) is sentenced
// in the verdict's first item, to a fine alone: 被告单位X犯Y罪，判处罚金….
// The draft had written only the persons. In the LeCaRD first-instance
// judgments outside dev and tune whose facts name a 被告单位, 170 of 198
// verdicts sentence it, and the unit's charge is the first person's first
// charge in 133 of 152; on the tune set 8 of the 9 such verdicts do.

// unitNameRe is the unit the facts first name as accused, up to the end of
// its registered name.
var unitNameRe = regexp.MustCompile(`被告单位([\p{Han}（）()]{2,40}?(?:有限责任公司|股份有限公司|有限公司|公司|厂|合作社|中心|商行|集团))`)

// unitCharges are the charges a unit was convicted of in the LeCaRD
// first-instance verdicts outside dev and tune (176 units): a unit is
// liable only where the law says so, and these are the crimes where
// courts found it was.
var unitCharges = []string{
	"单位行贿罪", "虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪", "走私普通货物、物品罪",
	"非法占用农用地罪", "非法吸收公众存款罪", "单位受贿罪", "骗取贷款、票据承兑、金融票证罪",
	"串通投标罪", "侵犯著作权罪", "污染环境罪", "对单位行贿罪", "合同诈骗罪", "骗取出口退税罪",
	"非法采矿罪", "非法经营罪", "走私国家禁止进出口的货物、物品罪", "逃税罪",
	"非法制造、销售非法制造的注册商标标识罪", "滥伐林木罪", "保险诈骗罪", "拒不执行判决、裁定罪",
	"非法转让、倒卖土地使用权罪", "对非国家工作人员行贿罪", "侵犯公民个人信息罪", "生产、销售、提供假药罪",
	"拒不支付劳动报酬罪", "虚假诉讼罪", "集资诈骗罪", "非法收购、运输盗伐、滥伐的林木罪",
	"生产、销售有毒、有害食品罪", "非法购买增值税专用发票、购买伪造的增值税专用发票罪",
	"制作、复制、出版、贩卖、传播淫秽物品牟利罪", "内幕交易、泄露内幕信息罪", "假冒注册商标罪", "虚报注册资本罪",
	"销售假冒注册商标的商品罪", "虚假出资、抽逃出资罪",
}

// unitItem is the verdict item sentencing the unit the facts name as
// accused, for the first of the persons' charges (pens in order, own) a
// unit can commit, with the fine's payment pay; false when the facts name
// no unit or no charge fits. The fine is unitFine's, from the persons'
// fines and the similar cases (same); blank when it is zero.
func unitItem(f caseFacts, pens []Penalty, own map[string][]wordedCharge, pay string, same []precedent) (string, bool) {
	name, ok := unitName(f.text)
	if !ok {
		return "", false
	}
	var ws []wordedCharge
	for _, p := range pens {
		ws = append(ws, own[p.Defendant]...)
	}
	for _, w := range ws {
		c := w.charge
		if n, ok := extract.NormaliseCharge(c); ok {
			c = n
		}
		if slices.Contains(unitCharges, c) {
			y := "\u3000\u3000"
			if fine := unitFine(pens, same); fine > 0 {
				y = f.house.yuan(fine)
			}
			return "被告单位" + name + "犯" + w.written + "，判处罚金人民币" + y + "元。（" + pay + "）", true
		}
	}
	return "", false
}
