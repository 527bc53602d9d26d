package parse

import "regexp"

// part is a labelled stretch inside the facts.
type part struct {
	kind SectionKind
	r    rng
}

// factCues label the paragraph they open; a paragraph with no cue keeps
// the label of the one before. Order matters: the first match wins.
var factCues = []struct {
	kind SectionKind
	re   *regexp.Regexp
}{
	{Findings, regexp.MustCompile(`^(?:经审理查明|经审理，|经审理(?:认定|本院认定)|本院(?:经审理|二审|再审)?(?:查明|认定事实如下)|经本院审理查明|原判认定|原审(?:判决|法院)?认定|\S{0,30}指控并经(?:本院)?审理查明)`)},
	{Evidence, regexp.MustCompile(`^(?:上述|以上|认定上述|认定以上|认定该|本案)(?:犯罪)?事实\S{0,40}(?:证据|证实|证明)|^证据(?:有|如下)`)},
	{Claims, regexp.MustCompile(`^\S{0,30}(?:指控[：:，,]|指控被告|诉称|起诉称|上诉称|抗诉称|上诉(?:提出|理由)|抗诉(?:提出|理由|意见)|向本院提出(?:诉讼)?请求|诉讼请求)`)},
	{Defence, regexp.MustCompile(`^\S{0,40}(?:辩称|答辩称|辩解|辩护意见|辩护人\S{0,20}(?:提出|认为)|对\S{0,20}(?:无异议|有异议|供认不讳)|述称)`)},
}

// factParts labels the paragraphs of the facts section and merges runs of
// one label into a part.
func (d *doc) factParts(f rng) []part {
	var out []part
	var cur SectionKind
	for _, p := range d.paras {
		if p.e <= f.s || p.s >= f.e {
			continue
		}
		p = rng{max(p.s, f.s), min(p.e, f.e)}
		head := d.text[p.s:min(p.e, p.s+240)]
		for _, c := range factCues {
			if c.re.MatchString(head) {
				cur = c.kind
				break
			}
		}
		if cur == "" {
			continue
		}
		if n := len(out); n > 0 && out[n-1].kind == cur {
			out[n-1].r.e = p.e
			continue
		}
		out = append(out, part{cur, p})
	}
	return out
}
