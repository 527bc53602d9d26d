package draft

import (
	"slices"
	"testing"
)

func TestAllegedChargesProposal(t *testing.T) {
	tests := []struct {
		name, facts string
		want        []string
	}{
		{"the prosecution's 以…犯X罪",
			"据此，公诉机关以被告人柯金泉、柯良加、柯根兴犯诈骗罪、妨害信用卡管理罪及被告人柯良加属于累犯，提请本院依法判处。",
			[]string{"诈骗罪", "妨害信用卡管理罪"}},
		{"the proposal names the charge",
			"公诉机关结合其具有前科、累犯以及赔偿谅解等情节提出量刑建议，建议以寻衅滋事罪，判处被告人徐某某有期徒刑一年八个月至二年八个月。",
			[]string{"寻衅滋事罪"}},
		{"a proposal for each charge",
			"公诉机关书面建议本院以盗窃罪判处被告人刘淑佳八个月至一年有期徒刑，并处罚金，以非法经营罪判处被告人刘淑佳六个月以上一年以下有期徒刑，并处罚金，数罪并罚。",
			[]string{"盗窃罪", "非法经营罪"}},
		{"a co-offender's judgment is no proposal",
			"同案犯徐云飞因本案于2014年8月25日被本院以聚众斗殴罪判处有期徒刑二年，宣告缓刑三年。",
			nil},
		{"the defence's proposal is not the prosecution's",
			"辩护人建议以故意毁坏财物罪判处被告人徐某某拘役。",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := allegedCharges(tt.facts); !slices.Equal(got, tt.want) {
				t.Errorf("allegedCharges = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestStrictAllegationProposal(t *testing.T) {
	tests := []struct {
		name, facts string
		want        bool
	}{
		{"no proposal", "被告人李某对公诉机关的量刑建议无异议。", false},
		{"a proposal", "建议以寻衅滋事罪，判处被告人徐某某有期徒刑一年八个月至二年八个月。", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := strictAllegation(tt.facts); got != tt.want {
				t.Errorf("strictAllegation = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestConstitutedChargesWith了(t *testing.T) {
	got, _ := constitutedCharges("公诉机关当庭出示了相关证据，以被告人张秀群、毛宇的行为构成了组织卖淫罪。被告人刘奎的行为构成了协助组织卖淫罪。")
	if want := []string{"组织卖淫罪", "协助组织卖淫罪"}; !slices.Equal(got, want) {
		t.Errorf("constitutedCharges = %q, want %q", got, want)
	}
}
