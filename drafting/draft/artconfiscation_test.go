package draft

import (
	"fmt"
	"testing"

	"leian/corpus"
)

func TestConfiscating(t *testing.T) {
	tests := []struct {
		name    string
		p       Penalty
		charges []string
		want    bool
	}{
		{"life for selling drugs", Penalty{Kind: "无期徒刑"}, []string{"走私、贩卖、运输、制造毒品罪"}, true},
		{"death for robbery", Penalty{Kind: "死刑"}, []string{"抢劫罪"}, true},
		{"life for murder", Penalty{Kind: "无期徒刑"}, []string{"故意杀人罪"}, false},
		{"a fined term", Penalty{Kind: "有期徒刑", Months: 180, FineYuan: 50000}, []string{"走私、贩卖、运输、制造毒品罪"}, false},
	}
	for _, tt := range tests {
		if got := confiscating(tt.p, tt.charges); got != tt.want {
			t.Errorf("%s: confiscating = %v, want %v", tt.name, got, tt.want)
		}
	}
	for a, want := range map[string]bool{"没收个人全部财产": true, "没收个人财产人民币五万元": true, "剥夺政治权利终身": false} {
		if got := confiscationAccessory(a); got != want {
			t.Errorf("confiscationAccessory(%q) = %v, want %v", a, got, want)
		}
	}
}

// confiscatingJudgment is a stored life sentence that confiscates all
// property, citing arts.
func confiscatingJudgment(id, court, code string, arts ...int) *corpus.Document {
	d := habitJudgment(id, court, code, 0, arts...)
	pen := d.Elements.Defendants[0].Penalty
	pen.Kind, pen.Months, pen.Accessory = "无期徒刑", 0, []string{"剥夺政治权利终身", "没收个人全部财产"}
	return d
}

// TestConfiscationHabit: 第五十九条 beside a confiscation follows the
// court's own confiscating judgments, and is never cited without one.
func TestConfiscationHabit(t *testing.T) {
	var store habitCorpus
	for i := range 6 {
		// 北京市朝阳区 cites 59 with every confiscation; 上海市浦东新区 never.
		store = append(store, confiscatingJudgment(fmt.Sprint("cy", i), "北京市朝阳区人民法院", "京0105", 347, 57, 59),
			confiscatingJudgment(fmt.Sprint("pd", i), "上海市浦东新区人民法院", "沪0115", 347, 57))
	}
	o := habitOffline(t, store)
	drug := []string{"走私、贩卖、运输、制造毒品罪"}
	citing := citingPrecedents(drug, caseState{confiscated: true, deprivedLife: true}, 347, 57, 59)
	tests := []struct {
		name  string
		where bench
		st    caseState
		want  bool
	}{
		{"a court that cites it", bench{prosecutor: "北京市朝阳区人民检察院"}, caseState{confiscated: true, deprivedLife: true}, true},
		{"a court that never does, cases citing", bench{prosecutor: "上海市浦东新区人民检察院"}, caseState{confiscated: true, deprivedLife: true}, false},
		{"no confiscation drafted", bench{prosecutor: "北京市朝阳区人民检察院"}, caseState{imprisoned: true, fine: true}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := cited(o.articles(drug, caseFacts{}, tt.st, citing, tt.where), confiscationArticle)
			if got != tt.want {
				t.Errorf("第五十九条 cited %v, want %v", got, tt.want)
			}
		})
	}
}

// TestConfiscationHabitHalf: a court citing 第五十九条 in fewer than half
// of its confiscating judgments (4 of 9) is not taken to cite it, whatever
// the similar cases cite; one citing it in 5 of 9 is.
func TestConfiscationHabitHalf(t *testing.T) {
	drug := []string{"走私、贩卖、运输、制造毒品罪"}
	citing := citingPrecedents(drug, caseState{confiscated: true, deprivedLife: true}, 347, 57, 59)
	tests := []struct {
		name   string
		citing int // of the court's 9 confiscating judgments
		want   bool
	}{
		{"4 of 9", 4, false},
		{"5 of 9", 5, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var store habitCorpus
			for i := range 9 {
				arts := []int{347, 57}
				if i < tt.citing {
					arts = append(arts, 59)
				}
				store = append(store, confiscatingJudgment(fmt.Sprint("xa", i), "陕西省西安市中级人民法院", "陕01", arts...))
			}
			o := habitOffline(t, store)
			got := cited(o.articles(drug, caseFacts{}, caseState{confiscated: true, deprivedLife: true}, citing, bench{prosecutor: "陕西省西安市人民检察院"}), confiscationArticle)
			if got != tt.want {
				t.Errorf("第五十九条 cited %v, want %v", got, tt.want)
			}
		})
	}
}
