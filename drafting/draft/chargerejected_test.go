package draft

import (
	"slices"
	"testing"
)

func TestCourtRejected(t *testing.T) {
	tests := []struct {
		name, facts string
		defendants  []string
		want        []string
	}{
		{"evidence insufficient, the court does not find it",
			"但因证人潘×、杨×2、乔×等人的证言之间存在矛盾，未达到确实充分的证据标准，故公诉机关指控高占英犯玩忽职守罪的证据不充分，本院不予认定。",
			[]string{"高占英"}, []string{"玩忽职守罪"}},
		{"the court does not support the charge",
			"王飞的行为不符合抢劫罪的法律构成要件，公诉机关指控被告人王飞犯抢劫罪，本院不予支持。",
			[]string{"王飞"}, []string{"抢劫罪"}},
		{"one defendant of several keeps the charge for the others",
			"公诉机关认为，被告人万济林、张成胜的行为已构成开设赌场罪。公诉机关指控被告人张成胜犯开设赌场罪证据不足，不予认定。",
			[]string{"万济林", "张成胜"}, nil},
		{"the only one of several accused of the charge",
			"公诉机关认为，被告人李彦臣、高亚杰、刘阳的行为已构成贷款诈骗罪；被告人李彦臣的行为已构成合同诈骗罪。故对公诉机关指控被告人李彦臣犯合同诈骗罪的罪名不能成立，本院不予支持。",
			[]string{"李彦臣", "高亚杰", "刘阳"}, []string{"合同诈骗罪"}},
		{"every defendant named, the charge's name does not stand",
			"公诉机关指控李彦臣、高亚杰、刘阳犯贷款诈骗罪的罪名不能成立，本院不予支持，应当以骗取贷款罪定罪处罚。",
			[]string{"李彦臣", "高亚杰", "刘阳"}, []string{"贷款诈骗罪"}},
		{"one of several, not named",
			"本院认为，现有证据只能证实其有滥伐林木的故意，公诉机关指控其犯盗伐林木罪的罪名不能成立。",
			[]string{"李某某", "王某"}, nil},
		{"the court does not support that allegation",
			"故公诉机关指控被告人钱锋犯盗窃罪证据不足，该指控本院不予支持。",
			[]string{"钱锋"}, []string{"盗窃罪"}},
		{"the court does not confirm it",
			"综上，本院认为公诉机关指控被告人孙忠汉犯交通肇事罪的指控证据不足，本院不予确认。",
			[]string{"孙忠汉"}, []string{"交通肇事罪"}},
		{"the defence argues it",
			"被告人赵月明的辩护人暨附带民事诉讼代理人提出：一、指控赵月明犯故意伤害罪证据不足，不能成立。",
			[]string{"赵月明"}, nil},
		{"the court rejects the defence's argument",
			"对辩护人提出公诉机关指控刘永智犯寻衅滋事罪不能成立的辩护意见，不予采纳。",
			[]string{"刘永智"}, nil},
		{"the defence's numbered points",
			" 其辩护人辩称：1．起诉书指控的被告人刁启仁犯隐匿、故意销毁会计凭证、会计帐簿、财务会计报告罪事实不清、证据不足，不能成立。理由：刁启仁销毁会计资料只有被告人刁启仁的供述，证据不足。2．起诉书指控的被告人刁启仁犯虚假诉讼罪事实不清、证据不足，不能成立。",
			[]string{"刁启仁"}, nil},
		{"the court rejects the allegation for every accused",
			"关于被告人及其辩护人提出的三被告人不构成受贿罪的意见，经查，现有证据不足以认定具体的行贿人以及金额达到3万元，故公诉机关关于三被告人犯受贿罪的指控不成立。",
			[]string{"吴其淼", "尹上芬", "毛玲"}, []string{"受贿罪"}},
		{"the allegation for one of several fails",
			"公诉机关认为，被告人吴其淼、尹上芬、毛玲的行为均已构成受贿罪。故公诉机关关于被告人毛玲犯受贿罪的指控不成立。",
			[]string{"吴其淼", "尹上芬", "毛玲"}, nil},
		{"one act of a charge that names several",
			"公诉机关指控被告人蔡昭锋犯运输毒品罪的罪名成立，予以支持，但指控蔡昭锋犯制造毒品罪的证据不足，不能成立，应以非法持有毒品罪对其定罪量刑。",
			[]string{"蔡昭锋"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := courtRejected(tt.facts, tt.defendants); !slices.Equal(got, tt.want) {
				t.Errorf("courtRejected = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestWithoutRejected(t *testing.T) {
	tests := []struct {
		name                    string
		charges, rejected, want []string
	}{
		{"a rejected charge goes", []string{"受贿罪", "玩忽职守罪"}, []string{"玩忽职守罪"}, []string{"受贿罪"}},
		{"every charge rejected leaves them", []string{"抢劫罪"}, []string{"抢劫罪"}, []string{"抢劫罪"}},
		{"nothing rejected", []string{"盗窃罪"}, nil, []string{"盗窃罪"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := withoutRejected(tt.charges, tt.rejected); !slices.Equal(got, tt.want) {
				t.Errorf("withoutRejected = %v, want %v", got, tt.want)
			}
		})
	}
}
