package anonymize

import (
	"slices"
	"testing"
)

// TestPossessorNames checks names before 的 and what a person has, says
// or is to others, read after a verb or after a character that is no
// surname, and two-character names after a verb or preposition.
func TestPossessorNames(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"吴某收到钱后，按照曾晶晶的指示，将其中的16800元发放。", []string{"曾晶晶"}},
		{"并将该1000000元存在其家保姆刘晶晶的银行卡下。", []string{"刘晶晶"}},
		{"后进入隔壁房间内，强行亲吻、抚摸陈雅娟的脸部。", []string{"陈雅娟"}},
		{"趁被害人去洗澡之际，吕某使用李飞的手机转账。", []string{"李飞"}},
		{"以为被害人申请办理提升信用卡透支额度的名义骗取钱款。", nil},
		{"跟我在达成工业区装货的仓库一样。", nil},
		{"用于抢购华为官网的手机。", nil},
		{"当时我和李涛在翠江锦苑的房子退了。", nil},
		{"采用溜门入室的方式而进入一楼邵昆的卧室内。", nil}, // 楼 is the floor's
	}
	for _, c := range cases {
		if got := possessorNames(c.text); !slices.Equal(got, c.want) {
			t.Errorf("possessorNames(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
