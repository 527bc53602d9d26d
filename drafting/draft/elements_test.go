package draft

import "testing"

// The court's own finding states the act from the charge's article, and
// from the charge's name where the article opens with no such clause.
func TestOwnConvictionElements(t *testing.T) {
	o := ruledOffline(t)
	tests := []struct {
		charge, written, want string
	}{
		{"盗窃罪", "盗窃罪", "本院认为，被告人甲盗窃公私财物，数额较大，其行为已构成盗窃罪。"},
		// Art. 347's first paragraph is a principle, not a clause of the act.
		{"走私、贩卖、运输、制造毒品罪", "贩卖毒品罪", "本院认为，被告人甲贩卖毒品，其行为已构成贩卖毒品罪。"},
		// An office crime's subject is the defendant's position (身为…).
		{"贪污罪", "贪污罪", "本院认为，被告人甲身为国家工作人员，利用职务上的便利，侵吞、窃取、骗取或者以其他手段非法占有公共财物，其行为已构成贪污罪。"},
		{"职务侵占罪", "职务侵占罪", "本院认为，被告人甲身为公司、企业或者其他单位的工作人员，利用职务上的便利，将本单位财物非法占为己有，数额较大，其行为已构成职务侵占罪。"},
		// A selective charge's first alternative is that charge (art. 205, not 207's 非法出售).
		{"虚开增值税专用发票罪", "虚开增值税专用发票罪", "本院认为，被告人甲虚开增值税专用发票或者虚开用于骗取出口退税、抵扣税款的其他发票，其行为已构成虚开增值税专用发票罪。"},
		// Art. 140's subject only says who can commit it: the act follows the name.
		{"生产、销售伪劣产品罪", "销售伪劣产品罪", "本院认为，被告人甲在产品中掺杂、掺假，以假充真，以次充好或者以不合格产品冒充合格产品，销售金额五万元以上不满二十万元，其行为已构成销售伪劣产品罪。"},
	}
	for _, tt := range tests {
		t.Run(tt.written, func(t *testing.T) {
			got := o.ownConviction("甲", []string{tt.charge}, []string{tt.written})
			if len(got) != 1 || got[0].Text != tt.want {
				t.Errorf("ownConviction(%s) = %+v, want %q", tt.written, got, tt.want)
			}
		})
	}
}

// A charge sharing its article with others is stated by its own
// paragraph's clause (courts: 被告人平某伙同他人开设赌场，其行为已构成开设赌场罪;
// 被告人黎某…故意猥亵儿童，其行为已构成猥亵儿童罪), by its name when every
// paragraph states another's act; the article's list announcement and a
// purpose's 的 do not cut the clause (被告人王璐以非法占有为目的，在签订、履行
// 合同过程中，骗取被害人财物…，其行为已构成合同诈骗罪).
func TestOwnConvictionSharedArticle(t *testing.T) {
	o := ruledOffline(t)
	tests := []struct{ charge, want string }{
		{"猥亵儿童罪", "猥亵儿童"},
		{"开设赌场罪", "开设赌场"},
		{"赌博罪", "以营利为目的，聚众赌博或者以赌博为业"},
		{"强制猥亵、侮辱罪", "以暴力、胁迫或者其他方法强制猥亵他人或者侮辱妇女"},
		{"滥伐林木罪", "违反森林法的规定，滥伐森林或者其他林木，数量较大"},
		{"盗伐林木罪", "盗伐森林或者其他林木，数量较大"},
		{"组织卖淫罪", "组织、强迫他人卖淫"},
		{"协助组织卖淫罪", "为组织卖淫的人招募、运送人员或者有其他协助组织他人卖淫行为"},
		{"失火罪", "失火"},
		{"妨害公务罪", "以暴力、威胁方法阻碍国家机关工作人员依法执行职务"},
		{"强奸罪", "以暴力、胁迫或者其他手段强奸妇女"},
		// Articles of one charge keep their first clause.
		{"合同诈骗罪", "以非法占有为目的，在签订、履行合同过程中，骗取对方当事人财物，数额较大"},
		{"集资诈骗罪", "以非法占有为目的，使用诈骗方法非法集资，数额较大"},
		{"危险驾驶罪", "在道路上驾驶机动车"},
		{"信用卡诈骗罪", "进行信用卡诈骗活动，数额较大"},
		{"故意伤害罪", "故意伤害他人身体"},
		// Art. 226 announces its list with 实施下列行为之一.
		{"强迫交易罪", "以暴力、威胁手段，情节严重"},
	}
	for _, tt := range tests {
		t.Run(tt.charge, func(t *testing.T) {
			want := "本院认为，被告人甲" + tt.want + "，其行为已构成" + tt.charge + "。"
			got := o.ownConviction("甲", []string{tt.charge}, []string{tt.charge})
			if len(got) != 1 || got[0].Text != want {
				t.Errorf("ownConviction(%s) = %+v, want %q", tt.charge, got, want)
			}
		})
	}
}
