package draft

import "testing"

func TestCommonFine(t *testing.T) {
	tests := []struct {
		name     string
		in, want float64
	}{
		{"四千元 is written 五千元", 4000, 5000},
		{"六千元 is written 五千元", 6000, 5000},
		{"八千元 is written 一万元", 8000, 10000},
		{"一万五千元 is written 二万元", 15000, 20000},
		{"六万元 is written 五万元", 60000, 50000},
		{"八万元 is written 十万元", 80000, 100000},
		{"一万元 stays", 10000, 10000},
		{"四万元 stays (between 三万 and 五万)", 40000, 40000},
		{"十五万元 stays", 150000, 150000},
		{"an amount off the steps stays", 7500, 7500},
	}
	for _, tt := range tests {
		if got := commonFine(tt.in); got != tt.want {
			t.Errorf("%s: commonFine(%v) = %v, want %v", tt.name, tt.in, got, tt.want)
		}
	}
}
