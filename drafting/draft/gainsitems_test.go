package draft

import (
	"slices"
	"testing"
)

func TestGainItems(t *testing.T) {
	tests := []struct {
		name  string
		facts string
		names []string
		want  []string
	}{
		{"a lone defendant's refund is confiscated", "在本院审理期间，被告人孙某某退出违法所得人民币300元，预交罚金保证金人民币3000元。",
			[]string{"孙某某"}, []string{"被告人孙某某退出的违法所得人民币300元，予以没收，上缴国库。"}},
		{"the facts' own words for the money", "案发后，被告人徐某的家属代为退缴赃款人民币2000元，由本院暂扣。",
			[]string{"徐某"}, []string{"被告人徐某退缴的赃款人民币2000元，予以没收，上缴国库。"}},
		{"a sentence naming no one is the lone defendant's", "本院审理过程中，家人代为退缴违法所得人民币7700元。",
			[]string{"刘某某"}, []string{"被告人刘某某退缴的违法所得人民币7700元，予以没收，上缴国库。"}},
		{"a gain found and not handed back is recovered", "被告人潘某从赢家处以6％抽头渔利，共计抽头获利人民币29000元。",
			[]string{"潘某"}, []string{"追缴被告人潘某的违法所得人民币29000元，上缴国库。"}},
		{"each defendant's own gain", "被告人林某从中共计非法获利人民币24000元，被告人苏某从中共计非法获利人民币3900元。",
			[]string{"林某", "苏某"}, []string{"追缴被告人林某的违法所得人民币24000元，上缴国库。", "追缴被告人苏某的违法所得人民币3900元，上缴国库。"}},
		{"a list of defendants handing back together", "二被告人归案后，被告人张某、李某甲主动退出了违法所得人民币12000元。",
			[]string{"张某", "李某甲"}, []string{"被告人张某、李某甲退出的违法所得人民币12000元，予以没收，上缴国库。"}},
		{"a refund goes before a gain", "被告人王某获利人民币5000元。案发后，被告人王某退出违法所得人民币5000元。",
			[]string{"王某"}, []string{"被告人王某退出的违法所得人民币5000元，予以没收，上缴国库。"}},
		{"each defendant's own refund", "被告人王某彬、高某峰在审理过程中分别退出违法所得人民币30000元、1000元，缴纳财产刑保证金30000元、4000元。",
			[]string{"王某彬", "高某峰"}, []string{"被告人王某彬退出的违法所得人民币30000元，予以没收，上缴国库。", "被告人高某峰退出的违法所得人民币1000元，予以没收，上缴国库。"}},
		{"the same sum each", "本案审理期间，被告人曹某某、赵某某分别退缴违法所得人民币5000元。",
			[]string{"曹某某", "赵某某"}, []string{"被告人曹某某退缴的违法所得人民币5000元，予以没收，上缴国库。", "被告人赵某某退缴的违法所得人民币5000元，予以没收，上缴国库。"}},
		{"sums not one to each", "被告人甲某、乙某、丙某分别退出赃款8万元、3.3万元。",
			[]string{"甲某", "乙某", "丙某"}, []string{"被告人甲某、乙某、丙某退出的赃款人民币8万元，予以没收，上缴国库。"}},
		{"a denied gain", "被告人陈某没有获利人民币，辩护人称其未获利1000元。", []string{"陈某"}, nil},
		{"whose gain is not said", "经查，违法所得共计人民币8000元。", []string{"甲某", "乙某"}, nil},
		{"no defendants", "退出违法所得人民币300元。", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := gainItems(caseFacts{text: tt.facts}, tt.names)
			if !slices.Equal(got, tt.want) {
				t.Errorf("gainItems = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestGainSubject(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		names []string
		want  []string
	}{
		{"the longer name", "被告人刘某甲退出", []string{"刘某", "刘某甲"}, []string{"刘某甲"}},
		{"the last named", "被告人甲某伙同乙某，乙某退出", []string{"甲某", "乙某"}, []string{"乙某"}},
		{"a list", "被告人甲某、乙某退出", []string{"甲某", "乙某"}, []string{"甲某", "乙某"}},
		{"only this sentence", "被告人甲某获利。家属退出", []string{"甲某", "乙某"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := gainSubject(tt.text, len(tt.text), tt.names); !slices.Equal(got, tt.want) {
				t.Errorf("gainSubject = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestWithGains(t *testing.T) {
	gains := []string{"追缴被告人甲某的违法所得人民币400元，上缴国库。"}
	tests := []struct {
		name      string
		extra     []item
		fromFacts []string
		wantExtra []item
		wantFacts []string
	}{
		{"the similar case's item with its sum blank",
			[]item{{id: "c1", text: "扣押在案的作案工具水果刀一把，予以没收。"}, {id: "c1", text: "被告人甲某违法所得人民币　　元予以追缴。"}, {id: "c1", text: "随案移送的手机一部予以没收。"}}, nil,
			[]item{{id: "c1", text: "扣押在案的作案工具水果刀一把，予以没收。"}, {text: gains[0]}, {id: "c1", text: "随案移送的手机一部予以没收。"}}, nil},
		{"the facts' generic item", nil, []string{"扣押在案的作案工具予以没收。", "追缴被告人甲某的违法所得。"},
			nil, []string{"扣押在案的作案工具予以没收。", gains[0]}},
		{"restitution stays, the gains follow", []item{{id: "c1", text: "责令被告人甲某退赔被害人的经济损失。"}}, nil,
			[]item{{id: "c1", text: "责令被告人甲某退赔被害人的经济损失。"}}, gains},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex, ff := withGains(gains, tt.extra, tt.fromFacts)
			if !slices.Equal(ex, tt.wantExtra) || !slices.Equal(ff, tt.wantFacts) {
				t.Errorf("withGains = %q, %q; want %q, %q", ex, ff, tt.wantExtra, tt.wantFacts)
			}
		})
	}
}
