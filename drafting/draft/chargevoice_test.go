package draft

import (
	"slices"
	"strings"
	"testing"
)

// TestCourtRejectedVoice: the court's voice opening a sentence (公诉机关
// 关于…的指控，…故该指控不能成立) is read, and a party's numbered points
// (辩护人辩护提出： 一、… 三、…故指控X罪不能成立) are not the court's.
func TestCourtRejectedVoice(t *testing.T) {
	tests := []struct {
		name, facts string
		defendants  []string
		want        []string
	}{
		{"the court's sentence on the allegation",
			"以上证据均经当庭举证、质证，且相互印证，足以证实上述犯罪事实。 公诉机关关于被告人张德保利用职务之便侵吞公款15618元，构成贪污罪的指控，现因《刑法修正案（九）》已对贪污罪进行修正，贪污罪的数额追诉标准已发生变化，故该指控不能成立。",
			[]string{"张德保"}, []string{"贪污罪"}},
		{"the defence's numbered point",
			"被告人李昆学的辩护人辩护提出： 一、关于受贿。（一）李昆学没有受贿的犯罪故意。 三、关于滥用职权。（一）李昆学不具有职权条件、不存在滥用职权行为。故指控滥用职权罪不能成立。 四、李昆学在受贿犯罪中有自首情节。",
			[]string{"李昆学"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := courtRejected(tt.facts, tt.defendants); !slices.Equal(got, tt.want) {
				t.Errorf("courtRejected = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSentenceBefore(t *testing.T) {
	tests := []struct{ text, at, want string }{
		{"足以证实上述犯罪事实。 公诉机关关于被告人张德保构成贪污罪的指控", "构成", " 公诉机关关于被告人张德保"},
		{"被告人甲犯盗窃罪；故该指控不能成立", "该", "故"},
		{"公诉机关指控被告人甲犯盗窃罪", "犯", "公诉机关指控被告人甲"},
	}
	for _, tt := range tests {
		if got := sentenceBefore(tt.text, strings.Index(tt.text, tt.at)); got != tt.want {
			t.Errorf("sentenceBefore(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestFoundHeadingLists(t *testing.T) {
	tests := []struct {
		name, facts string
		want        []string
	}{
		{"charges listed with 、 and 罪", "经审理查明： （二）故意伤害罪、故意毁坏财物罪 2006年6月6日凌晨4时许，被告人魏海平召集陈某6。",
			[]string{"故意伤害罪", "故意毁坏财物罪"}},
		{"charges listed with a comma", "经审理查明： 二、盗窃罪，掩饰、隐瞒犯罪所得罪 2017年6月初，被告人李英平和夏某。",
			[]string{"盗窃罪", "掩饰、隐瞒犯罪所得罪"}},
		{"one name holding 、", "经审理查明： 三、掩饰、隐瞒犯罪所得罪 2017年6月初，被告人李英平。",
			[]string{"掩饰、隐瞒犯罪所得罪"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := foundCharges(tt.facts, isChargeName); !slices.Equal(got, tt.want) {
				t.Errorf("foundCharges = %v, want %v", got, tt.want)
			}
		})
	}
}
