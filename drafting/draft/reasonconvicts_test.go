package draft

import "testing"

// The sentences are in the forms LeCaRD first-instance reasonings write
// (names made up).
func TestFindsCrime(t *testing.T) {
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"the court's finding", "本院认为，被告人张某故意伤害他人身体，致一人轻伤，其行为已构成故意伤害罪。", true},
		{"a long charge's name", "本院认为，被告人杜某以营利为目的，提供专门用于侵入计算机信息系统的程序，情节严重，其行为已构成提供侵入、非法控制计算机信息系统程序、工具罪。", true},
		{"a finding beside the prosecution's words", "本院认为，被告人张某的行为已构成盗窃罪；公诉机关指控的罪名成立。", true},
		{"a finding the prosecution's words follow", "本院认为，被告人张某多次借酒生事，随意毁坏公私财物，其行为构成寻衅滋事罪，公诉机关指控的罪名成立。", true},
		{"the prosecution's finding", "公诉机关指控被告人张某的行为构成盗窃罪。", false},
		{"the prosecution's words alone", "本院认为，公诉机关指控被告人张某犯故意伤害罪的事实清楚，证据确实、充分，指控的罪名成立，本院予以支持。", false},
		{"the defence's words", "关于辩护人提出被告人张某的行为构成犯罪未遂的辩护意见，本院不予采纳。", false},
		{"a denial", "被告人李某的行为不构成自首。", false},
		{"no finding", "本院认为，被告人张某归案后如实供述自己的罪行，可以从轻处罚。", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := findsCrime([]Sentence{{Text: tt.text}}); got != tt.want {
				t.Errorf("findsCrime = %v, want %v", got, tt.want)
			}
		})
	}
}
