package draft

import (
	"slices"
	"testing"
)

// The sentences are from LeCaRD candidate judgments' reasonings.
func TestWithoutTheirReplies(t *testing.T) {
	conviction := "本院认为，被告人张兰英虚开增值税专用发票，数额较大，其行为已构成虚开增值税专用发票罪。"
	reply := []string{
		"关于被告人张兰英及其辩护人提出2016年底已将翘楚公司转给韩某，张兰英不应对本起虚开增值税专用发票的事实承担责任的辩解和辩护意见。",
		"经查，被告人邵华、蒋留聚的供述均证明两次向天艺公司虚开增值税专用发票张兰英均知情，两人供述相吻合。",
		"证人韩某亦证明张兰英让其做翘楚公司的法人，并答应给其报酬，其实际没参与公司的任何经营。",
		"故对该辩解和辩护意见不予采纳。",
	}
	oneLine := "关于赖欢欢的辩护人提出赖欢欢的行为不构成非法买卖枪支罪，应认定为非法持有枪支罪的意见，理由不成立，不予采纳。"
	after := "被告人张兰英归案后如实供述自己的罪行，可以从轻处罚。"
	tests := []struct {
		name, facts string
		in, want    []string
	}{
		{"no argument in our facts: the answer goes whole",
			"公诉机关指控，被告人张兰英为他人虚开增值税专用发票。",
			slices.Concat([]string{conviction}, reply, []string{after}), []string{conviction, after}},
		{"a one-sentence answer goes",
			"公诉机关指控，被告人赖欢欢非法买卖枪支。",
			[]string{conviction, oneLine, after}, []string{conviction, after}},
		{"our counsel argued the same point: kept",
			"被告人赖欢欢的辩护人提出，赖欢欢的行为不构成非法买卖枪支罪。",
			[]string{conviction, oneLine}, []string{conviction, oneLine}},
		{"our accused argued another point: theirs goes",
			"被告人卢秀章辩称，其不是故意杀人，是带着工具去拆砖头。",
			[]string{conviction, oneLine, after}, []string{conviction, after}},
		{"our counsel after his names, in a form counselStatedRe reads: kept",
			"被告人赖欢欢的辩护人徐卫东、姜志强称：赖欢欢的行为不构成非法买卖枪支罪。",
			[]string{conviction, oneLine}, []string{conviction, oneLine}},
		{"no ruling in reach: only what plainly continues it goes",
			"公诉机关指控，被告人张兰英为他人虚开增值税专用发票。",
			[]string{conviction, reply[0], reply[1], after}, []string{conviction, after}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := withoutTheirReplies(tt.in, readFacts(tt.facts))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}
