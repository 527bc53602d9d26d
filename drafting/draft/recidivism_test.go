package draft

import (
	"regexp"
	"strings"
	"testing"
)

// The drafter's 累犯: written in the facts, or made by the law from the
// priors the facts state, and then cited (art. 65), stated in the
// reasoning, and never suspended.
func TestRecidivismFacts(t *testing.T) {
	const crime = "公诉机关指控：2012年8月12日，被告人陈三精在某超市窃取手机一部，价值人民币3000元。"
	tests := []struct {
		name   string
		facts  string
		want   bool
		reader bool // the law's reading, not the word, made the 累犯
	}{
		{"written", crime + "被告人陈三精系累犯。", true, false},
		{"released within five years", crime + "另查明，被告人陈三精曾因犯盗窃罪，2009年10月23日被海口市美兰区人民法院判处有期徒刑一年六个月，2011年1月9日刑满释放。", true, true},
		{"a later prior, its clause opening with its date", crime + "刑事判决书及释放证明证实，2003年5月6日陈三精因盗窃罪被判处有期徒刑一年，2004年5月5日刑满释放；2009年10月23日因盗窃罪被判处有期徒刑一年六个月，2011年1月9日刑满释放。", true, true},
		{"a term written before its kind", crime + "释放证明书证实，被告人陈三精因抢劫罪被海口市美兰区人民法院判处三年有期徒刑，于2011年1月9日被释放。", true, true},
		{"released over five years before", crime + "另查明，被告人陈三精曾因犯盗窃罪，2005年10月23日被海口市美兰区人民法院判处有期徒刑一年六个月，2007年1月9日刑满释放。", false, false},
		{"a prior 拘役", crime + "被告人陈三精曾因犯盗窃罪，2011年4月12日被三亚市城郊人民法院判处拘役五个月，2011年5月20日刑满释放。", false, false},
		{"a suspended prior", crime + "被告人陈三精曾因犯盗窃罪于2011年4月12日被判处有期徒刑一年，缓刑一年六个月。", false, false},
		{"released, no dates to measure", crime + "被告人陈三精刑满释放后不思悔改，再次盗窃。", true, false},
		{"no prior", crime, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := readFacts(tt.facts)
			if got := f.has("累犯"); got != tt.want {
				t.Fatalf("has(累犯) = %v, want %v (circs %v)", got, tt.want, f.circs)
			}
			r, ok := firstRecidivist(f, f.defendants)
			if ok != tt.reader {
				t.Fatalf("firstRecidivist() = %+v, %v, want %v", r, ok, tt.reader)
			}
			if ok && (r.Defendant != "陈三精" || !strings.Contains(r.Why, "2011年1月9日")) {
				t.Errorf("firstRecidivist() = %+v, want 陈三精 released 2011年1月9日", r)
			}
			st := caseState{circs: f.circs}
			if got := generalArticle(65).when(st); got != tt.want {
				t.Errorf("article 65 wanted = %v, want %v", got, tt.want)
			}
		})
	}
}

// A circumstance the facts only deny is not found; one also stated
// elsewhere is.
func TestAffirmedCircumstance(t *testing.T) {
	re := regexp.MustCompile(`累犯|自首`)
	tests := []struct {
		text string
		want bool
	}{
		{"被告人张某系累犯，应当从重处罚。", true},
		{"辩护人提出被告人张某不构成累犯。", false},
		{"被告人张某没有自首情节。", false},
		{"公诉机关认为被告人不属于自首；被告人张某系累犯。", true},
		{"累犯", true},
		{"", false},
	}
	for _, tt := range tests {
		if got := affirmed(tt.text, re); got != tt.want {
			t.Errorf("affirmed(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
