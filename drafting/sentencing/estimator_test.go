package sentencing_test

import (
	"context"
	"testing"

	"leian/corpus/rules"
	"leian/drafting/sentencing"
	"leian/drafting/sentencing/sentencingtest"
)

// TestGuidelineRangeOnlyWhereCovered: a charge whose tier has a starting
// point in the guideline gets the guideline's range; one the guideline
// does not cover gets none (not the tier's lower quarter, which read as a
// guideline range of about [1, 10] months and flagged ordinary sentences).
func TestGuidelineRangeOnlyWhereCovered(t *testing.T) {
	e := sentencingtest.Estimator(t, 600)
	tests := []struct {
		name    string
		c       sentencing.Case
		covered bool
	}{
		{"theft is in the guideline", sentencing.Case{Facts: "被告人在北京市盗窃现金人民币8000元，后被抓获。", Charges: []string{"盗窃"}}, true},
		{"gambling house is not", sentencing.Case{Facts: "被告人在其经营的棋牌室内开设赌场，组织他人以打麻将的方式赌博，抽头渔利共计人民币3万元。", Charges: []string{"开设赌场"}}, false},
		{"intentional homicide is not", sentencing.Case{Facts: "被告人持刀朝被害人胸部连刺数刀，致被害人经抢救无效死亡。", Charges: []string{"故意杀人"}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := e.Estimate(context.Background(), tt.c)
			if err != nil {
				t.Fatal(err)
			}
			if r.Tier == nil {
				t.Fatalf("no statutory tier for %v", r.Charges)
			}
			lo, hi := r.GuidelineRange[0], r.GuidelineRange[1]
			if tt.covered && !(hi > 0 && lo <= r.GuidelineMonths && r.GuidelineMonths <= hi) {
				t.Errorf("guideline range %v around %v: want a range holding the guideline term", r.GuidelineRange, r.GuidelineMonths)
			}
			if !tt.covered && (lo != 0 || hi != 0) {
				t.Errorf("guideline range %v for %v: want none, the guideline has no starting point", r.GuidelineRange, r.Charges)
			}
		})
	}
}

// TestResolveSelectiveCharges: CAIL's bracketed names stand for the
// official charge punished by the cited article, in the law book and in
// the estimator's answer.
func TestResolveSelectiveCharges(t *testing.T) {
	e := sentencingtest.Estimator(t, 600)
	b := e.Book
	tests := []struct {
		name  string
		cited []rules.ArticleNo
		want  string
	}{
		{"[组织、强迫、引诱、容留、介绍]卖淫", []rules.ArticleNo{{Number: 359}}, "引诱、容留、介绍卖淫罪"},
		{"[组织、强迫、引诱、容留、介绍]卖淫", []rules.ArticleNo{{Number: 358}}, "组织卖淫罪"},
		{"[制造、贩卖、传播]淫秽物品", []rules.ArticleNo{{Number: 364}}, "传播淫秽物品罪"},
		{"[制造、贩卖、传播]淫秽物品", []rules.ArticleNo{{Number: 363}}, "制作、复制、出版、贩卖、传播淫秽物品牟利罪"},
		{"[走私、贩卖、运输、制造]毒品", []rules.ArticleNo{{Number: 347}}, "走私、贩卖、运输、制造毒品罪"},
		{"盗窃", nil, "盗窃罪"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cl, ok := b.Resolve(tt.name, tt.cited)
			if !ok || cl.Charge != tt.want {
				t.Fatalf("Resolve(%s, %v) = %v, want %s", tt.name, tt.cited, cl, tt.want)
			}
		})
	}
	r, err := e.Estimate(context.Background(), sentencing.Case{Facts: "被告人在其经营的足浴店内容留多名妇女从事卖淫活动，从中获利。",
		Charges: []string{"[组织、强迫、引诱、容留、介绍]卖淫"}, Articles: []rules.ArticleNo{{Number: 359}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Charges) != 1 || r.Charges[0] != "引诱、容留、介绍卖淫罪" {
		t.Errorf("charges %v: want 引诱、容留、介绍卖淫罪, the charge art. 359 punishes", r.Charges)
	}
	// CAIL lists the group's selective name beside the specific one: one
	// charge, not two to combine under art. 69.
	r, err = e.Estimate(context.Background(), sentencing.Case{Facts: "被告人在网络群组内传播淫秽视频共计二百余部，点击数达一万余次。",
		Charges: []string{"[制造、贩卖、传播]淫秽物品", "传播淫秽物品"}, Articles: []rules.ArticleNo{{Number: 364}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Charges) != 1 || r.Charges[0] != "传播淫秽物品罪" {
		t.Errorf("charges %v: want the one charge 传播淫秽物品罪", r.Charges)
	}
}

// TestSeveralChargesNoShorterThanOne: art. 69 puts a combined term at or
// above the gravest single term, so the estimate for theft and assault
// together is no shorter than for either alone, and may exceed the
// ceiling of theft's tier.
func TestSeveralChargesNoShorterThanOne(t *testing.T) {
	e := sentencingtest.Estimator(t, 600)
	facts := "被告人在北京市盗窃现金人民币8000元。后被告人持刀将被害人刺伤，经鉴定，被害人的损伤程度为轻伤一级。"
	estimate := func(charges ...string) sentencing.Recommendation {
		t.Helper()
		r, err := e.Estimate(context.Background(), sentencing.Case{Facts: facts, Charges: charges})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	both := estimate("盗窃", "故意伤害")
	for _, one := range []string{"盗窃", "故意伤害"} {
		if r := estimate(one); both.MedianMonths < r.MedianMonths-1e-9 {
			t.Errorf("median %v months for both charges, %v for %s alone: want no less", both.MedianMonths, r.MedianMonths, one)
		}
	}
}
