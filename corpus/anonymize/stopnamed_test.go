package anonymize

import (
	"strings"
	"testing"
)

// TestStoppedName reads three-character names holding a stop character
// right after a strong role, and refuses the role's words.
func TestStoppedName(t *testing.T) {
	cases := []struct {
		text, role, want string
	}{
		{"上述事实，被告人董之宏在开庭审理过程中亦无异议", "被告人", "董之宏"},
		{"证据材料表明：原审被告人张之宏因本案于2013年12月15日刑满释放。", "被告人", "张之宏"},
		{"同日15时许，被告人陈时田被公安民警抓获", "被告人", "陈时田"},
		{"公诉机关指控，被告人程付兰明知出卖位于乾安县的房屋", "被告人", "程付兰"},
		{"事发后被告人杨本昆自动投案，如实供述犯罪事实", "被告人", "杨本昆"},
		{"2016年11月16日18时许，被告人于其琨等人到盖州市人民政府上访", "被告人", "于其琨"},
		{"被告人张又飞将其位于新城镇的单元楼以10万元的价格卖给他人", "被告人", "张又飞"},
		{"2017年7月13日18时许，被告人周忠路在重庆市沙坪坝区", "被告人", "周忠路"},
		{"户籍信息证实：被告人赵国镇、朱导、王瑾系成年人", "被告人", "赵国镇"},
		{"将被害人杨承勋停放在此的一部灰色立马牌电动车盗走", "被害人", "杨承勋"},
		// the role's words and a two-character name and its verb
		{"三被告人于当日22时许到达资阳市雁江区第四人民医院外", "被告人", ""},
		{"被告人于次日向网吧经营者索要前日所输钱款", "被告人", ""},
		{"但即使被告人曾经在部分核心期刊上帮忙成功发表过文章", "被告人", ""},
		{"被害人陈述其会呼吸和净化空气的多媒体背景墙的生产成本", "被害人", ""},
		{"但被告人张勇向被害人闫媚媛的邮箱发送过六份虚假的《职位说明》", "被告人", ""},
		{"被告人董之宏在海盐县武原街道", "他人", ""},
	}
	for _, c := range cases {
		i := strings.Index(c.text, c.role) + len(c.role)
		if got := stoppedName(c.text, i); got != c.want {
			t.Errorf("stoppedName(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestCuedThird takes the whole name a strong role read for a shorter
// reading that never stands without its third character.
func TestCuedThird(t *testing.T) {
	cases := []struct {
		text, n string
		strong  map[string]bool
		want    string
	}{
		{"上诉人杨新如在侦查阶段至原审庭审时。同案犯彭安宁的供述证实其与杨新如是合作取款，杨新如对所取款项是知情的。", "杨新", map[string]bool{"杨新如": true}, "杨新如"},
		{"被告人胡义和得知此工程后。之后胡义和因报价最低中标。", "胡义", map[string]bool{"胡义和": true}, "胡义和"},
		// read after a weak cue only, or standing alone somewhere
		{"张惠萍的证言，证实2011年初，其和丈夫刘晋注册成立了合肥企盼财税管理咨询有限公司", "刘晋", map[string]bool{}, ""},
		{"被告人杨骏利用送矸石样品之机。随后，杨骏独自一人折返", "杨骏", map[string]bool{"杨骏利": true}, ""},
	}
	for _, c := range cases {
		if got := cuedThird(c.text, c.n, c.strong); got != c.want {
			t.Errorf("cuedThird(%q, %s) = %q, want %q", c.text, c.n, got, c.want)
		}
	}
}

// TestStrongRoleNames anonymises whole sentences with the roles and the
// clause leads this change reads.
func TestStrongRoleNames(t *testing.T) {
	cases := []struct {
		text string
		gone []string
		kept []string
	}{
		{"经审理查明，自诉人马华斐与被告人杨晓辉系夫妻关系。", []string{"马华斐"}, nil},
		{"从案外人顾立哲银行账户向陈龙基转账100万元。", []string{"顾立哲"}, nil},
		{"盗走失主蒋冬梅的一部OPPO牌R9PLUS手机。", []string{"蒋冬梅"}, nil},
		{"后小姐张雄与违法行为人黄永杰在会所房间内发生性关系一次。", []string{"黄永杰"}, nil},
		{"被告人金星华至平湖市当湖街道白金汉爵大酒店北侧停车场。被告人金星华到案后如实供述。", []string{"金星华"}, nil},
		{"被告人胡敏莉以长沙天苇纸业有限公司的名义签订合同。", []string{"胡敏莉"}, nil},
		{"后三人窜至被害人卢文住处，用言语相威胁。", []string{"卢文"}, nil},
		{"被告人乔某某与王鑫在本市发生口角。2015年11月7日，王鑫路遇被告人乔某某后报警。被害人王鑫的伤势已构成轻微伤。", []string{"王鑫"}, nil},
		{"被告人胡义和得知此工程后。之后胡义和因报价最低中标。胡义和不想放弃该工程项目的收益。", []string{"胡义和"}, []string{"得知", "因报价", "不想"}},
		// the roles' words and firms stay
		{"仅仅以失主单方面提供的被盗财物清单为依据。", nil, []string{"单方面"}},
		{"行为人明知是他人的财物而占有。", nil, []string{"明知"}},
		{"被告提交的由案外人甘肃广汇房地产开发有限公司出具的说明。", nil, []string{"甘肃广汇"}},
		{"自己是在被自诉人连续撕打后，在逃跑时被砸伤。", nil, []string{"连续"}},
		{"用砖头朝自诉人的头上掷打，致自诉人左额部受伤破裂。", nil, []string{"左额部"}},
		{"致被害人王额部分受伤。被害人王额，男。", []string{"王额"}, nil},
		{"被告人高峰，男，汉族。被告人高峰到案后如实供述。", []string{"高峰"}, nil},
	}
	for _, c := range cases {
		checkGoneStay(t, c.text, c.gone, c.kept)
	}
}

// TestFirmAhead sees a firm's full name after a reading through the
// clause that goes on after it.
func TestFirmAhead(t *testing.T) {
	cases := []struct {
		tail string
		want bool
	}{
		{"汇房地产开发有限公司出具的", true},
		{"隆船务有限公司所有", true},
		{"又成立了河南鸿鹄生物质科技有限公司", false},
		{"与瑞丽市汇玉实业有限公司", false},
		{"在开庭审理过程中亦无异议", false},
	}
	for _, c := range cases {
		if got := firmAhead(c.tail); got != c.want {
			t.Errorf("firmAhead(%q) = %v, want %v", c.tail, got, c.want)
		}
	}
}
