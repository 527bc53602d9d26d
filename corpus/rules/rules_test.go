package rules

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"leian/internal/dataset"
)

var (
	libOnce sync.Once
	testLib *Library
	libErr  error
)

// library loads the rule library from the real bundle once for all tests.
func library(t *testing.T) *Library {
	t.Helper()
	dataset.Path(t, "laws")
	libOnce.Do(func() {
		dir, err := dataset.Dir()
		if err != nil {
			libErr = err
			return
		}
		testLib, libErr = Load(context.Background(), dir)
	})
	if libErr != nil {
		t.Fatal(libErr)
	}
	return testLib
}

const (
	xf   = "中华人民共和国刑法"
	xsfs = "中华人民共和国刑事诉讼法"
)

// TestLookup resolves citation strings as bundled judgments (lecard `qw`,
// judge `fd`) and guiding cases write them.
func TestLookup(t *testing.T) {
	lib := library(t)
	tests := []struct{ query, law, label, text string }{
		{"刑法第264条", xf, "第二百六十四条", "盗窃公私财物"},
		{"《中华人民共和国刑法》第二百六十四条", xf, "第二百六十四条", "盗窃公私财物"},
		{"《中华人民共和国刑法》第二百六十六条", xf, "第二百六十六条", "诈骗公私财物"},
		{"《中华人民共和国刑法》第六十七条第三款", xf, "第六十七条第三款", "犯罪嫌疑人虽不具有前两款规定的自首情节"},
		{"《中华人民共和国刑法》第一百三十三条之一第一款第（二）项", xf, "第一百三十三条之一第一款第（二）项", "（二）醉酒驾驶机动车的"},
		{"《中华人民共和国刑法》第一百三十三条之一", xf, "第一百三十三条之一", "在道路上驾驶机动车"},
		{"第七十二条第一款", xf, "第七十二条第一款", "对于被判处拘役、三年以下有期徒刑"},
		{"第七十三条第三款", xf, "第七十三条第三款", "缓刑考验期限，从判决确定之日起计算"},
		{"《中华人民共和国刑法》第三百四十七条第四款", xf, "第三百四十七条第四款", "走私、贩卖、运输、制造鸦片不满二百克"},
		{"《中华人民共和国刑法》第二百二十五条第（一）项", xf, "第二百二十五条第（一）项", "（一）未经许可经营"},
		{"《中华人民共和国刑法》第二百二十四条之一", xf, "第二百二十四条之一", "组织、领导以推销商品"},
		{"根据《刑法》第312条规定", xf, "第三百一十二条", "明知是犯罪所得"},
		{"应根据刑法第399条第3款规定", xf, "第三百九十九条第三款", "执行判决、裁定"},
		{"刑法第六十四条", xf, "第六十四条", "犯罪分子违法所得的一切财物"},
		{"中华人民共和刑法第二百六十四条", xf, "第二百六十四条", "盗窃公私财物"},
		{"中国人民共和国刑法第二百六十四条", xf, "第二百六十四条", "盗窃公私财物"},
		{"《中华人民共和国刑事诉讼法》第二百零一条", xsfs, "第二百零一条", "对于认罪认罚案件"},
		{"《刑事诉讼法》第一百九十五条", xsfs, "第一百九十五条", ""},
		{"民法典第三条", "中华人民共和国民法典", "第三条", "民事主体的人身权利"},
		{"民法典第一千一百三十六条", "中华人民共和国民法典", "第一千一百三十六条", "打印遗嘱"},
		{"《中华人民共和国道路交通安全法》第一百一十九条", "中华人民共和国道路交通安全法", "第一百一十九条", ""},
		{"《道路交通安全法》第119条第1项", "中华人民共和国道路交通安全法", "第一百一十九条第（一）项", "“道路”"},
		{"《中华人民共和国招标投标法》第三十二条", "中华人民共和国招标投标法", "第三十二条", "投标人不得相互串通"},
		{"最高人民法院关于审理盗窃刑事案件适用法律若干问题的解释第一条", "最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释", "第一条", "盗窃公私财物价值一千元至三千元以上"},
		{"《最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释》第一条第一款", "最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释", "第一条第一款", "盗窃公私财物价值"},
		{"《最高人民法院、最高人民检察院〈关于办理敲诈勒索刑事案件适用法律若干问题的解释〉》第一条", "最高人民法院、最高人民检察院关于办理敲诈勒索刑事案件适用法律若干问题的解释", "第一条", "敲诈勒索公私财物价值"},
		{"最高人民法院《关于处理自首和立功具体应用法律若干问题的解释》第一条", "最高人民法院关于处理自首和立功具体应用法律若干问题的解释", "第一条", ""},
		{"最高人民法院最高人民检察院关于办理贪污贿赂刑事案件适用法律若干问题的解释第一条", "最高人民法院、最高人民检察院关于办理贪污贿赂刑事案件适用法律若干问题的解释", "第一条", "贪污或者受贿数额在三万元以上"},
		{"《最高人民法院关于审理毒品犯罪案件适用法律若干问题的解释》第十二条第一款第（二）项", "", "第十二条第一款第（二）项", ""},
		{"《最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释》第一条", "最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释", "第一条", ""},
		{"依照最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释第二百九十五条", "最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释", "第二百九十五条", ""},
		{"《最高人民法院关于适用﹤中华人民共和国刑事诉讼法﹥的解释》第一条", "最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释", "第一条", ""},
		{"刑诉法第十五条", xsfs, "第十五条", "犯罪嫌疑人、被告人自愿如实供述"},
		{"《中华人民共和国刑法修正案（九）》第一条", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			refs, err := lib.Lookup(tt.query, "刑法")
			if tt.label == "" {
				// Amendments are numbered 一、二、, so 第一条 of one is no article.
				var re *ResolveError
				if !errors.As(err, &re) || re.Cause != NoSuchArticle {
					t.Fatalf("Lookup(%q) error = %v, want no such article", tt.query, err)
				}
				return
			}
			if err != nil || len(refs) == 0 {
				t.Fatalf("Lookup(%q) = %v, %v", tt.query, refs, err)
			}
			r := refs[0]
			if tt.law != "" && r.LawTitle != tt.law || r.Label != tt.label || !strings.Contains(r.Text, tt.text) {
				t.Errorf("Lookup(%q) = %s %s %q…; want %s %s containing %q", tt.query, r.LawTitle, r.Label, snippet(r.Text, 30), tt.law, tt.label, tt.text)
			}
		})
	}
}

