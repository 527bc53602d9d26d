package draft

import (
	"strings"
	"testing"
)

// The sentences are LeCaRD candidate judgments' reasonings outside JuDGE dev
// and the tune set (candidate ids 9425, 2835, 7613, 21035, 20706, 4264,
// 21649, 3311, 13650, 5980, 8452, 21926); theirs is the largest sum each
// judgment's facts state, as the drafter reads it.
func TestAdaptAmounts(t *testing.T) {
	const ours = "人民币3，000元"
	tests := []struct {
		name, text string
		theirs     float64
		ours, want string
	}{
		{"their crime amount becomes ours",
			"本院认为，被告人姚某利用职务上的便利，非法收受他人财物102000元，为他人谋取利益，其行为已触犯《中华人民共和国刑法》第一百六十三条第一款之规定，构成非国家工作人员受贿罪，依法应予以惩处。",
			102000, ours,
			"本院认为，被告人姚某利用职务上的便利，非法收受他人财物人民币3，000元，为他人谋取利益，其行为已触犯《中华人民共和国刑法》第一百六十三条第一款之规定，构成非国家工作人员受贿罪，依法应予以惩处。"},
		{"with no sum of ours the crime amount is cut from its object",
			"本院认为，被告人姚某利用职务上的便利，非法收受他人财物102000元，为他人谋取利益，其行为已触犯《中华人民共和国刑法》第一百六十三条第一款之规定，构成非国家工作人员受贿罪，依法应予以惩处。",
			102000, "",
			"本院认为，被告人姚某利用职务上的便利，非法收受他人财物，为他人谋取利益，其行为已触犯《中华人民共和国刑法》第一百六十三条第一款之规定，构成非国家工作人员受贿罪，依法应予以惩处。"},
		{"one defendant's part of a two-charge case is not the case's amount",
			"本院认为，被告人王彬以非法占有为目的，通过向被害人发送设置木马程序的虚假链接，骗取他人财物100000元，其行为已构成诈骗罪；被告人高万芳明知是他人电信网络诈骗犯罪所得而帮助取现，数额达79988元，其行为已构成掩饰、隐瞒犯罪所得罪。",
			100000, ours,
			"本院认为，被告人王彬以非法占有为目的，通过向被害人发送设置木马程序的虚假链接，骗取他人财物人民币3，000元，其行为已构成诈骗罪；被告人高万芳明知是他人电信网络诈骗犯罪所得而帮助取现，其行为已构成掩饰、隐瞒犯罪所得罪。"},
		{"a value that is not their largest sum is cut with its clause",
			"本院认为，被告人宋某甲以非法占有为目的，秘密窃取公私财物，计价值18000元，数额较大，其行为已构成盗窃罪。",
			50000, ours,
			"本院认为，被告人宋某甲以非法占有为目的，秘密窃取公私财物，数额较大，其行为已构成盗窃罪。"},
		{"a total not their largest sum",
			"本院认为，被告人韩某甲以非法占有为目的，采用虚构事实的方法，多次骗取他人财物，总数额为29350元，数额较大，其行为已构成诈骗罪。",
			8300, ours,
			"本院认为，被告人韩某甲以非法占有为目的，采用虚构事实的方法，多次骗取他人财物，数额较大，其行为已构成诈骗罪。"},
		{"a value after the property is cut from it",
			"本院认为，被告人黎栋以非法占有为目的，采取秘密窃取的手段在本市盗窃作案一起，盗窃财物价值人民币1900元，其行为已构成盗窃罪，应予惩处。",
			2000, ours,
			"本院认为，被告人黎栋以非法占有为目的，采取秘密窃取的手段在本市盗窃作案一起，盗窃财物，其行为已构成盗窃罪，应予惩处。"},
		{"a sum with a comma between its digits",
			"本院认为，被告人徐建军以非法占有为目的，伙同他人采取以暴力相威胁的手段，强行立即劫取公民钱财，劫得财物价值人民币1，000元，数额较大，其行为侵犯了公民的人身权利和财产的所有权，已构成抢劫罪。",
			700, ours,
			"本院认为，被告人徐建军以非法占有为目的，伙同他人采取以暴力相威胁的手段，强行立即劫取公民钱财，劫得财物，数额较大，其行为侵犯了公民的人身权利和财产的所有权，已构成抢劫罪。"},
		{"a security paid for the fine goes with the mitigation it grounds",
			"被告人张欣喜曾因犯贩卖毒品罪被判过刑，现又犯贩卖毒品罪，系毒品再犯，依法从重处罚；其归案后如实供述自己的罪行，依法从轻处罚；其在本案审理期间主动缴纳二千元作为罚金执行的保证，酌情予以从轻处罚。",
			100, ours, ""},
		{"the defence's figure is dropped with its answer",
			"对于被告人钟秋霞的辩护人提出的被告人钟秋霞的涉案金额应认定为1458元的辩护意见，经查，被告人钟秋霞与其他同案犯存在共同的犯罪通谋，共同实施诈骗犯罪，依法应当对其参与时段各被告人拨打的全部电话和骗取的全部钱财承担责任，其涉案金额不应只认定其接二线电话骗取钱财的数额。",
			176248.34, ours, ""},
		{"a sum spent is not ours",
			"被告人冯欲晓将受贿款中的7800元用于公务开支，可酌情从轻处罚。",
			261523296, ours, ""},
		{"compensation paid, even as a total",
			"被告人易某某到案后，能如实供述自己的犯罪事实，并在庭审后赔偿了被害人刘某某、俞某某、杨某某经济损失共计人民币16000元，认罪态度较好，可从轻处罚。",
			16000, ours, ""},
		{"a finding of the defence's sum",
			"被告人提出建设银行没有透支那么多的辩护意见，本院认为，经法庭质证并经被告人认可的证据足以证明被告人唐某某在建设银行恶意透支本金是10，253.26元，故其辩护意见不能成立。",
			25999.95, ours, ""},
		{"sums in tens of thousands written with 万",
			"汤伟一人犯数罪，应当数罪并罚；在行贿犯罪中，汤伟有740万元为犯罪未遂，可以比照既遂犯减轻处罚。",
			2888452628, ours, ""},
		{"a text without sums is kept",
			"本院认为，被告人甲以非法占有为目的，秘密窃取他人财物，数额较大，其行为已构成盗窃罪。",
			0, ours,
			"本院认为，被告人甲以非法占有为目的，秘密窃取他人财物，数额较大，其行为已构成盗窃罪。"},
	}
	for _, tt := range tests {
		got, _ := adaptAmounts(tt.text, tt.theirs, tt.ours)
		if got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
		for _, m := range moneyRe.FindAllString(got, -1) {
			if m != tt.ours {
				t.Errorf("%s: a sum not ours survives: %s", tt.name, m)
			}
		}
	}
}

