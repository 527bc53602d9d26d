package check

import (
	"context"
	"strings"

	"leian/corpus/extract"
	"leian/corpus/parse"
)

// chargeConsistency checks that the verdict convicts of the charges the
// reasoning found, and notes a charge changed from the indictment.
type chargeConsistency struct{}

func (chargeConsistency) Name() string { return "charge_consistency" }

// chargeMention is one charge written in a section.
type chargeMention struct {
	written, norm string
	start, end    int // rune offsets in the document
}

// chargesOf reads the charges written after 犯 or 构成 in section k.
func chargesOf(d *Document, k parse.SectionKind) []chargeMention {
	var out []chargeMention
	for _, s := range d.Structure.Sections {
		if s.Kind != k {
			continue
		}
		t := s.Text
		for _, cue := range []string{"犯", "构成", "以"} {
			for i := 0; i < len(t); {
				j := strings.Index(t[i:], cue)
				if j < 0 {
					break
				}
				cs := i + j // where the cue starts
				p := cs + len(cue)
				i = p
				// 不构成盗窃罪, 不能认定…: a charge the court rejects.
				negated := strings.HasSuffix(t[:cs], "不") || strings.HasSuffix(t[:cs], "不能") || strings.HasSuffix(t[:cs], "不应")
				for {
					c, n := extract.ChargeAt(t[p:])
					if n == 0 {
						break
					}
					norm, ok := extract.NormaliseCharge(c)
					if ok && !negated {
						a := s.Span.Start + runeLen(t[:p])
						out = append(out, chargeMention{c, norm, a, a + runeLen(c)})
					}
					p += n
					if !strings.HasPrefix(t[p:], "、") && !strings.HasPrefix(t[p:], "和") {
						break
					}
					p += len("、")
				}
			}
		}
	}
	return out
}

func (chargeConsistency) Check(_ context.Context, d *Document) []Finding {
	verdict := chargesOf(d, parse.Verdict)
	reasoning := chargesOf(d, parse.Reasoning)
	if len(verdict) == 0 || len(reasoning) == 0 {
		return nil
	}
	inReasoning := map[string]bool{}
	for _, m := range reasoning {
		inReasoning[m.norm] = true
	}
	claims := chargesOf(d, parse.Claims)
	inClaims := map[string]bool{}
	for _, m := range claims {
		inClaims[m.norm] = true
	}
	var out []Finding
	for _, m := range verdict {
		if inReasoning[m.norm] {
			continue
		}
		ev := []Evidence{}
		if r := d.Section(parse.Reasoning); r != nil {
			ev = append(ev, passage(d, reasoning[0].start, reasoning[0].end))
		}
		names := uniqueNorms(reasoning)
		out = append(out, at("consistency.charge", Error, m.start, m.end,
			"判决主文认定“"+m.written+"”，但本院认为部分认定的是"+names,
			"核对判决主文的罪名与本院认为部分是否一致", ev...))
	}
	if len(claims) > 0 {
		for _, m := range verdict {
			if !inClaims[m.norm] && inReasoning[m.norm] && !strings.Contains(d.Text, "变更") {
				out = append(out, at("consistency.charge_changed", Info, m.start, m.end,
					"判决罪名“"+m.written+"”与公诉机关指控的"+uniqueNorms(claims)+"不同",
					"改变指控罪名时，应在本院认为部分说明理由"))
			}
		}
	}
	return out
}

func uniqueNorms(ms []chargeMention) string {
	var out []string
	seen := map[string]bool{}
	for _, m := range ms {
		if !seen[m.norm] {
			seen[m.norm] = true
			out = append(out, m.norm)
		}
	}
	return strings.Join(out, "、")
}
