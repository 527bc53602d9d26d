package anonymize

import (
	"slices"
	"testing"
)

func TestAnnotatedNames(t *testing.T) {
	tests := []struct {
		text  string
		known []string
		want  []string
	}{
		{"证人刘娟（会计）、黄向阳（会计）、朱小文（业务员、司机）、项某甲（经助）的证言", nil, []string{"黄向阳", "朱小文"}},
		{"，顾虎40.3万元、陈书丁38万元、赵逢仕19万元、李荣全40万元，", []string{"顾虎"}, []string{"陈书丁", "赵逢仕", "李荣全"}},
		{"，顾虎40.3万元、陈书丁38万元、赵逢仕19万元，", nil, nil},
		{"（负责人是袁某）、沈阳（董祥英）、南京（柯某）、苏州（左某）", nil, nil},
		{"，李某（男，年约25岁）、海口（男，年约30岁），", nil, nil},
		{"，张某（县纪委主任）、高科技（县财政局）、", nil, nil},
		{"、徐美英（办理6人，尹中文2万、李美娟1万、谢元2万、侯岚1万）、", []string{"尹中文"}, []string{"李美娟", "谢元", "侯岚"}},
		{"22李丽凤100000 2曹黎明400000 23张蔚6150000 3赵一洋150000", []string{"李丽凤"}, []string{"曹黎明", "张蔚", "赵一洋"}},
		{"22李丽凤100000 2曹黎明400000 23张蔚6150000", nil, nil},
		{"编号1李丽凤100000。2019年3月5日", []string{"李丽凤"}, nil},
	}
	for _, tt := range tests {
		known := map[string]bool{}
		for _, k := range tt.known {
			known[k] = true
		}
		if got := annotatedNames(tt.text, known); !slices.Equal(got, tt.want) {
			t.Errorf("annotatedNames(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
