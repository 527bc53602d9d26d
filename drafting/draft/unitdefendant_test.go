package draft

import "testing"

// Facts from tune items.
func TestUnitItem(t *testing.T) {
	tests := []struct {
		name, facts string
		charge      wordedCharge
		fine        float64 // the person's
		want        string
	}{
		{
			name:   "a company selling false VAT invoices",
			facts:  "江苏省昆山市人民检察院指控，2011年至2016年1月间，被告单位昆山市健桥金属材料有限公司、被告人潘启宝为了牟取非法利益，在无真实业务发生的情况收取开票费向谢某、张某出售虚开的增值税专用发票201份",
			charge: wordedCharge{charge: "虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪", written: "虚开增值税专用发票罪"},
			want:   "被告单位昆山市健桥金属材料有限公司犯虚开增值税专用发票罪，判处罚金人民币二十万元。（罚金限判决生效后十日内缴纳。）",
		},
		{
			name:   "a fined manager: the company's fine is left blank",
			facts:  "江苏省昆山市人民检察院指控，2011年至2016年1月间，被告单位昆山市健桥金属材料有限公司、被告人潘启宝为了牟取非法利益，在无真实业务发生的情况收取开票费向谢某、张某出售虚开的增值税专用发票201份",
			charge: wordedCharge{charge: "虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪", written: "虚开增值税专用发票罪"},
			fine:   200000,
			want:   "被告单位昆山市健桥金属材料有限公司犯虚开增值税专用发票罪，判处罚金人民币\u3000\u3000元。（罚金限判决生效后十日内缴纳。）",
		},
		{
			name:   "a company polluting",
			facts:  "认为被告单位南宫市海源化工有限公司，被告人李某甲、李某乙违反国家规定，非法排放工业废水27.9吨，应当认定为“严重污染环境”",
			charge: wordedCharge{charge: "污染环境罪", written: "污染环境罪"},
			want:   "被告单位南宫市海源化工有限公司犯污染环境罪，判处罚金人民币二十万元。（罚金限判决生效后十日内缴纳。）",
		},
		{
			name:   "a unit accused without its name (tune2): the name left blank",
			facts:  "公诉机关向法庭提供了三被告人供述、证人证言、鉴定意见、书证等证据，认为被告单位及被告人孔某某、康某某、王某的行为均已触犯《中华人民共和国刑法》第三百八十七条，犯罪事实清楚，证据确实充分，应当以单位受贿罪追究其刑事责任",
			charge: wordedCharge{charge: "单位受贿罪", written: "单位受贿罪"},
			want:   "被告单位\u3000\u3000犯单位受贿罪，判处罚金人民币二十万元。（罚金限判决生效后十日内缴纳。）",
		},
		{
			name:   "a unit's name only in a later defendant's office: not accused",
			facts:  "被告人刘某系被告单位的法定代表人，以公司名义收受回扣",
			charge: wordedCharge{charge: "单位受贿罪", written: "单位受贿罪"},
		},
		{
			name:   "no unit can commit a taking of public money for one's own use",
			facts:  "被告单位运亨公司及被告人周福国为谋取非法利益，给予国家工作人员财物",
			charge: wordedCharge{charge: "挪用公款罪", written: "挪用公款罪"},
		},
		{
			name:   "no unit accused",
			facts:  "被告人梁某以昆山市健桥金属材料有限公司的名义出售虚开的增值税专用发票",
			charge: wordedCharge{charge: "虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪", written: "虚开增值税专用发票罪"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := caseFacts{text: tt.facts}
			pens := []Penalty{{Defendant: "甲", FineYuan: tt.fine}}
			own := map[string][]wordedCharge{"甲": {tt.charge}}
			got, ok := unitItem(f, pens, own, finePayUsual, nil)
			if got != tt.want || ok != (tt.want != "") {
				t.Errorf("unitItem = %q, %v; want %q", got, ok, tt.want)
			}
		})
	}
}
