package evals

import (
	"encoding/json"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"leian/corpus/anonymize"
	"leian/internal/dataset"
)

// TestAnonGenerator fills the masks of real LeCaRD judgments and checks
// that every truth span holds well-formed data of its kind, that the same
// mask always becomes the same name, and that the run is reproducible.
func TestAnonGenerator(t *testing.T) {
	idRe := regexp.MustCompile(`^[1-9]\d{16}[\dX]$`)
	var texts []string
	dataset.Lines(t, "lecard/candidates.jsonl.gz", func(_ int, b []byte) bool {
		var r struct{ Qw string }
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatal(err)
		}
		texts = append(texts, r.Qw)
		return len(texts) < 200
	})
	pool := benchGivenNames(texts, 1)
	if len(pool.tune) == 0 || len(pool.score) == 0 {
		t.Fatalf("name pool from %d judgments: %d tune, %d score", len(texts), len(pool.tune), len(pool.score))
	}
	inTune := map[string]bool{}
	for _, g := range pool.tune {
		inTune[g] = true
	}
	for _, g := range pool.score {
		if inTune[g] {
			t.Errorf("given name %q is in both pools", g)
		}
	}
	kinds := map[anonymize.Kind]int{}
	for i, text := range texts {
		g := generate(text, rand.New(rand.NewPCG(1, uint64(i))), pool.score)
		again := generate(text, rand.New(rand.NewPCG(1, uint64(i))), pool.score)
		if g.text != again.text {
			t.Fatalf("document %d: the same seed gave two texts", i)
		}
		names := map[string]string{}
		for _, tr := range g.truths {
			v := g.text[tr.s:tr.e]
			kinds[tr.kind]++
			switch tr.kind {
			case anonymize.Name:
				if n := utf8.RuneCountInString(v); n < 2 || n > 3 || strings.Contains(v, "某") {
					t.Errorf("document %d: name %q", i, v)
				}
				if prev, ok := names[tr.person]; ok && prev != v {
					t.Errorf("document %d: mask %s became %q and %q", i, tr.person, prev, v)
				}
				names[tr.person] = v
			case anonymize.IDNumber:
				if !idRe.MatchString(v) || genIDCheck(v[:17]) != v[17] {
					t.Errorf("document %d: ID %q malformed", i, v)
				}
			case anonymize.BankCard:
				if !luhnOK(v) {
					t.Errorf("document %d: card %q fails Luhn", i, v)
				}
			}
		}
	}
	for _, k := range []anonymize.Kind{anonymize.Name, anonymize.BirthDate, anonymize.Plate, anonymize.Address} {
		if kinds[k] == 0 {
			t.Errorf("no %s generated in %d judgments", k, len(texts))
		}
	}
}

func genIDCheck(s string) byte {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := range 17 {
		sum += int(s[i]-'0') * w[i]
	}
	return "10X98765432"[sum%11]
}

