package anonymize

import (
	"testing"
	"unicode/utf8"
)

func FuzzAnonymize(f *testing.F) {
	for _, s := range []string{
		"江西省南昌市青山湖区人民法院 刑事判决书 （2018）赣0111刑初485号 公诉机关南昌市青山湖区人民检察院。 被告人应国平，男，1976年11月16日出生于江西省南昌县，汉族，家住江西省南昌县莲塘镇。 辩护人许明刚，江西恒红律师事务所律师。 经审理查明，被告人应国平驾驶赣E12345号车，与被害人吉某相撞。身份证号码360121196806225812，手机13812345678，卡号6222081702001418463。 审判长彭鹤龄 二〇一八年九月十八日 书记员刘珏",
		"被告人刘月、叶勇、周文发（另案处理）",
		"原告张三（以下简称张三）诉被告黄山市某某有限公司",
		"住址：平度市团结镇李庄村9组72号。",
		"被告人王某，男，生于1985年2月1日，汉族",
		"被告人何红冉何象伟，男。何红冉何某在场，何红冉何",
		"以年息15％的利息向周雪平共借款，吴小龙赔偿李剑辉140000元，半林社王小梅家中，一个叫田昆的",
		"证人张海的证言。《关于推荐张海、夏晶二同志担任副局长的请示》《关于",
		"执行员刘振东证实。审判长彭鹤龄 执行员孙立新 二〇一八年九月十八日 书记员刘珏 执行员",
		"被告人",
		"证人屠某、、于向阳、王春梅、郑德强、、",
		"被告人高琢高金好、覃龙剑覃梅兰均如实供述。高琢高",
		"不顾邓利剑的反对搭载邓利剑到山顶。副市长刘海，董事长为、胡裕峰与曾振洪、蒋天元合议。与孙丽华签订，副市长",
		"\xff某",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		res, err := Anonymize(text, Options{HashKey: []byte("fuzz")})
		if err != nil {
			return
		}
		if !utf8.ValidString(res.Text) {
			t.Fatalf("output is not UTF-8")
		}
		in, out := []rune(text), []rune(res.Text)
		prev := 0
		for i, r := range res.Redactions {
			if r.ByteStart < prev || r.ByteEnd <= r.ByteStart || r.ByteEnd > len(text) {
				t.Fatalf("redaction %d: bytes %d–%d out of order or range %d", i, r.ByteStart, r.ByteEnd, len(text))
			}
			prev = r.ByteEnd
			if r.RuneEnd > len(in) || string(in[r.RuneStart:r.RuneEnd]) != text[r.ByteStart:r.ByteEnd] {
				t.Fatalf("redaction %d: rune span does not match byte span", i)
			}
			if r.OutRuneEnd > len(out) || string(out[r.OutRuneStart:r.OutRuneEnd]) != r.Replacement {
				t.Fatalf("redaction %d: output span does not hold its replacement", i)
			}
		}
	})
}
