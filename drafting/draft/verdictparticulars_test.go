package draft

import "testing"

// Items copied into tune drafts, against their cases' facts; the store's
// items are stand-ins for the courts' wording of such items.
func TestOwnParticulars(t *testing.T) {
	items := []string{
		"一、被告人张某犯盗窃罪，判处有期徒刑一年。\n二、扣押在案的作案工具予以没收，上缴国库。\n三、追缴被告人张某的违法所得，发还被害人。",
		"一、被告人李某犯诈骗罪，判处有期徒刑一年。\n二、责令被告人李某退赔被害人经济损失。\n三、赔偿附带民事诉讼原告人经济损失。\n四、发还车辆所有人。",
		"一、被告人王某犯交通肇事罪，判处有期徒刑一年。\n二、被告人王某赔偿附带民事诉讼原告人的各项经济损失。",
	}
	store := &Habits{itemPairs: map[string]int{}}
	for range itemPairShared {
		for _, v := range items {
			for k := range itemPairsOf(v) {
				store.itemPairs[k]++
			}
		}
	}
	store.itemPairs["刘西"] = itemPairShared - 1 // one case's name in fewer judgments
	tests := []struct {
		name, facts, item, want string
	}{
		{
			name:  "another case's painting is left blank",
			facts: "被告人冯德荣利用职务上的便利，收受他人财物共计人民币238.35万元及玉佩1块。",
			item:  "扣押在案的人民币　　元、刘西古《白梅图》，予以没收，上缴国库。",
			want:  "扣押在案的人民币　　元、　　《　　》，予以没收，上缴国库。",
		},
		{
			// 人李 is common (被告人李某), so the surname stays.
			name:  "another case's plaintiffs are left blank",
			facts: "被告人潘豹驾驶车辆发生交通事故，致被害人马某死亡。",
			item:  "被告人潘豹赔偿附带民事诉讼原告人李存娃、马花林经济损失　　元。",
			want:  "被告人潘豹赔偿附带民事诉讼原告人李　　、　　经济损失　　元。",
		},
		{
			name:  "our own particulars stay",
			facts: "民警从被告人王某处扣押手机一部，被害人赖某某的轿车已发还。",
			item:  "扣押在案的手机予以没收，轿车发还车辆所有人赖某某。",
			want:  "扣押在案的手机予以没收，轿车发还车辆所有人赖某某。",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, changed := blankItemParticulars(wordPairs(tt.facts), store, tt.item)
			if got != tt.want || changed != (tt.want != tt.item) {
				t.Errorf("blankItemParticulars = %q, %v\nwant %q", got, changed, tt.want)
			}
		})
	}
	if got, changed := blankItemParticulars(nil, nil, "刘西古《白梅图》"); changed || got != "刘西古《白梅图》" {
		t.Errorf("with no store blankItemParticulars = %q, %v; want it unchanged", got, changed)
	}
}

func TestOneEach(t *testing.T) {
	got := oneEach("责令被告人周延栋、李洪财、李洪财、李洪财继续退赔。", []string{"周延栋", "李洪财"})
	if want := "责令被告人周延栋、李洪财继续退赔。"; got != want {
		t.Errorf("oneEach = %q, want %q", got, want)
	}
}
