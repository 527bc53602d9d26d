package draft

import (
	"slices"
	"testing"
)

// TestConfessionDenied: a surrender, confession or meritorious service the
// facts deny (无自首、立功情节, 未如实供述) is no stated circumstance; one
// they affirm elsewhere still is.
func TestConfessionDenied(t *testing.T) {
	tests := []struct {
		name      string
		facts     string
		surrender bool
		confessed bool
		merit     bool
	}{
		{"arrest account denies", "到案经过：证实被告人黄某系被动归案，无自首、立功情节。", false, false, false},
		{"findings deny", "被告人杨某归案后，未如实供述本案事实。", false, false, false},
		{"could not confess", "两被告人到案后避重就轻，未能如实供述，不构成自首。", false, false, false},
		{"refused", "被告人王某拒不如实交代其犯罪事实。", false, false, false},
		{"denied surrender, confessed", "被告人系被动归案，无自首情节，到案后如实供述自己的罪行。", false, true, false},
		{"surrendered", "被告人钟某案发后自动投案，并如实供述自己的罪行。", true, true, false},
		{"confessed", "被告人李某到案后能如实供述犯罪事实。", false, true, false},
		{"merit", "被告人李某到案后协助公安机关抓获同案犯，有立功表现。", false, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := readFacts(tt.facts)
			if got := slices.Contains(f.circs, "自首"); got != tt.surrender {
				t.Errorf("自首 = %v, want %v", got, tt.surrender)
			}
			if got := slices.Contains(f.circs, "坦白"); got != tt.confessed {
				t.Errorf("坦白 = %v, want %v", got, tt.confessed)
			}
			if got := slices.Contains(f.circs, "立功"); got != tt.merit {
				t.Errorf("立功 = %v, want %v", got, tt.merit)
			}
		})
	}
}
