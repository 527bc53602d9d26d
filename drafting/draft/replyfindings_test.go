package draft

import (
	"strings"
	"testing"
)

// Snippets from LeCaRD first-instance judgments outside dev, tune, tune2
// and the check set (candidates 2648 and 3680).
const (
	findingsRape  = "上海市浦东新区人民检察院指控，被告人康某于2018年6月6日20时许，在上海市浦东新区川周公路绣川路口的XXKTV内搭识陪侍女被害人计某某。 辩护人认为公诉机关认定被告人康某趁被害人醉酒意志不清，无力反抗，违背妇女意志发生性关系的证据不足，罪名不成立。 经审理查明，2018年6月6日20时许，被告人康某在上海市浦东新区川周公路绣川路口的XXKTV内搭识陪侍女被害人计某某，后于同年6月7日凌晨4时30分许，被告人康某将醉酒的被害人计某某带至上海市浦东新区妙境路绣川路口XX酒店开房，后在3122房间内趁计某某醉酒，无法正确表达自己意志之际与其发生性关系。 2018年6月7日，被告人康某因重大作案嫌疑被公安机关电话通知到案后如实供述了上述基本犯罪事实。"
	findingsFraud = "被告人张尚武的辩护人认为，被告人张尚武案发前返还被害人郭某人民币8，000.00元，不应认定为犯罪数额。 经审理查明：2015年5月18日，被告人张尚武以办理到十一高工作为由，在本市朝阳区某洗浴宾馆骗取被害人郭某人民币（以下币种同）8.00万元，案发前返还被害人郭某人民币8，000.00元。 2015年7月17日，被告人张尚武以帮助被害人常某某女儿办理转学为由，骗取被害人常某某人民币7.50万元。"
)

func TestFindingsBacked(t *testing.T) {
	tests := []struct {
		name, facts, argument, want string
	}{
		{
			name:     "the finding on the disputed act",
			facts:    findingsRape,
			argument: "公诉机关认定被告人康某趁被害人醉酒意志不清，无力反抗，违背妇女意志发生性关系的证据不足，罪名不成立",
			want:     "关于辩护人提出公诉机关认定被告人康某趁被害人醉酒意志不清，无力反抗，违背妇女意志发生性关系的证据不足，罪名不成立的辩护意见，经查，2018年6月6日20时许，被告人康某在上海市浦东新区川周公路绣川路口的XXKTV内搭识陪侍女被害人计某某，后于同年6月7日凌晨4时30分许，被告人康某将醉酒的被害人计某某带至上海市浦东新区妙境路绣川路口XX酒店开房，后在3122房间内趁计某某醉酒，无法正确表达自己意志之际与其发生性关系，故该意见与本院查明的事实不符，本院不予采纳。",
		},
		{
			name:     "the finding on the disputed sum",
			facts:    findingsFraud,
			argument: "被告人张尚武案发前返还被害人郭某人民币8，000.00元，不应认定为犯罪数额",
			want:     "关于辩护人提出被告人张尚武案发前返还被害人郭某人民币8，000.00元，不应认定为犯罪数额的辩护意见，经查，2015年5月18日，被告人张尚武以办理到十一高工作为由，在本市朝阳区某洗浴宾馆骗取被害人郭某人民币（以下币种同）8.00万元，案发前返还被害人郭某人民币8，000.00元，故该意见与本院查明的事实不符，本院不予采纳。",
		},
		{
			name:     "no finding shares the argument's words",
			facts:    findingsFraud,
			argument: "监控录像不能作为定案的依据",
			want:     "关于辩护人提出监控录像不能作为定案的依据的辩护意见，经查，与本院查明的事实不符，本院不予采纳。",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			op := defenceOpinion{text: tt.argument, reject: true}
			if got := caseFindings(tt.facts).backed(defenceSentence(op), op.text); got != tt.want {
				t.Errorf("backed = %q\nwant %q", got, tt.want)
			}
		})
	}
}

// An adopted argument keeps its answer, and a finding answers one argument.
func TestFindingsAdoptedAndUsedOnce(t *testing.T) {
	fs := caseFindings(findingsFraud)
	adopted := defenceSentence(defenceOpinion{text: "被告人张尚武案发前返还被害人郭某人民币8，000.00元", reject: false})
	if got := fs.backed(adopted, "被告人张尚武案发前返还被害人郭某人民币8，000.00元"); got != adopted {
		t.Errorf("adopted answer changed: %q", got)
	}
	arg := "案发前返还被害人郭某人民币8，000.00元，不应认定为犯罪数额"
	first, ok := fs.against(arg)
	if !ok {
		t.Fatal("no finding for the first argument")
	}
	if second, ok := fs.against(arg); ok && second == first {
		t.Errorf("the same finding answered twice: %q", second)
	}
}

// A sentence that acquits, finds a charge unproven, concedes or reports
// someone's view is never quoted as the finding against an argument.
func TestFindingsNotContradicting(t *testing.T) {
	facts := findingsFraud +
		" 公诉人答辩认为，被告人张尚武以办理工作为由骗取被害人郭某的钱款，应认定为犯罪数额。" +
		" 但被告人张尚武案发前返还被害人郭某人民币8，000.00元。" +
		" 被告人张尚武骗取被害人常某某的行为不构成诈骗罪，公诉机关的该项指控不能成立。"
	for _, s := range caseFindings(facts).sents {
		for _, bad := range []string{"答辩", "但被告人", "不构成"} {
			if strings.Contains(s, bad) {
				t.Errorf("quotable finding %q holds %q", s, bad)
			}
		}
	}
}

// A witness's or the accused's own words and a heading of the evidence are
// never quoted as the court's finding, however many words they share.
func TestFindingsNotTestimony(t *testing.T) {
	for _, s := range []string{
		"上述事实，有下列证据证实： 1、被害人郭某的陈述，证实被告人张尚武以办理到十一高工作为由骗取其人民币8.00万元",
		"我没有骗郭某的钱，案发前返还被害人郭某人民币8，000.00元",
		"被告人张尚武的供述证实：其以办理到十一高工作为由收取郭某8.00万元",
	} {
		fs := caseFindings(s + "。")
		if len(fs.sents) != 0 {
			t.Errorf("caseFindings(%q) = %q, want none", s, fs.sents)
		}
	}
}
