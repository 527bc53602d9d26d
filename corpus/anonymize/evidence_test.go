package anonymize

import (
	"slices"
	"strings"
	"testing"
)

// TestEvidenceNames checks the evidence-item reader alone: the subject of
// a testimony, statement, confession or identification, and the words
// that stand in the same place.
func TestEvidenceNames(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"19、肖多多的证言，证实其看到被告人离开。", []string{"肖多多"}},
		{"3．邓小强的供述与辩解，证实上述事实。", []string{"邓小强"}},
		{"上述事实，有余晓晴的辨认笔录、现场勘验笔录等证据证实。", nil}, // 有 is no boundary
		{"证据如下：余晓晴的辨认笔录，证实其辨认出被告人。", []string{"余晓晴"}},
		{"（二）王二妹的陈述，证实其手机被盗。", []string{"王二妹"}},
		{"欧阳春生的询问笔录证实。", []string{"欧阳春生"}},
		{"、黄蕾的证言及同案人的供述相互印证", []string{"黄蕾"}},
		{"8、同案犯的供述，证实其参与盗窃。", nil},
		{"被告人的供述与辩解，证实……", nil},
		{"5、报案人的陈述，证实其被骗。", nil},
		{"，本人的陈述属实。", nil},
		{"。王某的证言，证实…", nil},
		{"，黄山市的报案材料", nil},
		{"（4）魏轶凡陈述，2014年7月22日其被骗3200元。", []string{"魏轶凡"}},
		{"11．证人范向阳证言，证实案发时其在场。", []string{"范向阳"}},
		{"2、失主李淑贞的陈述证实，其手机被盗。", []string{"李淑贞"}},
		{"（五）证人黄金柱的证言笔录证明，村里对资金外借。", []string{"黄金柱"}}, // 黄金 is a word
		{"（17）、证人杨树平证言。", []string{"杨树平"}},
		{"证人高利贷的陈述", nil},
		{"，王又陈述其未到场。", nil},
		{"，双方陈述一致。", nil},
		{"同日抓获马士华等人。", []string{"马士华"}},
		{"业务员有侯光等人均系购买了产品。", []string{"侯光"}},
		{"关于李晓静等同志工作调整的通知", []string{"李晓静"}},
		{"先后两次纠集夏文宏等5人至长春市。", []string{"夏文宏"}},
		{"对于李婷等人的行为", []string{"李婷"}},
		{"查获黄金首饰等物品。", nil},
		{"公司员工等人到场。", nil},
		{"④证人曾其琨证实，其在项目部担任材料员。", []string{"曾其琨"}},     // 其 stops a name elsewhere
		{"（13）证人黄金花证实，2015年12月底一天。", []string{"黄金花"}}, // 黄金 is a word
		{"34、被害人张自强陈述证实，其使用面粉公司资质。", []string{"张自强"}},
		{"证人孙晓君证明，其于当日到场。", []string{"孙晓君"}},
		{"（6）证人刘金从证言，证实案发当晚。", nil}, // the role's own reader takes 刘金
		{"证人同村人证实，被害人也陈述，证人均证实。", nil},
		{"证人王某某证实，被害人之母亲证明。", nil},
	}
	for _, c := range cases {
		got := evidenceNames(c.text)
		if !slices.Equal(got, c.want) {
			t.Errorf("evidenceNames(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestRelationCues anonymises sentences in which a relation word names
// the person (其母亲胡树柳) and checks the name goes and the words stay.
func TestRelationCues(t *testing.T) {
	cases := []struct {
		text string
		gone []string
		stay []string
	}{
		{"被告人到案后，其母亲胡树柳代为退赔被害人损失。", []string{"胡树柳"}, []string{"其母亲", "被害人"}},
		{"案发后，其妻子钱佩珊将赃款交至公安机关。", []string{"钱佩珊"}, []string{"其妻子", "公安机关"}},
		{"被告人与其岳父邓守礼发生争执。", []string{"邓守礼"}, []string{"其岳父", "争执"}},
		{"证人孙莉（系被告人表哥龚思远之妻）证实。", []string{"孙莉", "龚思远"}, []string{"表哥"}},
		{"被告人伙同其同学江鹏飞盗窃电动车一辆。", []string{"江鹏飞"}, []string{"同学", "电动车"}},
		{"其弟弟称不知情，其母亲系农民。", nil, []string{"其弟弟称", "其母亲系农民"}},
		{"被害人家属签字确认收到赔偿款。", nil, []string{"被害人家属签字"}},
	}
	for _, c := range cases {
		checkGoneStay(t, c.text, c.gone, c.stay)
	}
}

// TestListTrim checks that a list whose first item is glued to a role and
// whose last item runs on into 等人 or 的证言 is still read as a list.
func TestListTrim(t *testing.T) {
	cases := []struct {
		text string
		gone []string
		stay []string
	}{
		{"证人戴满圈、厉某、吴婧等人的证言，证实上述事实。", []string{"戴满圈", "吴婧"}, []string{"证人", "证言"}},
		{"钟保军、王晓艳、林佩、陈进等复烤厂职工证实。", []string{"钟保军", "王晓艳", "林佩", "陈进"}, []string{"复烤厂职工"}},
		{"万芙新、郑朝松、袁永库、梁旗证言相互吻合。", []string{"万芙新", "郑朝松", "袁永库", "梁旗"}, []string{"证言相互吻合"}},
		{"扣押车辆、房屋、土地等财产。", nil, []string{"车辆、房屋、土地等财产"}},
	}
	for _, c := range cases {
		checkGoneStay(t, c.text, c.gone, c.stay)
	}
}

// checkGoneStay anonymises text and checks that every gone string was
// removed, every stay string kept, and each person given one form.
func checkGoneStay(t *testing.T, text string, gone, stay []string) {
	t.Helper()
	res, err := Anonymize(text, Options{HashKey: []byte("k")})
	if err != nil {
		t.Fatal(err)
	}
	checkConsistent(t, text, res)
	for _, g := range gone {
		if strings.Contains(res.Text, g) {
			t.Errorf("%s still in %q", g, res.Text)
		}
	}
	for _, s := range stay {
		if !strings.Contains(res.Text, s) {
			t.Errorf("%s removed from %q", s, res.Text)
		}
	}
}