// TestClassifyMask checks which masks the generator fills with a name.
func TestClassifyMask(t *testing.T) {
	cases := []struct {
		text string // the first X某 mask in it is classified
		want maskUse
		tok  string // the mask's extent when filled
	}{
		{"被告人张某，男，汉族", maskName, "张某"},
		{"骗取袁某70000元后", maskName, "袁某"},
		{"给了汪某31万元", maskName, "汪某"},
		{"刘某2打电话给我", maskName, "刘某2"},
		{"检察员孟某、程某出庭支持公诉", maskKeptRole, ""},
		{"指定辩护人刘某1，山西翰儒律师事务所律师", maskKeptRole, ""},
		{"江铜地勘公司法人代表侯某，该公司成立于2004年", maskKeptRole, ""},
		{"证明邯郸瑞涛公司为有限责任公司，法定代表人为陶某。", maskKeptRole, ""},
		{"该公司法定代表人是黎某，注册资本为人民币一千万元", maskKeptRole, ""},
		{"辩护人刘某1提出，被告人系初犯", maskName, "刘某1"},
		{"被害人孟某元的陈述", maskNotName, ""},
		{"王某甲、李某乙到场", maskName, "王某甲"},
		{"李某甲基苯丙胺", maskNotName, ""},
		{"在某日晚上", maskNoSurname, ""},
		{"张某某1打电话给我", maskName, "张某某1"},
		{"付给张某某3000元", maskName, "张某某"},
		{"以100元的价格卖给丁某1包毒品", maskName, "丁某"}, // 1包: the count, not the person's number
		{"卖给宋某1克冰毒", maskName, "宋某"},
		{"张某1支付了货款", maskName, "张某1"}, // 支付 is a verb, not a count
		{"张某1头部受伤", maskName, "张某1"},
		{"卷内只有执行员刘某证实孟某应该知道房产被查封" + strings.Repeat("。", 30), maskName, "刘某"},       // a witness in the facts
		{strings.Repeat("本裁定送达后立即生效。", 10) + "执行员刘某 二〇一八年九月十八日", maskKeptRole, ""}, // the ruling's signer
		{"法官助理王某 书记员李某", maskKeptRole, ""},
		{"证人邓某一、邓某四的证言", maskName, "邓某一"}, // a numeral numbers the person
		{"黄某某二的证言", maskName, "黄某某二"},
		{"李某一起到场", maskName, "李某"},           // 一起 is a word
		{"胡某一同意。胡某一、李某", maskName, "胡某一"},    // numbered where the document closes it
		{"大麻卖给亚森卡热·艾孜提马某。", maskNotName, ""}, // the end of a minority name
		{"参与龙某某一中项目的投标", maskNotName, ""},    // a school
		{"以较低价格向某某集团订购，陈某某集团", maskNotName, ""},
		{"泰帝公司支付某某纺织品有限公司货款", maskNotName, ""}, // a firm's name: 付 ends 支付
		{"武某分店、武昌分店", maskNotName, ""},
		{"转入林某某1个人账户", maskName, "林某某1"},  // 个人: the person's own account
		{"赵某2多次向其索要", maskName, "赵某2"},    // 2多 is no number
		{"郑某12017年3月入职", maskName, "郑某1"}, // the person's number and a year
		{"当时黄某某113岁", maskName, "黄某某1"},
		{"付给张某某30多万元", maskName, "张某某"}, // two digits before 多: an amount
		{"张某1200元", maskName, "张某"},
		{"骗取贷款208.75万某，现仍有", maskNotName, ""}, // CAIL2018 masked the 元 of an amount
		{"被告人万某某到案", maskName, "万某某"},
	}
	for _, c := range cases {
		ms := genMasks(c.text)
		if ms == nil {
			t.Fatalf("%q: no mask", c.text)
		}
		m := ms[0]
		if got := classifyMask(c.text, m); got != c.want {
			t.Errorf("%q: %d, want %d", c.text, got, c.want)
		} else if c.want == maskName && c.text[m[0]:m[1]] != c.tok {
			t.Errorf("%q: mask %q, want %q", c.text, c.text[m[0]:m[1]], c.tok)
		}
	}
}

