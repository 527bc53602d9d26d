package rules

import (
	"context"
	"fmt"
	"testing"
	"time"

	"leian/internal/dataset"
)

func TestProbeLoad(t *testing.T) {
	d, _ := dataset.Dir()
	t0 := time.Now()
	lib, err := Load(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println("load", time.Since(t0), len(lib.Laws), len(lib.Cases), len(lib.Charges), len(lib.Guideline.Crimes), len(lib.Guideline.Circumstances), len(lib.Thresholds))
	for _, q := range []string{"刑法第264条", "第一百三十三条之一第一款第（二）项", "刑法第234条", "民法典第三条", "最高人民法院关于审理盗窃刑事案件适用法律若干问题的解释第一条", "《最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释》第一条第一款", "《中华人民共和国刑事诉讼法》第二百零一条", "侵权责任法第六条"} {
		refs, err := lib.Lookup(q, "刑法")
		fmt.Println(q, err)
		for _, r := range refs {
			fmt.Printf("  %s %s %v\n  %s\n", r.LawTitle, r.Label, r.Hierarchy, r.Text)
			for _, tr := range r.Tiers {
				fmt.Printf("   tier %+v\n", tr)
			}
		}
	}
	for _, c := range lib.Guideline.Circumstances {
		fmt.Println(c.Name, c.Adjustments)
	}
	for _, c := range lib.Guideline.Crimes[:3] {
		fmt.Printf("%+v\n", c)
	}
	fmt.Println(lib.Charges["盗窃罪"], lib.Charges["受贿罪"], lib.Charges["危险驾驶罪"])
	fmt.Printf("%+v\n", lib.Cases[0])
	for _, h := range lib.Search("醉酒驾驶机动车", 5) {
		fmt.Println(h.Kind, h.Title, h.Label, h.Score)
	}
	th, _ := lib.Threshold("广东", "盗窃罪", "数额巨大")
	fmt.Printf("%+v\n", th)
}
