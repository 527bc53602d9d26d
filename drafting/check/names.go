package check

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"leian/corpus/parse"
)

// defendantNames checks that each defendant is named the same way in the
// header, the facts, the reasoning and the verdict.
type defendantNames struct{}

func (defendantNames) Name() string { return "defendant_names" }

// roleWords precede a defendant's name.
var roleWords = []string{"被告人", "上诉人", "罪犯", "被告", "被告人）", "被告人)"}

// aliasRe reads the other names of a party: （别名杨礼礼）, （曾用名李贵明、绰号杨二）.
var aliasRe = regexp.MustCompile(`(?:别名|曾用名|化名|绰号|又名|小名|外号)[：:“"]?([\p{Han}、]{2,12})`)

// notNameRunes end or join a name and so cannot be a misspelt part of one.
const notNameRunes = "等及和与的在均对系为之是其将因于与被向了到把从已也并或、，。；：（）某×*＊甲乙丙丁一二三四五六七八九十"

func (defendantNames) Check(_ context.Context, d *Document) []Finding {
	names := defendantList(d)
	if len(names) == 0 {
		return nil
	}
	rs := d.Runes()
	known := map[string]bool{}
	for _, n := range names {
		known[n] = true
	}
	// Names the header declares as the same person's (别名, 曾用名, 绰号).
	for _, m := range aliasRe.FindAllStringSubmatch(d.Text, -1) {
		for _, a := range strings.Split(m[1], "、") {
			known[a] = true
		}
	}
	var out []Finding
	// Two names of the document one letter apart, one written once and
	// the other often: the single one is the slip. Siblings (韩雪强, 韩雪飞)
	// are each written many times, and two listed parties are two people.
	for i, a := range names {
		for _, b := range names[i+1:] {
			if k := oneApart(a, b); k >= 0 {
				ca, cb := strings.Count(d.Text, a), strings.Count(d.Text, b)
				bad, good := a, b
				if ca > cb {
					bad, good = b, a
				}
				if strings.Count(d.Text, bad) > 2 || strings.Count(d.Text, good) < 3 || isParty(d, bad) && isParty(d, good) {
					continue
				}
				delete(known, bad)
				for _, p := range indexAll(rs, []rune(bad)) {
					out = append(out, nameFinding(d, p, p+len([]rune(bad)), bad, good))
				}
			}
		}
	}
	for n := range known {
		nr := []rune(n)
		// Masked names (张某, 李某某) differ from one another in the
		// surname only: a different letter there is a different person.
		if len(nr) < 2 || len(nr) > 5 || strings.ContainsAny(n, "某×*＊") || strings.Count(d.Text, n) < 2 {
			continue
		}
		variants := map[string][]int{}
		for i := 0; i+len(nr) <= len(rs); i++ {
			if rs[i] != nr[0] && rs[i+len(nr)-1] != nr[len(nr)-1] {
				continue
			}
			k := mismatch(rs[i:i+len(nr)], nr)
			if k < 0 || !unicode.Is(unicode.Han, rs[i+k]) || strings.ContainsRune(notNameRunes, rs[i+k]) {
				continue
			}
			cand := string(rs[i : i+len(nr)])
			if known[cand] || isOtherParty(d, cand) {
				continue
			}
			// Short names and a changed surname need a role word before
			// them to be read as a name at all.
			if (len(nr) == 2 || k == 0) && !afterRole(rs, i) {
				continue
			}
			variants[cand] = append(variants[cand], i)
		}
		for cand, at := range variants {
			// A slip is made once or twice; a spelling used throughout is
			// another person (a co-defendant tried apart, a witness).
			if len(at) > 2 {
				continue
			}
			for _, i := range at {
				out = append(out, nameFinding(d, i, i+len(nr), cand, n))
			}
		}
	}
	return out
}

func nameFinding(d *Document, a, b int, bad, good string) Finding {
	f := at("consistency.defendant_name", Error, a, b,
		"被告人姓名前后不一致：此处写作“"+bad+"”，文书其他部分为“"+good+"”", "统一为“"+good+"”")
	if p := strings.Index(d.Text, good); p >= 0 {
		s := runeLen(d.Text[:p])
		f.Evidence = []Evidence{passage(d, s, s+runeLen(good))}
	}
	return f
}

// isParty reports whether name is listed among the parties.
func isParty(d *Document, name string) bool { return isOtherParty(d, name) }

// defendantList is every defendant name of the parties and the verdict; a
// verdict name that merely extends a listed name (戴高能的) is the same person.
func defendantList(d *Document) []string {
	var out []string
	add := func(n string) {
		n = strings.TrimSpace(n)
		if n == "" || len([]rune(n)) > 6 {
			return
		}
		for _, x := range out {
			if x == n {
				return
			}
		}
		out = append(out, n)
	}
	for _, p := range d.Structure.Parties {
		if p.Principal && strings.Contains(p.Role, "被告人") {
			add(p.Name)
		}
	}
	listed := len(out)
	for _, def := range d.Elements.Defendants {
		extends := false
		for _, n := range out[:listed] {
			if strings.HasPrefix(def.Name, n) || strings.HasPrefix(n, def.Name) {
				extends = true
			}
		}
		if !extends {
			add(def.Name)
		}
	}
	return out
}

// isOtherParty reports whether name is some other party of the case.
func isOtherParty(d *Document, name string) bool {
	for _, p := range d.Structure.Parties {
		if p.Name == name {
			return true
		}
	}
	return false
}

func afterRole(rs []rune, i int) bool {
	for _, w := range roleWords {
		wr := []rune(w)
		if i >= len(wr) && string(rs[i-len(wr):i]) == w {
			return true
		}
	}
	return false
}

// mismatch returns the one index where a and b differ, or -1 when they
// differ in no place or in more than one.
func mismatch(a, b []rune) int {
	k := -1
	for i := range a {
		if a[i] != b[i] {
			if k >= 0 {
				return -1
			}
			k = i
		}
	}
	return k
}

func oneApart(a, b string) int {
	ar, br := []rune(a), []rune(b)
	if len(ar) != len(br) || len(ar) < 2 || strings.ContainsAny(a+b, "某×*＊") {
		return -1
	}
	return mismatch(ar, br)
}

func indexAll(rs, sub []rune) []int {
	var out []int
	if len(sub) == 0 {
		return nil
	}
	for i := 0; i+len(sub) <= len(rs); i++ {
		if rs[i] == sub[0] && slices.Equal(rs[i:i+len(sub)], sub) {
			out = append(out, i)
		}
	}
	return out
}

// inSection reports whether rune offset p lies in a section of kind k.
func inSection(d *Document, k parse.SectionKind, p int) bool {
	for _, s := range d.Structure.Sections {
		if s.Kind == k && p >= s.Span.Start && p < s.Span.End {
			return true
		}
	}
	return false
}
