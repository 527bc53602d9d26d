package analysis

import (
	"strings"
	"testing"
)

var benchText = strings.Repeat("经审理查明，2017年8月15日16时25分许，被告人应国平驾驶牌号赣E×××的重型货车，沿南昌市青山湖区昌东大道由南往北行驶，致一人重伤二级。依照《中华人民共和国刑法》第一百三十三条的规定，判处有期徒刑一年五个月。", 20)

func BenchmarkRawSegment(b *testing.B) {
	seg, _ := segmenterOnce()
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		seg.Segment([]byte(benchText))
	}
}

func BenchmarkSearchTokenize(b *testing.B) {
	tok, _ := NewTokenizer(Search, false)
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		tok.Tokenize([]byte(benchText))
	}
}
func BenchmarkFold(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		fold(benchText)
	}
}
