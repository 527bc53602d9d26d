package draft

import "testing"

func TestSidesWith(t *testing.T) {
	tests := []struct {
		name, finding, argument string
		want                    bool
	}{
		{"the argument restated", "张德保对单位尚有垫付资金376600元，即使存在幼儿园为张德保垫付车款的情形，也是债权债务，并非贪污受贿",
			"张德保对单位尚有垫付资金376600元，即使存在幼儿园为张德保垫付车款的情形，也是债权债务，并非贪污受贿", true},
		{"the argument's denial repeated", "于宝峰并不知道崔XX等人在大棚内栽阀盗窃原油",
			"其只是投资建设大棚，并不知道崔XX等人在大棚内的输油管线上栽阀盗窃原油的事", true},
		{"a finding against the denial", "2013年4月2日，被告人于宝峰、崔XX共同商定，由于宝峰出资，由崔XX出面以租地建设大棚为掩护，栽阀盗窃原油",
			"其只是投资建设大棚，并不知道崔XX等人在大棚内的输油管线上栽阀盗窃原油的事", false},
		{"未满 is no denial", "被告人刘某甲在旅社房间内，明知被害人赵某某未满十四周岁，先后两次与赵某某发生性行为",
			"与赵某某发生性行为，没有采取强迫手段，并且对其未满十四周岁不明知", false},
	}
	for _, tt := range tests {
		a := hanBigrams(tt.argument)
		for k := range argumentWords {
			delete(a, k)
		}
		if got := sidesWith(tt.finding, hanBigrams(tt.finding), tt.argument, a); got != tt.want {
			t.Errorf("%s: sidesWith = %v, want %v", tt.name, got, tt.want)
		}
	}
}
