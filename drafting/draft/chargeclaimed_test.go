package draft

import (
	"slices"
	"testing"
)

func TestDefenceClaimedCharges(t *testing.T) {
	tests := []struct {
		name, facts               string
		alleged, constit, claimed []string
	}{
		{"the defence's charge in a numbered point of its claim",
			"公诉机关认为，被告人赵海军等共同故意伤害他人身体，致一人死亡，其行为已构成故意伤害罪。 被告人赵海军的辩护人辩护称，指控赵海军犯故意伤害罪的证据不足：1、农国锋的证言前后矛盾。3、本案应以窝藏罪追究被告人赵海军的刑事责任，但其犯罪情节一般。",
			[]string{"故意伤害罪"}, []string{"故意伤害罪"}, []string{"窝藏罪"}},
		{"the defence's lesser charge",
			"公诉机关认为被告人黄国利的行为已构成强奸罪。 其辩护人提出被告人黄国利的行为构成强制猥亵罪，被告人黄国利已取得被害人的谅解。",
			nil, []string{"强奸罪"}, []string{"强制猥亵罪"}},
		{"a defence that concedes the charge",
			"袁康俊的辩护人对指控被告人袁康俊的行为构成非法拘禁罪没有异议，提出以下几点辩护意见。",
			nil, []string{"非法拘禁罪"}, nil},
		{"the evidence list's 供述和辩解 is no claim",
			"公诉机关向法庭提供了物证、书证、被告人供述及辩解等证据，认为被告人赵英志的行为已构成盗窃罪，要求本院依法追究其刑事责任。",
			nil, []string{"盗窃罪"}, nil},
		{"the court's answer after the claim",
			"关于被告人段某某辩护人的辩护意见，经查，段某某等人购进有毒有害胶囊后对胶囊进行包装，其行为属于生产行为，已构成生产、销售有毒、有害食品罪。",
			nil, []string{"生产、销售有毒、有害食品罪"}, nil},
		{"a charge the court adopts stays",
			"六名被告人的辩护人提出各被告人应以职务侵占罪追究刑事责任。 经查，依据罪行法定原则，被告人叶心武的犯罪行为应认定为职务侵占罪。",
			[]string{"职务侵占罪"}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := allegedCharges(tt.facts); !slices.Equal(got, tt.alleged) {
				t.Errorf("allegedCharges = %q, want %q", got, tt.alleged)
			}
			if got, _ := constitutedCharges(tt.facts); !slices.Equal(got, tt.constit) {
				t.Errorf("constitutedCharges = %q, want %q", got, tt.constit)
			}
			if got := readFacts(tt.facts).claimed; !slices.Equal(got, tt.claimed) {
				t.Errorf("claimed = %q, want %q", got, tt.claimed)
			}
		})
	}
}

// The defence's claim names the charge only when nothing else does: its
// 不应以诈骗罪追究 is then the charge the case is about.
func TestNamedChargesDefenceOnly(t *testing.T) {
	o := ruledOffline(t)
	tests := []struct {
		name, facts string
		want        []string
	}{
		{"the defence's charge gives way to the allegation",
			"公诉机关认为被告人黄国利的行为已构成强奸罪。 其辩护人提出被告人黄国利的行为构成强制猥亵罪，被告人黄国利已取得被害人的谅解。",
			[]string{"强奸罪"}},
		{"the defence's words alone still name the charge",
			"被告人马德彦辩护人认为被告人马德彦与马云飞主观上并没有诈骗钱财的共同故意，不符合诈骗罪的条件，不应以诈骗罪追究其刑事责任。",
			[]string{"诈骗罪"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := o.namedCharges(readFacts(tt.facts)); !slices.Equal(got, tt.want) {
				t.Errorf("namedCharges = %q, want %q", got, tt.want)
			}
		})
	}
}
