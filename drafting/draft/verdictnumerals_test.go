package draft

import "testing"

// Verdict snippets from tune items.
func TestFineNumerals(t *testing.T) {
	tests := []struct {
		verdict string
		want    string
		yuan    string // 20000 yuan in that court's numerals
	}{
		{"被告人代义方犯诈骗罪，判处有期徒刑三年六个月，并处罚金30000元。", numeralsDigits, "20000"},
		{"二、被告人刘文秀犯非法吸收公众存款罪，判处有期徒刑五年，并处罚金人民币10万元。", numeralsWan, "2万"},
		{"被告人苗凤妹犯贩卖毒品罪，判处有期徒刑三年，并处罚金人民币二千元", numeralsHan, "二万"},
		{"被告人洪某犯故意杀人罪，判处有期徒刑五年。", "", "二万"},
	}
	for _, tt := range tests {
		got := fineNumeralsOf(tt.verdict)
		if got != tt.want {
			t.Errorf("fineNumeralsOf(%q) = %q, want %q", tt.verdict, got, tt.want)
		}
		if y := (houseWording{numerals: got}).yuan(20000); y != tt.yuan {
			t.Errorf("yuan(20000) in %q numerals = %q, want %q", got, y, tt.yuan)
		}
	}
}
