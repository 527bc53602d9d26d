package draft

import (
	"strings"
	"testing"
)

func TestWordReading(t *testing.T) {
	tests := []struct {
		reading string
		want    bool
	}{
		{"殴打", true},
		{"抢走", true},
		{"挪用", true},
		{"质证", true},
		{"谯兵", false},
		{"闪鹏", false},
		{"谈振", false},
		{"代伟", false},
		{"占陆军", false},
		{"弓团周", false},
	}
	for _, tt := range tests {
		if got := wordReading(tt.reading); got != tt.want {
			t.Errorf("wordReading(%s) = %v, want %v", tt.reading, got, tt.want)
		}
	}
}

func TestPersonsOnlyDropsWords(t *testing.T) {
	// Anonymised facts: the name after 被告人 was removed, leaving a verb.
	text := "被告人谯兵伙同他人" + strings.Repeat("，被告人殴打被害人", 8) + strings.Repeat("，谯兵", 8)
	got := personsOnly(text, []string{"谯兵", "殴打"})
	if len(got) != 1 || got[0] != "谯兵" {
		t.Errorf("personsOnly = %v, want [谯兵]", got)
	}
}
