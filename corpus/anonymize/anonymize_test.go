package anonymize

import (
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"leian/corpus/parse"
	"leian/internal/dataset"
)

// bundleText reads one judgment (or party-and-facts text) from the bundle.
func bundleText(t *testing.T, rel string, line int, field string) string {
	t.Helper()
	var text string
	dataset.Lines(t, rel, func(n int, b []byte) bool {
		if n < line {
			return true
		}
		var rec map[string]any
		if err := json.Unmarshal(b, &rec); err != nil {
			t.Fatalf("%s line %d: %v", rel, n, err)
		}
		s, ok := rec[field].(string)
		if !ok {
			t.Fatalf("%s line %d: no string field %q", rel, n, field)
		}
		text = s
		return false
	})
	if text == "" {
		t.Fatalf("%s line %d field %s: empty", rel, line, field)
	}
	return text
}

var mobile = regexp.MustCompile(`(?:^|\D)1[3-9]\d{9}(?:\D|$)`)

// TestRealJudgments anonymises real bundle documents and checks what the
// rules require of each, reading the expectations from the parser's view of
// the original (roles, judges) rather than from the anonymiser.
func TestRealJudgments(t *testing.T) {
	cases := []struct {
		name        string
		rel, field  string
		line        int
		minPersons  int
		kinds       []Kind // kinds that must be redacted at least once
		sameSurname bool   // two persons share a surname: 甲/乙 forms expected
	}{
		{"traffic, one defendant, lawyer, bench of three", "lecard/candidates.jsonl.gz", "qw", 1, 1, []Kind{Name, BirthDate}, false},
		{"fraud ring, five defendants and two 刘", "lecard/candidates.jsonl.gz", "qw", 2, 8, []Kind{Name, BirthDate}, true},
		{"drugs, defendant already masked", "lecard/candidates.jsonl.gz", "qw", 3, 0, nil, false},
		{"two defendants, ages only", "lecard/candidates.jsonl.gz", "qw", 4, 2, []Kind{Name}, false},
		{"organised selling, two 曹, one with 曾用名", "lecard/candidates.jsonl.gz", "qw", 6, 2, []Kind{Name, BirthDate}, true},
		{"robbery, many 陈 and 林, 户籍 and 住", "lecard/candidates.jsonl.gz", "qw", 7, 10, []Kind{Name, BirthDate}, true},
		{"forgery, two 周 defendants", "lecard/candidates.jsonl.gz", "qw", 12, 2, []Kind{Name}, true},
		{"JuDGE judgment, names already pseudonymised as 张3", "judge/judge.jsonl", "fd", 1, 0, []Kind{BirthDate}, false},
		{"civil loan parties (SCM), masked names", "scm/triplets.jsonl", "A", 1, 0, []Kind{BirthDate}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := bundleText(t, c.rel, c.line, c.field)
			res, err := Anonymize(text, Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkConsistent(t, text, res)
			before, after := parse.Parse(text), parse.Parse(res.Text)
			if !sameParse(before, after) {
				t.Errorf("parser reads the anonymised text differently:\nbefore %v\nafter  %v", summary(before), summary(after))
			}
			for _, j := range before.Judges {
				if !strings.Contains(strings.Join(strings.Fields(res.Text), ""), j.Name) {
					t.Errorf("judge/clerk %s (%s) removed", j.Role, "signature")
				}
			}
			for i, p := range before.Parties {
				if !p.Principal || !isPersonName(p.Name) || strings.Contains(p.Role, "机关") {
					continue
				}
				if strings.Contains(res.Text, p.Name) {
					t.Errorf("party %d (%s) still named in the output", i, p.Role)
				}
				if strings.Contains(p.Role, "被告人") && p.Birth != "" && strings.Contains(res.Text, p.Birth+"出生") {
					t.Errorf("party %d birth date kept", i)
				}
			}
			for i, p := range before.Parties {
				if !p.Principal && strings.Contains(p.Text, "律师事务所") && isPersonName(p.Name) && !strings.Contains(res.Text, p.Name) {
					t.Errorf("lawyer %d removed: 第十一条 keeps lawyers' names", i)
				}
			}
			if before.Court != "" && !strings.Contains(res.Text, before.Court) {
				t.Errorf("court name removed")
			}
			if res.Persons < c.minPersons {
				t.Errorf("%d persons renamed, want ≥ %d", res.Persons, c.minPersons)
			}
			for _, k := range c.kinds {
				if res.Counts[k] == 0 {
					t.Errorf("no %s redacted", k)
				}
			}
			if idRe.MatchString(res.Text) || mobile.MatchString(res.Text) {
				t.Errorf("an ID or mobile number is left")
			}
			ordinal := false
			for f := range res.Forms {
				if strings.HasSuffix(f, "某甲") || strings.HasSuffix(f, "某乙") {
					ordinal = true
				}
			}
			if ordinal != c.sameSurname {
				t.Errorf("甲/乙 forms used = %v, want %v (forms %v)", ordinal, c.sameSurname, res.Forms)
			}
		})
	}
}

