package judge

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestNumberStringsReference checks the conversion against chinese2digits'
// output for every string JuDGE's scorer passed it on the dev files.
func TestNumberStringsReference(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(dataDir(t), "judge", "reference", "chinese2digits.json"))
	if err != nil {
		t.Fatal(err)
	}
	var ref map[string][]string
	if err := json.Unmarshal(b, &ref); err != nil {
		t.Fatal(err)
	}
	bad := 0
	for in, want := range ref {
		got := numberStrings(in)
		if len(want) == 0 && len(got) == 0 {
			continue
		}
		if !slices.Equal(got, want) {
			bad++
			t.Errorf("numberStrings(%q) = %q, want %q", in, got, want)
		}
	}
	t.Logf("%d/%d strings differ", bad, len(ref))
}

func TestNumberStrings(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"有期徒刑一年六个月", []string{"1", "6"}},
		{"有期徒刑二年零六个月", []string{"2", "06"}},
		{"拘役两个月", nil},
		{"罚金人民币两千元", []string{"2000"}},
		{"罚金人民币1,000元", []string{"1", "000"}},
		{"罚金人民币２０００元", nil},
		{"罚金人民币2.5万元", []string{"25000"}},
		{"第一百零三条", []string{"103"}},
		{"有期徒刑二年零十一个月", []string{"2", "1"}},
		{"罚金人民币一千二百万元", []string{"12000000"}},
	}
	for _, tt := range tests {
		if got := numberStrings(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("numberStrings(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
