package rules

import (
	"context"
	"strings"
	"testing"

	"leian/internal/dataset"
)

func FuzzParseLaw(f *testing.F) {
	for _, s := range []string{
		"# 中华人民共和国刑法\n\n1997年3月14日 第八届全国人民代表大会第五次会议修订\n\n<!-- INFO END -->\n\n## 第一编 总则\n\n### 第一章 任务\n\n第一条 为了惩罚犯罪，保护人民。\n\n第一百三十三条之一 在道路上驾驶机动车，有下列情形之一的，处拘役，并处罚金：\n\n（一）追逐竞驶，情节恶劣的；\n",
		"# 中华人民共和国民法典\n\n# 总则\n\n<!-- INFO END -->\n\n## 第一章  基本规定\n\n第一条 为了保护民事主体的合法权益。\n",
		"# x\n第十条\n（一）\n## 第二节 y\n第一万条 z",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l, err := parseLaw(strings.NewReader(s), "fuzz.md")
		if err != nil {
			return
		}
		for _, a := range l.Articles {
			if a.Number <= 0 || !strings.HasPrefix(a.Label, "第") {
				t.Fatalf("article %+v from %q", a, s)
			}
		}
	})
}

func FuzzParseCase(f *testing.F) {
	for _, s := range []string{
		"### 指导性案例192号：李开祥侵犯公民个人信息刑事附带民事公益诉讼案\n关键词  刑事/侵犯公民个人信息\n裁判要点\n使用人脸识别技术…\n相关法条\n《中华人民共和国刑法》第253条之一\n基本案情\n2020年6月至9月间…",
		"### （检例第100号） 案例三：陈力等八人侵犯著作权案\n【关键词】\n网络侵犯视听作品著作权\n【要旨】\n办理…",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := parseCase(s)
		if c.Number < 0 {
			t.Fatalf("case number %d from %q", c.Number, s)
		}
	})
}

// BenchmarkLoad measures loading the whole rule library from the bundle
// (laws, cases, guideline, thresholds, charge table; the search index is lazy).
func BenchmarkLoad(b *testing.B) {
	dataset.Path(b, "laws")
	dir, _ := dataset.Dir()
	for b.Loop() {
		if _, err := Load(context.Background(), dir); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSearchIndex measures building the bigram index over every article and case.
func BenchmarkSearchIndex(b *testing.B) {
	dataset.Path(b, "laws")
	dir, _ := dataset.Dir()
	lib, err := Load(context.Background(), dir)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		newSearchIndex(lib)
	}
}