func TestLookupHierarchy(t *testing.T) {
	refs, err := library(t).Lookup("刑法第二百六十四条", "")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{xf, "第二编 分则", "第五章 侵犯财产罪"}
	if strings.Join(refs[0].Hierarchy, "›") != strings.Join(want, "›") {
		t.Errorf("hierarchy = %q, want %q", refs[0].Hierarchy, want)
	}
}

func TestLookupTiersOfParagraph(t *testing.T) {
	refs, err := library(t).Lookup("刑法第二百三十四条第二款", "")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(refs[0].Tiers); n != 2 {
		t.Errorf("234 ¶2 has %d tiers, want 2 (¶1's tier left out)", n)
	}
}

func TestResolveErrors(t *testing.T) {
	lib := library(t)
	tests := []struct {
		query string
		cause Cause
	}{
		{"《中华人民共和国侵权责任法》第六条", RepealedLaw},
		{"《民法通则》第一百一十九条", RepealedLaw},
		{"《中华人民共和国刑法》第九百九十九条", NoSuchArticle},
		{"《中华人民共和国刑法》第二百六十四条第五款", NoSuchArticle},
		{"《某某省不存在的条例》第三条", MissingLaw},
		{"第三条", MissingLaw},
		{"盗窃公私财物", ParseFailure},
	}
	for _, tt := range tests {
		_, err := lib.Lookup(tt.query, "")
		var re *ResolveError
		if !errors.As(err, &re) || re.Cause != tt.cause {
			t.Errorf("Lookup(%q) error = %v, want cause %q", tt.query, err, tt.cause)
		}
	}
}
