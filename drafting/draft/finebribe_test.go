package draft

import "testing"

func TestBribeFine(t *testing.T) {
	tests := []struct {
		name, charge       string
		months             int
		fine, amount, want float64
	}{
		{"贪污 of ten months below the floor", "贪污罪", 10, 60000, 90803, 100000},
		{"受贿 of three years above the first band's ceiling", "受贿罪", 36, 800000, 2000000, 500000},
		{"受贿 of four years below 200,000", "受贿罪", 48, 150000, 500000, 200000},
		{"受贿 of eleven years below 500,000", "受贿罪", 132, 300000, 2400000, 500000},
		{"贪污 of six years above twice the amount", "贪污罪", 72, 800000, 300000, 600000},
		{"行贿 below 100,000", "行贿罪", 15, 50000, 70000, 100000},
		{"行贿 above twice the amount", "行贿罪", 30, 500000, 120000, 240000},
		{"amount too small for the band", "受贿罪", 48, 150000, 60000, 200000},
		{"within the band", "受贿罪", 60, 300000, 1000000, 300000},
		{"no fine stays none", "受贿罪", 24, 0, 100000, 0},
		{"other charges untouched", "盗窃罪", 24, 5000, 100000, 5000},
		{"no amount stated: floor only", "行贿罪", 12, 500000, 0, 500000},
	}
	for _, tt := range tests {
		if got := bribeFine(tt.charge, tt.months, tt.fine, tt.amount); got != tt.want {
			t.Errorf("%s: bribeFine = %v, want %v", tt.name, got, tt.want)
		}
	}
}
