package draft

import (
	"slices"
	"testing"
)

func TestHeadedCharges(t *testing.T) {
	o := ruledOffline(t)
	tests := []struct {
		name, facts string
		names       []string
		want        []string
	}{
		{"X的事实 headings of the findings",
			" 经审理查明， 一、盗窃的事实 2017年初，被告人刘淑佳与一名拉游客司机的老板协商。 二、非法经营的事实 被告人刘淑佳在未取得国家外汇管理部门指定外币兑换场所资质的情况下，为了获取非法利益，为客人将人民币兑换港元。",
			[]string{"刘淑佳"}, []string{"盗窃罪", "非法经营罪"}},
		{"X犯罪 headings",
			" 经审理查明： 一、绑架犯罪 2008年5月以来，被告人张晓春与戴晨钟合谋绑架人质勒索钱财。 二、敲诈勒索犯罪 2008年6月以来，被告人张晓春以非法占有为目的，多次采取投递书信方式勒索钱财。",
			[]string{"张晓春", "戴晨钟"}, []string{"绑架罪", "敲诈勒索罪"}},
		{"a heading that lists two acts, and the defendants it concerns",
			" 一、被告人秦铮贩卖毒品、容留他人吸毒的事实 2016年3月，被告人秦铮在其住处。 二、被告人许某容留他人吸毒的事实 2016年4月，被告人许某在其暂住处。",
			[]string{"秦铮", "许某"}, []string{"走私、贩卖、运输、制造毒品罪", "容留他人吸毒罪"}},
		{"运输、贩卖毒品 lists no charge 运输罪",
			" 经审理查明： 一、运输、贩卖毒品的事实 （一）2013年5月24日，被告人耿兆新伙同被告人赵岩乘飞机前往广东省湛江市。 二、交通肇事的事实 2013年6月14日17时许，被告人周江峰驾驶小轿车。",
			[]string{"耿兆新", "赵岩", "周江峰"}, []string{"交通肇事罪"}},
		{"the act alone heads",
			" 经审理查明： （一）集资诈骗 被告人李培振、邵巧敏在经营公司过程中，连年亏损，向他人高息借款。 （二）非法吸收公众存款 自2004年以来，被告人李培振、邵巧敏以高息为诱饵吸收资金。",
			[]string{"李培振", "邵巧敏"}, []string{"集资诈骗罪", "非法吸收公众存款罪"}},
		{"a heading that is no charge",
			" 一、基本情况 被告人王某系某公司经理。 二、盗窃 2015年3月，被告人王某窃得电缆一批。",
			[]string{"王某"}, []string{"盗窃罪"}},
		{"numbered evidence is no crime",
			" 一、书证部分 户籍证明、到案经过。 二、证人证言部分 证人王某的证言。",
			nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := o.headedCharges(tt.facts, tt.names); !slices.Equal(got, tt.want) {
				t.Errorf("headedCharges = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestWithHeaded(t *testing.T) {
	tests := []struct {
		name                string
		named, headed, want []string
	}{
		{"a further crime the allegation missed", []string{"盗窃罪"}, []string{"盗窃罪", "非法经营罪"}, []string{"盗窃罪", "非法经营罪"}},
		{"the allegation's charge stays first", []string{"敲诈勒索罪"}, []string{"绑架罪", "敲诈勒索罪"}, []string{"敲诈勒索罪", "绑架罪"}},
		{"a lone heading does not divide the facts", []string{"故意伤害罪"}, []string{"寻衅滋事罪"}, []string{"故意伤害罪"}},
		{"nothing new", []string{"诈骗罪", "盗窃罪"}, []string{"盗窃罪", "诈骗罪"}, []string{"诈骗罪", "盗窃罪"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := withHeaded(tt.named, tt.headed); !slices.Equal(got, tt.want) {
				t.Errorf("withHeaded = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestWithFoundHeadings(t *testing.T) {
	o := ruledOffline(t)
	findings := " 公诉机关指控被告人庄银辉犯故意伤害罪。 经审理查明： 一、故意伤害、故意毁坏财物的事实 2016年3月，被告人庄银辉持刀将被害人砍伤，并砸坏其汽车。 二、寻衅滋事的事实 2016年5月，被告人庄银辉在某酒吧随意殴打他人。"
	allegedOnly := " 公诉机关指控： 一、非法拘禁罪 2015年3月，被告人王某将被害人拘禁于某宾馆。 二、敲诈勒索罪 2015年4月，被告人王某向被害人索要钱财。"
	tests := []struct {
		name, facts string
		named, want []string
	}{
		{"the findings head crimes the allegation does not name", findings,
			[]string{"故意伤害罪"}, []string{"故意伤害罪", "故意毁坏财物罪", "寻衅滋事罪"}},
		{"the allegation's own headings add nothing", allegedOnly,
			[]string{"非法拘禁罪"}, []string{"非法拘禁罪"}},
		{"no named charge: the vote decides", findings, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := caseFacts{text: tt.facts, defendants: []string{"庄银辉", "王某"}}
			if got := o.withFoundHeadings(tt.named, f); !slices.Equal(got, tt.want) {
				t.Errorf("withFoundHeadings = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestHeadedVote(t *testing.T) {
	o := ruledOffline(t)
	twoCrimes := " 经审理查明： （一）盗窃事实 2015年6月23日9时左右，被告人陈某来到温州市瓯海区潘桥街道一棚屋内窃得手机一部。 （二）抢劫事实 2015年7月1日，被告人陈某持刀劫取被害人现金500元。"
	tests := []struct {
		name, facts string
		voted, want []string
	}{
		{"the headings' crimes, the vote's leader first", twoCrimes,
			[]string{"抢劫罪"}, []string{"抢劫罪", "盗窃罪"}},
		{"a leader the headings do not name gives way", twoCrimes,
			[]string{"诈骗罪"}, []string{"盗窃罪", "抢劫罪"}},
		{"one heading leaves the vote",
			" 经审理查明： 一、盗窃事实 2015年6月23日，被告人陈某窃得手机一部。",
			[]string{"诈骗罪"}, []string{"诈骗罪"}},
		{"an organisation's crimes leave the vote",
			" 一、盗窃事实 甲。 二、抢劫事实 乙。 三、诈骗事实 丙。 四、敲诈勒索事实 丁。 五、寻衅滋事事实 戊。 六、故意伤害事实 己。",
			[]string{"盗窃罪"}, []string{"盗窃罪"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := caseFacts{text: tt.facts, defendants: []string{"陈某"}}
			if got := o.headedVote(tt.voted, f); !slices.Equal(got, tt.want) {
				t.Errorf("headedVote = %v, want %v", got, tt.want)
			}
		})
	}
}
