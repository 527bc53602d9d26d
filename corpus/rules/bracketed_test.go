package rules

import (
	"strings"
	"testing"
)

func TestResolveBracketed(t *testing.T) {
	lib := library(t)
	tests := []struct {
		charge string
		cited  []int
		want   string
	}{
		// One bracketed name, two official charges: the cited article decides.
		{"[制造、贩卖、传播]淫秽物品", []int{363}, "制作、复制、出版、贩卖、传播淫秽物品牟利罪"},
		{"[制造、贩卖、传播]淫秽物品", []int{364}, "传播淫秽物品罪"},
		{"[组织、强迫、引诱、容留、介绍]卖淫", []int{358}, "组织卖淫罪"},
		{"[组织、强迫、引诱、容留、介绍]卖淫", []int{359}, "引诱、容留、介绍卖淫罪"},
		// No article cited, or none that fits: Lookup's answer.
		{"[制造、贩卖、传播]淫秽物品", nil, "传播淫秽物品罪"},
		{"[制造、贩卖、传播]淫秽物品", []int{264}, "传播淫秽物品罪"},
		// Lookup's charge is cited beside an aggravating article.
		{"[走私、贩卖、运输、制造]毒品", []int{356, 347}, "走私、贩卖、运输、制造毒品罪"},
		// Some sources drop the brackets.
		{"制造、贩卖、传播淫秽物品", []int{363}, "制作、复制、出版、贩卖、传播淫秽物品牟利罪"},
		{"组织、强迫、引诱、容留、介绍卖淫罪", []int{358}, "组织卖淫罪"},
		// An official name with its brackets dropped says nothing more.
		{"引诱、容留、介绍卖淫", []int{358}, "引诱、容留、介绍卖淫罪"},
		// An official name is read as the short form of a longer one
		// the cited article punishes, and is kept when there is none.
		{"滥用职权", []int{168}, "国有公司、企业、事业单位人员滥用职权罪"},
		{"滥用职权", []int{397}, "滥用职权罪"},
		{"故意伤害", []int{134}, "故意伤害罪"},
		{"抢劫", []int{264}, "抢劫罪"},
	}
	for _, tt := range tests {
		var cited []ArticleNo
		for _, n := range tt.cited {
			cited = append(cited, ArticleNo{Number: n})
		}
		r, ok := lib.Charges.Resolve(tt.charge, cited)
		if !ok || r.Charge != tt.want {
			t.Errorf("Resolve(%s, %v) = %s, %v; want %s", tt.charge, tt.cited, r.Charge, ok, tt.want)
		}
	}
}

func TestReadBracketed(t *testing.T) {
	tests := []struct {
		in, official string
		fits         bool
	}{
		{"[制造、贩卖、传播]淫秽物品", "传播淫秽物品罪", true},
		{"[制造、贩卖、传播]淫秽物品", "组织播放淫秽音像制品罪", false},
		{"非法[采伐、毁坏]国家重点保护植物", "非法采伐、毁坏国家重点保护植物罪", true},
		{"[生产、销售][有毒、有害]食品", "生产、销售不符合安全标准的食品罪", false},
		{"[窝藏、包庇]", "包庇毒品犯罪分子罪", true},
		{"［持有、使用］假币罪", "使用假币罪", true},
		{"[未闭合", "未闭合罪", true},
	}
	for _, tt := range tests {
		if got := readBracketed(tt.in).fits(tt.official); got != tt.fits {
			t.Errorf("readBracketed(%s).fits(%s) = %v, want %v", tt.in, tt.official, got, tt.fits)
		}
	}
	listed := []struct {
		in, official string
		fits         bool
	}{
		{"制造、贩卖、传播淫秽物品", "传播淫秽物品罪", true},
		{"制造、贩卖、传播淫秽物品", "制作、复制、出版、贩卖、传播淫秽物品牟利罪", true},
		{"制造、贩卖、传播淫秽物品", "走私淫秽物品罪", false},
		{"组织、强迫、引诱、容留、介绍卖淫", "强迫卖淫罪", true},
		{"盗窃", "盗窃罪", true},
		{"盗窃", "抢夺罪", false},
		{"甲、乙", "乙罪", false}, // no object to read: fits only itself
	}
	for _, tt := range listed {
		if got := readListed(tt.in).fits(tt.official); got != tt.fits {
			t.Errorf("readListed(%s).fits(%s) = %v, want %v", tt.in, tt.official, got, tt.fits)
		}
	}
}

// TestResolveAgainstCAIL checks the resolution on CAIL2018's own labels:
// each selective name (alternatives listed with 、) of a case, resolved
// with the case's relevant_articles, should be punished by one of them.
// CAIL2018 labels one crime with several names of the same charge
// ([制造、贩卖、传播]淫秽物品 and [制作、复制、出版、贩卖、传播]淫秽物品牟利
// citing 363), so every label counts, not only single-charge cases.
func TestResolveAgainstCAIL(t *testing.T) {
	lib := library(t)
	n, lookup, resolve := 0, 0, 0
	for _, rec := range cailLabels(t) {
		var cited []ArticleNo
		for _, a := range rec.Meta.Articles {
			cited = append(cited, ArticleNo{Number: a})
		}
		for _, ch := range rec.Meta.Accusation {
			if !strings.Contains(ch, "、") {
				continue
			}
			n++
			if r, ok := lib.Charges.Lookup(ch); ok && r.PunishedBy(cited) {
				lookup++
			}
			if r, ok := lib.Charges.Resolve(ch, cited); ok && r.PunishedBy(cited) {
				resolve++
			}
		}
	}
	t.Logf("selective charge labels whose charge a cited article punishes: Lookup %d, Resolve %d of %d", lookup, resolve, n)
	if resolve < lookup+30 || float64(resolve) < 0.97*float64(n) {
		t.Errorf("Resolve agrees with CAIL2018's articles on %d of %d selective labels (Lookup %d); want ≥ 30 more than Lookup and ≥ 97%%", resolve, n, lookup)
	}
}
