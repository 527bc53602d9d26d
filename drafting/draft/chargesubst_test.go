package draft

import (
	"slices"
	"testing"
)

func TestSubstitutedCharges(t *testing.T) {
	o := ruledOffline(t)
	tests := []struct {
		name, facts string
		want        []string
	}{
		{"the findings' heading names another charge",
			" 内江市市中区人民检察院指控：被告人曾继安、彭志飞在未取得发放贷款资格的情况下，从事非法金融业务活动，严重扰乱了市场秩序，应以非法经营罪定罪处罚。 经审理查明，一、被告人曾继安、彭志飞涉嫌强迫交易罪的犯罪事实：2014年2月下旬，被告人曾继安、彭志飞共同投资，到内江市市中区成立内江市“某”信息咨询有限公司。",
			[]string{"强迫交易罪"}},
		{"the court's conclusion on the accused",
			" 公诉机关认为，被告人郑某利无视国家法律，在道路上醉酒驾驶机动车，其行为触犯了《中华人民共和国刑法》第一百三十三条之一之规定，应当以危险驾驶罪追究其刑事责任。 经审理查明： 2017年7月2日10时5分许，被告人郑某利在未取得驾驶证的情况下驾驶汽车。 综上，被告人郑某利在道路上高度危险驾驶，对公共安全造成严重危害，致一人轻微伤，其行为已构成以危险方法危害公共安全罪。",
			[]string{"以危险方法危害公共安全罪"}},
		{"a conclusion on someone the case does not try",
			" 公诉机关认为，被告人陈锡彬的行为构成帮助伪造证据罪，应当以帮助伪造证据罪追究其刑事责任。 经审理查明：被告人陈锡彬系泰兴公司股东。刘某与被害人夏某达成协议，该赔偿款出自泰兴公司。刘某的行为已构成寻衅滋事罪。",
			// The alleged charge stays; withFindings still adds the other's.
			[]string{"帮助毁灭、伪造证据罪", "寻衅滋事罪"}},
		{"a heading of facts that names no charge",
			" 公诉机关指控被告人朱某犯诈骗罪、妨害信用卡管理罪。 经审理查明：一、诈骗犯罪事实 2016年，被告人李瑞庭骗领信用卡。 二、妨害信用卡管理犯罪事实 2016年7月，被告人朱某欲倒卖信用卡。 （四）根据证据认定案件事实",
			[]string{"诈骗罪", "妨害信用卡管理罪"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := o.namedCharges(readFacts(tt.facts)); !slices.Equal(got, tt.want) {
				t.Errorf("namedCharges = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestCourtOwnCharges(t *testing.T) {
	tests := []struct {
		name, facts string
		defendants  []string
		want        []string
		complete    bool
	}{
		{"headings without 犯罪", "经审理查明：传销组织迫使其加入传销活动。 一、非法拘禁事实 2015年11月20日，李小平为发展传销人员。 二、故意伤害事实 2015年11月19日，阳满为发展传销人员。",
			[]string{"阳满", "李小平"}, []string{"非法拘禁罪", "故意伤害罪"}, true},
		{"a heading naming the accused", "经审理查明： 二、被告人夏伟、李茂帮助伪造证据事实 2017年下半年，曹某因涉嫌受贿罪被取保候审。",
			[]string{"夏伟", "李茂"}, []string{"帮助伪造证据罪"}, true},
		{"a heading listing two charges", "经审理查明： （二）故意伤害罪、故意毁坏财物罪 2006年6月6日凌晨4时许，被告人魏海平召集陈某6。",
			[]string{"魏海平"}, []string{"故意伤害罪", "故意毁坏财物罪"}, true},
		{"an evidence heading names no charge", "经审理查明： 一、故意伤害事实 被告人甲持刀捅伤乙。 （四）根据证据认定案件事实",
			[]string{"甲"}, nil, false},
		{"no findings", "公诉机关指控被告人甲犯盗窃罪。", []string{"甲"}, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, complete := courtOwnCharges(caseFacts{text: tt.facts, defendants: tt.defendants})
			if !slices.Equal(got, tt.want) || complete != tt.complete {
				t.Errorf("courtOwnCharges = %v, %v, want %v, %v", got, complete, tt.want, tt.complete)
			}
		})
	}
}
