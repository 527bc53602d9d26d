package draft

import "testing"

// The sentences are adapted reasonings of tune drafts (098d4a33, 3082a49b,
// ded7e587, c2c18569) as the similar cases wrote them.
func TestWithOurCount(t *testing.T) {
	tests := []struct {
		name, text string
		names      []string
		want       string
	}{
		{"one defendant", "五被告人归案后，均能如实供述基本犯罪事实，系坦白，可从轻处罚。", []string{"卢浪"},
			"被告人卢浪归案后，均能如实供述基本犯罪事实，系坦白，可从轻处罚。"},
		{"one defendant, named after the count", "对二被告人卢浪应当数罪并罚。", []string{"卢浪"},
			"对被告人卢浪应当数罪并罚。"},
		{"with 上述 and 名", "沈阳市辽中区人民检察院指控上述十四名被告人犯诈骗罪。", []string{"张某某"},
			"沈阳市辽中区人民检察院指控被告人张某某犯诈骗罪。"},
		{"more than ours", "公诉机关指控五被告人的罪名成立。", []string{"王某1", "昌剑飞", "李某"},
			"公诉机关指控三被告人的罪名成立。"},
		{"fewer than ours: some of ours", "二被告人虽然主动投案，但对主要事实未作如实供述。", []string{"甲", "乙", "丙"},
			"二被告人虽然主动投案，但对主要事实未作如实供述。"},
		{"a count with tens", "上述十四名被告人均系共同犯罪。", []string{"甲", "乙", "丙"},
			"上述三名被告人均系共同犯罪。"},
		{"ours", "对四被告人应当数罪并罚。", []string{"甲", "乙", "丙", "丁"},
			"对四被告人应当数罪并罚。"},
	}
	for _, tt := range tests {
		if got := withOurCount(tt.text, tt.names); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
}
