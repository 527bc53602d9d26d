package draft

import "testing"

func TestInsurerStaffCharge(t *testing.T) {
	tests := []struct {
		name, leader, facts, want string
	}{
		{"the insurer's claims adjuster",
			"保险诈骗罪", "被告人李某利用担任某财产保险股份有限公司理赔员的职务便利，伪造事故车辆碰擦痕迹及理赔资料，将保险赔偿金107000元取出，余款占为己有。", "职务侵占罪"},
		{"a state-owned insurer's staff",
			"保险诈骗罪", "被告人王某系国有保险公司工作人员，利用其职务上的便利，编造未曾发生的保险事故进行虚假理赔，骗取保险金5万元。", "贪污罪"},
		{"no state functionary",
			"保险诈骗罪", "被告人李某系非国家工作人员，利用其理赔员的职务便利虚假理赔，骗取保险金。", "职务侵占罪"},
		{"the policyholder stays",
			"保险诈骗罪", "被告人张某驾驶其投保的车辆故意制造交通事故，向保险公司索赔，骗取保险金3万元。", "保险诈骗罪"},
		{"another leader is left alone",
			"诈骗罪", "被告人李某利用其职务便利，骗取公司货款。", "诈骗罪"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := insurerStaffCharge(tt.leader, tt.facts); got != tt.want {
				t.Errorf("insurerStaffCharge(%s) = %s, want %s", tt.leader, got, tt.want)
			}
		})
	}
}