// TestPlaceMasks checks which mask tokens the generator reads as places
// from the document's own masks.
func TestPlaceMasks(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"武某1县国土房管局。武某1县人民政府。时任武某1国土房管局局长。", []string{"武某1"}},
		{"前往永新县莲洲乡杨某1圩场，途径杨某1三叉路口，租用杨某1街上的店面。", []string{"杨某1"}},   // 圩场 is a market town
		{"被害人王某1到场。王某1市长称。市长王某1和副市长。", nil},                        // 市长 is a post
		{"时任某县副县长。被告人任某，男。任某收受现金。", nil},                           // 任 + 某县, not 任某
		{"开始黄某甲路拆迁。黄某甲路征收。黄某甲称其不知情。", []string{"黄某甲"}},             // two of three
		{"张某某村民。张某某家中。张某某称。", nil},                                 // one of three
		{"走到金某2下。在金某2楼梯处等候。往金某2方向走。金某2旁小巷。汪某2称。", []string{"金某2"}}, // a landmark
		{"由慕某对面包车进行修理。慕某称。", nil},                                  // one word of position is not enough
		{"王某1下车后离开。王某1下午到场。王某1下跪。", nil},
		{"参与龙某某一中项目的投标。龙某某一中的项目。", []string{"龙某某"}},
	}
	for _, c := range cases {
		got := placeMasks(c.text, genMasks(c.text))
		var toks []string
		for tok := range got {
			toks = append(toks, tok)
		}
		if strings.Join(toks, " ") != strings.Join(c.want, " ") {
			t.Errorf("placeMasks(%q) = %v, want %v", c.text, toks, c.want)
		}
	}
}

// TestPartialMasks checks which mask tokens stand for part of a name.
func TestPartialMasks(t *testing.T) {
	many := strings.Repeat("陈某2江虎贿赂。", 10)
	cases := []struct {
		text string
		want []string
	}{
		{"曾某某龙的爸爸到场。曾某某龙的舅舅到场。", []string{"曾某某"}},
		{"被告人张某，男。张某的证言。", nil},
		{many + "销售商陈某2、步某到场。", []string{"陈某2"}}, // ten of eleven
		{"陈某2江虎贿赂。陈某2江虎贿赂。陈某2、步某到场。", nil},       // two of three
	}
	for _, c := range cases {
		var got []string
		for tok := range partialMasks(c.text, genMasks(c.text)) {
			got = append(got, tok)
		}
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("partialMasks(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestAnonHandRead checks that the hand-read sample names exactly the
// documents anonHandSample draws from the scored fold, so the record
// cannot drift from the code that picks it.
func TestAnonHandRead(t *testing.T) {
	all, err := readJudgments(dataset.Path(t, "lecard/candidates.jsonl.gz"), 0, map[string]bool{})
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, i := range anonHandSample(all, 20261123) {
		want = append(want, all[i].ID)
	}
	var got []string
	for _, line := range strings.Split(anonHandRead, "\n") {
		if f := strings.Split(line, "\t"); len(f) >= 5 && !strings.HasPrefix(line, "#") {
			got = append(got, f[0])
		}
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("hand-read ids %v, sample draws %v", got, want)
	}
	if note := handReadNote(); !strings.Contains(note, "20 篇") {
		t.Errorf("note %q", note)
	}
}

// TestSharesPassage checks the extra fold's guard against a second
// write-up of a scored case: most clauses shared drops the text, stock
// phrases alone do not.
func TestSharesPassage(t *testing.T) {
	scored := "经审理查明：2014年6月16日，被告人陈某某与大亚湾澳头中萃集团星光雅居楼盘防水施工工程现场管理员韩某某签定了一份合作协议书，约定由被告人陈某某提供卓宝公司的专利产品防水材料250卷给楼盘使用。上述事实，被告人在开庭审理过程中亦无异议，且有证人的证言等证据证实，足以认定。"
	seen := map[uint64]bool{}
	for _, h := range passageHashes(scored) {
		seen[h] = true
	}
	cases := []struct {
		text string
		want bool
	}{
		{scored[len("经审理查明："):], true},
		{"公诉机关指控：2016年9月，被告人陆某以代为梁某购买一台电脑的名义从梁某处收取人民币4000元。2016年10月，陆某将一张存单交予梁某，以此拖延偿债时间。上述事实，被告人在开庭审理过程中亦无异议，且有证人的证言等证据证实，足以认定。", false},
	}
	for _, c := range cases {
		if got := sharesPassage(c.text, seen); got != c.want {
			t.Errorf("sharesPassage(%.30q) = %v, want %v", c.text, got, c.want)
		}
	}
}
