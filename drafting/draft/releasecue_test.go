package draft

import "testing"

// TestReleaseNarrated: a release the facts tell is the unmeasured 累犯 cue;
// a record of one named in the evidence list is not. Sentences from LeCaRD
// candidate judgments outside dev and tune.
func TestReleaseNarrated(t *testing.T) {
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"record in the evidence list", "现场勘验检查笔录、提取笔录、辨认笔录及照片，刑事判决书，刑满释放证明书，抓获经过，人口查询信息等证据予以证实，足以认定。", false},
		{"release notice", "刑事判决书、刑满释放人员通知书、户籍信息等证据证实。", false},
		{"what a record proves", "刑事判决书、刑满释放证明书，证实被告人李某的前科情况及刑满释放时间。", false},
		{"release told", "2008年初，被告人黄某甲刑满释放后，怀疑是同屯的赵某乙告发而被判刑。", true},
		{"record and release told", "被告人因盗窃罪被判处有期徒刑一年，刑满释放后又盗窃。有刑满释放证明书证实。", true},
		{"no release", "被告人张某无前科。", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := releaseNarrated(tt.text); got != tt.want {
				t.Errorf("releaseNarrated = %v, want %v", got, tt.want)
			}
		})
	}
}
