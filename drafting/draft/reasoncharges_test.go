package draft

import "testing"

// The sentences are similar cases' reasonings (LeCaRD candidate judgments
// outside JuDGE dev) as the base drafts of tune items d6999ac7, 0aacb7f6,
// e43bcf21 and f1b92ce5 adapted them, with the charges those drafts
// convict of.
func TestOwnSentence(t *testing.T) {
	tests := []struct {
		name, sent       string
		charges, written []string
		facts, want      string
		ok               bool
	}{
		{"a rival charge's conviction is dropped",
			"被告人沈某甲以非法占有为目的，秘密窃取他人财物，数额较大，其行为已构成盗窃罪。",
			[]string{"诈骗罪"}, []string{"诈骗罪"}, "公诉机关指控被告人沈某甲犯诈骗罪", "", false},
		{"our own charge stays",
			"本院认为，被告人沈某甲以非法占有为目的，采用虚构事实的方法，多次骗取他人财物，数额较大，其行为已构成诈骗罪，依法应予惩处。",
			[]string{"诈骗罪"}, []string{"诈骗罪"}, "",
			"本院认为，被告人沈某甲以非法占有为目的，采用虚构事实的方法，多次骗取他人财物，数额较大，其行为已构成诈骗罪，依法应予惩处。", true},
		{"the other case's second count is cut at its semicolon",
			"本院认为，被告人杨安云在高层住宅内故意使用打火机点燃易燃物引发火灾，造成四人死亡和重大财产损失，其行为已构成放火罪；杨安云还在从事住家保姆工作期间，多次盗窃雇主财物，数额巨大，其行为已构成盗窃罪，依法应予惩处。",
			[]string{"放火罪"}, []string{"放火罪"}, "",
			"本院认为，被告人杨安云在高层住宅内故意使用打火机点燃易燃物引发火灾，造成四人死亡和重大财产损失，其行为已构成放火罪。", true},
		{"a further charge the facts allege is ours to state",
			"罗海在其住宅内容留他人吸食毒品，其行为还构成容留他人吸毒罪。",
			[]string{"走私、贩卖、运输、制造毒品罪"}, []string{"贩卖毒品罪"}, "公诉机关指控被告人罗海犯贩卖毒品罪、容留他人吸毒罪",
			"罗海在其住宅内容留他人吸食毒品，其行为还构成容留他人吸毒罪。", true},
		{"a selective charge written in part is ours",
			"被告人于宝峰秘密窃取国家电力，数额特别巨大，侵犯了国家财物的所有权，其行为构成盗窃罪；被告人于宝峰以非法占有为目的，骗取他人财物，数额较大，侵犯了他人的财产权利，其行为构成诈骗罪，依法应予惩处。",
			[]string{"盗窃罪"}, []string{"盗窃罪"}, "",
			"被告人于宝峰秘密窃取国家电力，数额特别巨大，侵犯了国家财物的所有权，其行为构成盗窃罪。", true},
		{"the committee's decision is not a draft's",
			"综上，经本院审判委员会讨论决定。",
			[]string{"盗窃罪"}, []string{"盗窃罪"}, "", "", false},
	}
	for _, tt := range tests {
		got, ok := ownSentence(tt.sent, tt.charges, tt.written, tt.facts)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%s:\n got %q %v\nwant %q %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

// The lead-ins are the last sentences the base drafts of tune items
// 64220353, db56c756, dd091984, 957b43a0 and fef2bf40 carried from their
// similar cases' reasonings.
func TestBasisLeadIn(t *testing.T) {
	tests := []struct {
		name, sent, want string
		ok               bool
	}{
		{"purpose and grounds open the basis",
			"据此，本院为保护公民的身心健康，维护社会治安秩序，严厉打击毒品犯罪活动，根据被告人余万春的犯罪事实、情节、社会危害程度。",
			"据此，本院为保护公民的身心健康，维护社会治安秩序，严厉打击毒品犯罪活动，根据被告人余万春的犯罪事实、情节、社会危害程度，", true},
		{"purpose alone",
			"为打击刑事犯罪，保护儿童的人身权利不受侵犯。",
			"为打击刑事犯罪，保护儿童的人身权利不受侵犯，", true},
		{"the committee's decision is cut from it",
			"为维护国家公职人员的职务廉洁性，惩罚犯罪，根据从旧兼从轻原则，案经本院审判委员会讨论决定。",
			"为维护国家公职人员的职务廉洁性，惩罚犯罪，根据从旧兼从轻原则，", true},
		{"grounds alone",
			"根据被告人犯罪的事实、性质、情节和对于社会的危害程度。",
			"根据被告人犯罪的事实、性质、情节和对于社会的危害程度，", true},
		{"a sentence that decides is no lead-in",
			"根据被告人吴某的犯罪情节、悔罪表现，认为没有再犯罪的危险，宣告缓刑对所居住社区没有重大不良影响，可以宣告缓刑。",
			"", false},
	}
	for _, tt := range tests {
		got, ok := basisLeadIn(tt.sent)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%s:\n got %q %v\nwant %q %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

// Two forms of one title from the bases of tune item f231ab5a's similar
// cases.
func TestInterpTitle(t *testing.T) {
	a := interpTitle("《最高人民法院、最高人民检察院关于办理贪污贿赂刑事案件适用法律若干问题的解释》第一条")
	b := interpTitle("最高人民法院、最高人民检察院《关于办理贪污贿赂刑事案件适用法律若干问题的解释》第十九条")
	c := interpTitle("《最高人民法院、最高人民检察院﹤关于办理寻衅滋事刑事案件适用法律若干问题的解释﹥》第四条")
	d := interpTitle("《最高人民法院、最高人民检察院关于办理寻衅滋事刑事案件适用法律若干问题的解释》第四条")
	if a != b || c != d || a == c {
		t.Errorf("titles: %q %q %q %q", a, b, c, d)
	}
}
