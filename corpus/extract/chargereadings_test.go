package extract

import (
	"slices"
	"testing"
)

func TestBracketReadings(t *testing.T) {
	tests := []struct {
		base string
		want []string
	}{
		{"偷越国（边）境", []string{"偷越国境", "偷越边境", "偷越国边境", "偷越国(边)境"}},
		{"放行偷越国（边）境人员", []string{"放行偷越国境人员", "放行偷越边境人员", "放行偷越国边境人员", "放行偷越国(边)境人员"}},
		{"盗窃", nil},
	}
	for _, tt := range tests {
		if got := bracketReadings(tt.base); !slices.Equal(got, tt.want) {
			t.Errorf("bracketReadings(%q) = %q, want %q", tt.base, got, tt.want)
		}
	}
}

// TestNormaliseChargeBorder covers the 妨害国（边）境管理 charges, whose
// names hold a bracket, as judgments write them.
func TestNormaliseChargeBorder(t *testing.T) {
	tests := []struct{ in, want string }{
		{"偷越国（边）境罪", "偷越国（边）境罪"},
		{"偷越国境罪", "偷越国（边）境罪"},
		{"偷越边境罪", "偷越国（边）境罪"},
		{"偷越国(边)境罪", "偷越国（边）境罪"},
		{"组织他人偷越国境罪", "组织他人偷越国（边）境罪"},
		{"组织他人偷越国边境罪", "组织他人偷越国（边）境罪"},
		{"运送他人偷越边境罪", "运送他人偷越国（边）境罪"},
		{"放行偷越国（边）境人员罪", "放行偷越国（边）境人员罪"},
	}
	for _, tt := range tests {
		if got, ok := NormaliseCharge(tt.in); !ok || got != tt.want {
			t.Errorf("NormaliseCharge(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

// TestNormaliseChargeSelective: a selective name read in part wins over a
// single act the written words fit only with words left out, and the
// shortest fit stays the rule otherwise.
func TestNormaliseChargeSelective(t *testing.T) {
	tests := []struct{ in, want string }{
		{"引诱卖淫罪", "引诱、容留、介绍卖淫罪"},
		{"引诱幼女卖淫罪", "引诱幼女卖淫罪"},
		{"容留卖淫罪", "引诱、容留、介绍卖淫罪"},
		{"伪造印章罪", "伪造公司、企业、事业单位、人民团体印章罪"},
		{"宣扬恐怖主义、极端主义罪", "非法持有宣扬恐怖主义、极端主义物品罪"},
		{"非持有毒品罪", "非法持有毒品罪"},
		{"商业秘密罪", "侵犯商业秘密罪"},
	}
	for _, tt := range tests {
		if got, ok := NormaliseCharge(tt.in); !ok || got != tt.want {
			t.Errorf("NormaliseCharge(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestSelects(t *testing.T) {
	tests := []struct {
		flat  string
		parts []string
		want  bool
	}{
		{"引诱卖淫", []string{"引诱", "容留", "介绍卖淫"}, true},
		{"引诱容留卖淫", []string{"引诱", "容留", "介绍卖淫"}, true},
		{"卖淫", []string{"引诱", "容留", "介绍卖淫"}, false},
		{"商业秘密", []string{"为境外窃取", "刺探", "收买", "非法提供商业秘密"}, false},
		{"引诱幼女卖淫", []string{"引诱幼女卖淫"}, false},
	}
	for _, tt := range tests {
		if got := selects(tt.flat, tt.parts); got != tt.want {
			t.Errorf("selects(%q, %q) = %v, want %v", tt.flat, tt.parts, got, tt.want)
		}
	}
}

func TestCutReading(t *testing.T) {
	tests := []struct{ base, want string }{
		{"侵犯著作权", "著作权"},
		{"侵犯公民个人信息", "公民个人信息"},
		{"传授犯罪方法", ""},
		{"掩饰、隐瞒犯罪所得、犯罪所得收益", ""},
		{"盗窃", ""},
	}
	for _, tt := range tests {
		if got := cutReading(tt.base); got != tt.want {
			t.Errorf("cutReading(%q) = %q, want %q", tt.base, got, tt.want)
		}
	}
}

// TestNormaliseChargeCut: a name a judgment's 犯 cut reads as the whole
// name; 犯罪 names read nothing new.
func TestNormaliseChargeCut(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"著作权罪", "侵犯著作权罪", true},
		{"侵犯著作权罪", "侵犯著作权罪", true},
		{"公民个人信息罪", "侵犯公民个人信息罪", true},
		{"罪所得罪", "罪所得罪", false},
	}
	for _, tt := range tests {
		if got, ok := NormaliseCharge(tt.in); ok != tt.ok || got != tt.want {
			t.Errorf("NormaliseCharge(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