// checkConsistent checks the redaction list against the two texts: spans
// cover what they say, and one original always gets one 某 form.
func checkConsistent(t *testing.T, text string, res *Result) {
	t.Helper()
	in, out := []rune(text), []rune(res.Text)
	form := map[string]string{}
	owner := map[string]int{}
	prevEnd := 0
	for i, r := range res.Redactions {
		if r.ByteStart < prevEnd || r.ByteEnd <= r.ByteStart || r.ByteEnd > len(text) {
			t.Fatalf("redaction %d: bytes %d–%d out of order or range", i, r.ByteStart, r.ByteEnd)
		}
		prevEnd = r.ByteEnd
		if string(in[r.RuneStart:r.RuneEnd]) != text[r.ByteStart:r.ByteEnd] {
			t.Fatalf("redaction %d: rune span does not match byte span", i)
		}
		if string(out[r.OutRuneStart:r.OutRuneEnd]) != r.Replacement {
			t.Fatalf("redaction %d: output span does not hold the replacement %q", i, r.Replacement)
		}
		if r.Kind != Name {
			continue
		}
		if f, ok := form[r.Hash]; ok && f != r.Replacement {
			t.Errorf("one person got two forms: %s and %s", f, r.Replacement)
		}
		if o, ok := owner[r.Replacement]; ok && o != r.Person {
			t.Errorf("form %s stands for two persons", r.Replacement)
		}
		form[r.Hash], owner[r.Replacement] = r.Replacement, r.Person
	}
}

func sameParse(a, b *parse.Structure) bool {
	return slices.Equal(summary(a), summary(b))
}

func summary(s *parse.Structure) []string {
	out := []string{s.Court, s.DocType, s.CaseType, s.Procedure}
	if s.CaseNumber != nil {
		out = append(out, s.CaseNumber.Raw)
	}
	for _, sec := range s.Sections {
		out = append(out, string(sec.Kind))
	}
	for _, p := range s.Parties {
		out = append(out, p.Role)
	}
	for _, j := range s.Judges {
		out = append(out, j.Role+j.Name)
	}
	return out
}

func TestRefusesBadInput(t *testing.T) {
	for _, c := range []struct {
		name string
		text string
		want error
	}{
		{"empty", "", ErrEmpty},
		{"blank", " \n\t", ErrEmpty},
		{"not UTF-8", "被告人\xff\xfe", ErrEncoding},
		{"too large", strings.Repeat("判", MaxBytes/3+1), ErrTooLarge},
	} {
		t.Run(c.name, func(t *testing.T) {
			if _, err := Anonymize(c.text, Options{}); err != c.want {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
		})
	}
}

// TestHashKeyed checks that hashes are keyed: the same name gets the same
// hash under one key and a different one under another.
func TestHashKeyed(t *testing.T) {
	text := bundleText(t, "lecard/candidates.jsonl.gz", 1, "qw")
	a, _ := Anonymize(text, Options{HashKey: []byte("k1")})
	b, _ := Anonymize(text, Options{HashKey: []byte("k2")})
	if len(a.Redactions) == 0 || len(a.Redactions) != len(b.Redactions) {
		t.Fatalf("redactions %d and %d", len(a.Redactions), len(b.Redactions))
	}
	if a.Redactions[0].Hash == b.Redactions[0].Hash {
		t.Errorf("hash does not depend on the key")
	}
	if !utf8.ValidString(a.Text) {
		t.Errorf("output not UTF-8")
	}
}

// BenchmarkAnonymize anonymises the first 50 LeCaRD judgments per iteration.
func BenchmarkAnonymize(b *testing.B) {
	var texts []string
	dataset.Lines(b, "lecard/candidates.jsonl.gz", func(_ int, line []byte) bool {
		var r struct{ Qw string }
		if err := json.Unmarshal(line, &r); err != nil {
			b.Fatal(err)
		}
		texts = append(texts, r.Qw)
		return len(texts) < 50
	})
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			if _, err := Anonymize(t, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestExecutionOfficer checks that an 执行员 the facts name (a witness,
// or the officer a defendant obstructed) is renamed under 第八条第（二）项,
// while the 执行员 who signs the court's own ruling is kept.
func TestExecutionOfficer(t *testing.T) {
	cases := []struct {
		name, text    string
		renamed, kept []string
	}{
		{"witness in the facts",
			"被告人王秀莲，女，汉族。\n经审理查明，卷内只有执行员刘振东证实王秀莲应当知道房产被查封，执行员曹立军、书记员张某执行公务证明。\n" +
				"审判长彭鹤龄\n审判员齐文\n二〇一八年九月十八日\n书记员刘珏",
			[]string{"刘振东", "曹立军"}, []string{"彭鹤龄", "齐文", "刘珏"}},
		{"signing officer of an execution ruling",
			"江西省南昌市青山湖区人民法院\n执行裁定书\n（2018）赣0111执123号\n申请执行人李成，男，汉族。\n被执行人赵国华，男，汉族。\n" +
				"本院在执行过程中，被执行人赵国华未履行义务。依照《中华人民共和国民事诉讼法》第二百五十一条的规定，裁定如下：\n" +
				"冻结被执行人赵国华的存款。\n本裁定送达后立即生效。\n审判长彭鹤龄\n执行员孙立新\n二〇一八年九月十八日\n书记员刘珏",
			[]string{"赵国华"}, []string{"孙立新", "彭鹤龄", "刘珏"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := Anonymize(c.text, Options{HashKey: []byte("k")})
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range c.renamed {
				if strings.Contains(res.Text, n) {
					t.Errorf("%s kept:\n%s", n, res.Text)
				}
			}
			for _, n := range c.kept {
				if !strings.Contains(res.Text, n) {
					t.Errorf("%s renamed:\n%s", n, res.Text)
				}
			}
		})
	}
}
