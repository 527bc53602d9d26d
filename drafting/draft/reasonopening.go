package draft

import (
	"regexp"
	"strings"
	"unicode"
)

// The reasoning opens with the allegation's finding on the act in the
// court's words (allegedFinding). The facts' first sentence of that shape
// is not always the prosecution's finding, nor a whole one: a party's
// denial (被告人辩称其行为不构成犯罪), a second charge's clause cut at a
// semicolon (…；同时以非法占有为目的，…其行为构成合同诈骗罪) or the clause
// after its subject (其行为已构成非法经营罪). The court's finding names who
// committed the act: in 6,284 LeCaRD first-instance judgments outside dev,
// tune, tune2 and the check set, 5,175 of the 5,252 reasonings whose first
// sentence finds a crime (构成) name its subject first (被告人甲…), none
// opens on 其行为 or a connective; on tune, 21 of 400 base drafts opened
// on a fragment (本院认为，同时以非法占有为目的…; 本院认为，其行为不构成犯罪).

var (
	// deniedFinding marks a finding that denies the crime (其行为不构成犯罪):
	// a party's view, not the court's.
	deniedFinding = regexp.MustCompile(`不构成|不能构成|不应构成|并不构成`)
	// openingLink is a connective carried over from the sentence before
	// (另, 同时, 且, 因此, 据此, 综上).
	openingLink = regexp.MustCompile(`^(?:另外|另|同时|并且|且|因此|所以|据此|综上所述|综上|故|还|又)[，,：:]?`)
	// accusedBy cuts who accused or confirmed before the accused
	// (公诉机关根据上述证据指控被告人甲的行为…, 公诉机关据此确认被告人甲…).
	accusedBy = regexp.MustCompile(`^[^，。]*?(?:指控|确认)[：:，,]?(?:的)?((?:被告|上述|各被告|[二三四五六七八九十两\d]+名?被告))`)
	// proposalTail is the sentencing proposal or request that follows the
	// finding (，提出对被告人甲判处五年以下有期徒刑的量刑建议; ，遂提请依法惩处).
	proposalTail = regexp.MustCompile(`[，,](?:系累犯，)?(?:[^，。]{0,20}，)?提出[^。]*|[，,]遂(?:提请|诉请|请求)[^。]*`)
	// namedSubject opens a finding that names its subject.
	namedSubject = regexp.MustCompile(`^(?:被告|上述|各被告|[二三四五六七八九十两\d]+名?被告)`)
	// notAnAct opens a finding on who proved or said it, or on a
	// condition, not on the act: no subject can be put before it.
	notAnAct = regexp.MustCompile(`^(?:被人|经查|[^，]*(?:机关|检察院|证据|事实|意见|认为|如果|若是|假如|辩称|辩解))`)
)

// openingFinding is the facts' finding as allegedFinding words it, unless
// it denies the crime or names no subject that can be given it, its
// leading connective, accuser and request dropped and its subject named
// (被告人<names>) when it had none: "" when the facts carry none.
func openingFinding(facts string, written, names []string) string {
	a := allegedFinding(facts, written)
	if a == "" || deniedFinding.MatchString(a) {
		return ""
	}
	for {
		b := openingLink.ReplaceAllString(a, "")
		if b == a {
			break
		}
		a = b
	}
	if loc := accusedBy.FindStringSubmatchIndex(a); loc != nil {
		a = a[loc[2]:]
	}
	// An accusation after the evidence (公诉机关同时举出了…等证据，指控被告人
	// 甲系村民小组长…).
	if i := strings.Index(a, "指控被告"); i > 0 && !strings.Contains(a[:i], "构成") {
		a = a[i+len("指控"):]
	}
	a = proposalTail.ReplaceAllString(strings.TrimSuffix(a, "。"), "") + "。"
	return withSubject(a, names)
}

// withSubject names the finding's subject when it has none: 其行为 becomes
// 被告人<name>的行为, the defendant's bare name gets 被告人, words before a
// later 被告人 go, a finding opening on the act (以非法获利为目的，…) gets
// 被告人<name> before it, when one defendant stands trial. One opening
// on who proved or said it, on a condition, a quotation or a number is not
// used.
func withSubject(a string, names []string) string {
	if namedSubject.MatchString(a) {
		return a
	}
	if len(names) != 1 {
		// Whose act a bare clause tells is not said when several stand
		// trial: it is left as the facts word it.
		return a
	}
	who := "被告人" + names[0]
	if rest, ok := strings.CutPrefix(a, "其行为"); ok {
		return who + "的行为" + rest
	}
	if strings.HasPrefix(a, names[0]) {
		return "被告人" + a
	}
	// Who said or proved it before the subject (以上犯罪事实检察机关提供了
	// 相关的证据证实，被告人甲的行为构成诈骗罪).
	if i := strings.Index(a, "，被告"); i >= 0 && !strings.Contains(a[:i], "构成") {
		return a[i+len("，"):]
	}
	if r := []rune(a); len(r) > 0 && unicode.Is(unicode.Han, r[0]) && !notAnAct.MatchString(a) {
		return who + a
	}
	return ""
}
