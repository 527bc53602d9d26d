package draft

import (
	"slices"
	"testing"
)

func TestProposalSpeakerObject(t *testing.T) {
	tests := []struct {
		name  string
		facts string
		names []string
		want  []termProposal
	}{
		{"counsel on the indictment (对公诉机关指控)",
			"辩护人对公诉机关指控的罪名不持异议。认为被告人秦海涛犯罪情节轻微，未造成严重后果，被告人系限制刑事责任能力人，依法应从轻处罚，根据犯罪情节和悔罪表现，建议在一年以下有期徒刑的量刑幅度内予以处罚并宣告缓刑。",
			[]string{"秦海涛"}, []termProposal{{}}},
		{"counsel's numbered opinion (对公诉机关指控被告人)",
			"其辩护人提出的辩护意见是：1、对公诉机关指控被告人汪某的犯罪事实没有异议，但认为应当以协助他人组织卖淫罪追究被告人汪某的刑事责任；2、被告人汪某系初犯、认罪、悔罪，建议法庭对其判处三年以下有期徒刑，并适用缓刑。",
			[]string{"徐军", "汪某"}, []termProposal{{}, {}}},
		{"the prosecution speaking still counts",
			"公诉机关提供了相关证据材料，认为被告人王哲明的行为已构成贩卖毒品罪，且系累犯。 根据以上事实、情节，公诉机关建议以贩卖毒品罪判处被告人王哲明有期徒刑十年，并处罚金。",
			[]string{"王哲明"}, []termProposal{{lo: 120, hi: 120, exact: true}}},
	}
	for _, tt := range tests {
		if got := proposedTerms(tt.facts, tt.names); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestLastProsecutionSpeaker(t *testing.T) {
	tests := []struct {
		para string
		want int
	}{
		{"辩护人对公诉机关指控的罪名不持异议", -1},
		{"法与公诉机关指控涉案赌博金额是641万元相互印证", -1},
		{"公诉机关认为，被告人", 0},
		{"被告人对公诉机关的量刑建议无异议", -1},
	}
	for _, tt := range tests {
		if got := lastProsecutionSpeaker(tt.para); got != tt.want {
			t.Errorf("lastProsecutionSpeaker(%q) = %d, want %d", tt.para, got, tt.want)
		}
	}
}
