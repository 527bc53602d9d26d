package draft

import (
	"slices"
	"testing"
)

func TestFoundCharges(t *testing.T) {
	tests := []struct {
		name, facts string
		want        []string
	}{
		{"no findings", "公诉机关指控被告人甲犯诈骗罪。综上，被告人的行为应当构成信用卡诈骗罪。", nil},
		{"the court's conclusion", "公诉机关指控被告人甲犯诈骗罪。经审理查明：……综上，被告人王某、陈某的行为应当构成信用卡诈骗罪。", []string{"信用卡诈骗罪"}},
		{"headings without 罪", "经审理查明： （一）寻衅滋事、非法持有枪支的犯罪事实 上诉人张某与…… （二）掩饰、隐瞒犯罪所得的犯罪事实 2015年", []string{"寻衅滋事罪", "非法持有枪支罪", "掩饰、隐瞒犯罪所得罪"}},
		{"heading with 罪", "经审理查明：2017年起…… 一、寻衅滋事罪 1、2017年6月", []string{"寻衅滋事罪"}},
		{"suspected in a heading", "经审理查明，一、被告人曾某、彭某涉嫌强迫交易罪的犯罪事实：2014年2月", []string{"强迫交易罪"}},
		{"to be qualified as", "经审理查明：……故公诉机关指控敲诈勒索罪不能成立，对此行为应定性为寻衅滋事罪。", []string{"寻衅滋事罪"}},
		{"the defence's lesser charge", "经审理查明：……对被告人王某辩称其行为构成盗窃罪，而非诈骗罪的意见，经查，其行为应定性为诈骗罪。", []string{"诈骗罪"}},
		{"the defence's view restated", "经审理查明：……周某的行为不构成挪用公款罪，应当构成挪用资金罪的辩护意见，本院不予采纳。", nil},
		{"denied", "经审理查明：……被告人的行为不构成聚众斗殴罪。", nil},
		{"the defence's claim in a later clause", "经审理查明：……辩护人提出对被害人张某的犯罪行为构成强奸罪未遂，对被害人宋某的犯罪行为构成强制猥亵罪。", nil},
		{"a question put", "经审理查明：……三、马某的行为应当构成诈骗罪还是信用卡诈骗罪的问题……综上，被告人王某的行为应当构成信用卡诈骗罪。", []string{"信用卡诈骗罪"}},
		{"evidence headings", "经审理查明：……（一）被告人供述 （二）证人证言", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := foundCharges(tt.facts, isChargeName); !slices.Equal(got, tt.want) {
				t.Errorf("foundCharges = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRejectedCharges(t *testing.T) {
	tests := []struct {
		name, facts string
		want        []string
	}{
		{"rejected", "经审理查明：……公诉机关指控非法经营罪不能成立，本院不予采纳。公诉机关指控被告人陈某犯聚众斗殴罪不成立。", []string{"非法经营罪", "聚众斗殴罪"}},
		{"only the court's", "辩护人认为，公诉机关指控非法经营罪不能成立。", nil},
		{"upheld", "经审理查明：……公诉机关指控被告人犯盗窃罪的罪名成立。", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := rejectedCharges(tt.facts); !slices.Equal(got, tt.want) {
				t.Errorf("rejectedCharges = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDeclaredCharges(t *testing.T) {
	tests := []struct {
		name, facts string
		want        []string
	}{
		{"after the articles", "其行为触犯了《中华人民共和国刑法》第二百三十四条第一款之规定，构成故意伤害罪。提请依法判处。", []string{"故意伤害罪"}},
		{"already", "二被告人多次盗窃他人财物，数额较大，已经构成盗窃罪。", []string{"盗窃罪"}},
		{"a list of several defendants", "认为被告人方某、谯某构成破坏电力设备罪、盗窃罪；被告人龚某构成盗窃罪。", []string{"破坏电力设备罪", "盗窃罪"}},
		{"了", "认为被告人陈某的行为构成了强奸罪，请求依法判处。", []string{"强奸罪"}},
		{"attempt", "之规定，构成强奸罪（未遂），提请依法判处。", []string{"强奸罪"}},
		{"the elements", "被告人某某未经许可销售汽油、情节严重，其行为符合非法经营罪特征。", []string{"非法经营罪"}},
		{"the provision on", "违反了《中华人民共和国刑法》第二百三十七条第三款有关猥亵儿童罪的规定。", []string{"猥亵儿童罪"}},
		{"denied", "被告人的行为不构成诈骗罪。", nil},
		{"asked", "本案争议焦点为被告人的行为是否构成诈骗罪。", nil},
		{"the defence", "辩护人提出，被告人的行为构成过失致人死亡罪。", nil},
		{"an injury is no charge", "经鉴定，被害人的损伤构成轻伤二级。", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := declaredCharges(tt.facts); !slices.Equal(got, tt.want) {
				t.Errorf("declaredCharges = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestStrictAllegation(t *testing.T) {
	tests := []struct {
		name, facts string
		want        bool
	}{
		{"indictment", "公诉机关指控被告人张三犯盗窃罪。", true},
		{"to be prosecuted as", "应当以盗窃罪追究其刑事责任。", true},
		{"a suspect's bare 犯", "公诉机关认为，被告人的行为构成非法持有枪支罪。覃某因涉嫌犯非法制造枪支罪被逮捕。", false},
		{"the victim's agent only", "被害人的诉讼代理人认为，应以故意杀人罪追究其刑事责任。", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := strictAllegation(tt.facts); got != tt.want {
				t.Errorf("strictAllegation = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestWithFindings(t *testing.T) {
	tests := []struct {
		name                     string
		alleged, found, rejected []string
		want                     []string
	}{
		{"no findings", []string{"诈骗罪"}, nil, nil, []string{"诈骗罪"}},
		{"no allegation", nil, []string{"诈骗罪"}, nil, nil},
		{"a charge found besides", []string{"非法拘禁罪"}, []string{"寻衅滋事罪"}, nil, []string{"非法拘禁罪", "寻衅滋事罪"}},
		{"a particular form of the alleged", []string{"诈骗罪"}, []string{"信用卡诈骗罪"}, nil, []string{"信用卡诈骗罪"}},
		{"another kind", []string{"贪污罪", "受贿罪"}, []string{"职务侵占罪", "非国家工作人员受贿罪"}, nil, []string{"贪污罪", "职务侵占罪", "非国家工作人员受贿罪"}},
		{"both alleged stay", []string{"诈骗罪", "信用卡诈骗罪"}, []string{"信用卡诈骗罪"}, nil, []string{"诈骗罪", "信用卡诈骗罪"}},
		{"rejected", []string{"非法经营罪", "非法拘禁罪"}, []string{"寻衅滋事罪"}, []string{"非法经营罪"}, []string{"非法拘禁罪", "寻衅滋事罪"}},
		{"rejected but found", []string{"非法拘禁罪"}, []string{"非法拘禁罪"}, []string{"非法拘禁罪"}, []string{"非法拘禁罪"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := withFindings(tt.alleged, tt.found, tt.rejected); !slices.Equal(got, tt.want) {
				t.Errorf("withFindings = %q, want %q", got, tt.want)
			}
		})
	}
}