// TestAdaptedReasoningsStateNoForeignSum: no sum of the similar case's
// survives adaptation but its crime amount, written as ours (the old
// replacement wrote our sum after 十余 and into what was returned).
func TestAdaptedReasoningsStateNoForeignSum(t *testing.T) {
	p := precedent{
		id:         "5980",
		defendants: []string{"易某某"},
		amount:     28930,
		reasoning: "本院认为，被告人易某某以非法占有为目的，多次盗窃他人财物，数额较大，其行为已构成盗窃罪。" +
			"综上，本院认定被告人易某某盗窃财物价值共计28930元。" +
			"被告人易某某到案后，能如实供述自己的犯罪事实，并在庭审后赔偿了被害人刘某某、俞某某、杨某某经济损失共计人民币16000元，认罪态度较好，可从轻处罚。",
	}
	f := caseFacts{amount: "人民币6，500元"}
	got := adaptedReasonings(f, []string{"张三"}, []precedent{p})
	if len(got) != 1 {
		t.Fatalf("adaptedReasonings gave %d candidates, want 1", len(got))
	}
	want := "本院认为，被告人张三以非法占有为目的，多次盗窃他人财物，数额较大，其行为已构成盗窃罪。综上，本院认定被告人张三盗窃财物价值共计人民币6，500元。"
	if got[0].text != want {
		t.Errorf("text\n got %s\nwant %s", got[0].text, want)
	}
	if !strings.Contains(got[0].note, "类案犯罪数额替换为本案金额") {
		t.Errorf("note %q does not say the sums were adapted", got[0].note)
	}
}
