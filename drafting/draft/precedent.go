package draft

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"sync"

	"leian/corpus"
	"leian/corpus/extract"
	"leian/corpus/parse"
	"leian/retrieval"
)

// precedent is a similar decided case as the drafter reads it.
type precedent struct {
	id         string
	score      float64
	reserved   bool // shown for a charge the predictor chose or hesitated over
	charges    []string
	written    []string // charges as its verdict words them
	defendants []string
	penalties  []*extract.Penalty // first defendant's first
	articles   []articleUse
	reasoning  string // 本院认为… up to the legal basis
	basisLead  string // how its legal basis opens: 依照, 据此，依照, 综上，根据 …
	// interps are the judicial interpretations its legal basis cites,
	// each with its articles (《最高人民法院…的解释》第一条、第二条).
	interps []string
	verdict string // the verdict items
	full    string
	state   caseState // what its facts state and its verdict did

	// amount is the largest sum its facts state, in yuan: the role its
	// reasoning's crime amount plays (adaptAmounts).
	amount float64
}

// caseState is what decides a judgment's general-part articles: the
// circumstances its facts state and what its verdict imposed.
type caseState struct {
	circs     []string
	fine      bool
	probation bool
	items     bool // further verdict items: 追缴, 没收, 退赔
	multi     bool // several defendants
	charges   int  // how many charges it convicts of
	// deprivedLife: it deprived political rights for life (art. 57).
	deprivedLife bool
	// deprivedTerm: it deprived political rights for some years (arts.
	// 55, 56).
	deprivedTerm bool
	// long: a fixed prison term of ten years or more to be served, the
	// terms courts deprive for some years (deprivation.go).
	long bool
	// imprisoned: a fixed-term prison sentence to be served, the one whose
	// term the time in custody is deducted from (arts. 45, 47).
	imprisoned bool
	// confiscated: it confiscated property (没收财产, art. 59).
	confiscated bool
}

// sentenced folds what a stored judgment's penalty for one defendant says
// about fines, life deprivation and a prison term to be served into s.
// Probation is left to the caller: the court habit excludes a suspended
// death sentence, the similar cases do not.
func (s *caseState) sentenced(pen *extract.Penalty) {
	s.fine = s.fine || pen.FineYuan > 0
	s.deprivedLife = s.deprivedLife || deprivedYearsOf(pen.Accessory) < 0
	s.deprivedTerm = s.deprivedTerm || deprivedYearsOf(pen.Accessory) > 0
	s.long = s.long || pen.Kind == "有期徒刑" && !pen.Probation && pen.Months >= longTermMonths
	s.imprisoned = s.imprisoned || pen.Kind == "有期徒刑" && !pen.Probation
	s.confiscated = s.confiscated || slices.ContainsFunc(pen.Accessory, confiscationAccessory)
}

// articleUse is one Criminal Law article a precedent cites.
type articleUse struct {
	number, suffix, paragraph, item int
}

var (
	basisHead = regexp.MustCompile(`(?:(?:据此|综上所述|综上|为此|因此)，?)?(?:本院)?(?:为[^，。]{2,40}，)?(?:依照|根据|依据)《`)
	// interpRe is a judicial interpretation a legal basis cites, with the
	// articles that follow its title.
	interpRe = regexp.MustCompile(`(?:《(?:最高人民法院|最高人民检察院)[^《》。]{4,80}》|(?:最高人民法院|最高人民检察院)[^《》。，；]{0,20}《关于[^《》。]{4,80}》)(?:(?:第[一二三四五六七八九十百零]+[条款]|第?[（(][一二三四五六七八九十]+[）)]项)[、，,]?)+`)
)

// loadPrecedents reads the results' documents, two at a time: decoding a
// stored judgment is most of a draft's time after the search.
func loadPrecedents(ctx context.Context, docs Documents, rs []retrieval.Result) []precedent {
	got := make([]*precedent, len(rs))
	var wg sync.WaitGroup
	for w := range 2 {
		wg.Go(func() {
			for i := w; i < len(rs); i += 2 {
				d, err := docs.Get(ctx, rs[i].ID)
				if err != nil || d == nil {
					continue // a result the store no longer holds is skipped
				}
				p := precedentOf(d)
				p.score, p.reserved = rs[i].Score, rs[i].Reserved
				if len(p.charges) == 0 {
					p.charges = rs[i].Charges
				}
				got[i] = &p
			}
		})
	}
	wg.Wait()
	var out []precedent
	for _, p := range got {
		if p != nil {
			out = append(out, *p)
		}
	}
	return out
}

func precedentOf(d *corpus.Document) precedent {
	p := precedent{id: d.ID, full: d.Text}
	s := d.Structure
	if s == nil {
		s = parse.Parse(d.Text)
	}
	e := d.Elements
	if e == nil {
		e = extract.Extract(d.Text, s)
	}
	p.charges = e.Charges
	for _, df := range e.Defendants {
		p.defendants = append(p.defendants, df.Name)
		p.penalties = append(p.penalties, df.Penalty)
		for _, w := range df.ChargesWritten {
			if !slices.Contains(p.written, w) {
				p.written = append(p.written, w)
			}
		}
	}
	for _, c := range e.Articles {
		if strings.Contains(c.Law, "刑法") || c.Law == "" {
			p.articles = append(p.articles, articleUse{c.Article, c.Suffix, c.Paragraph, c.Item})
		}
	}
	reasoning := s.SectionText(parse.Reasoning)
	if reasoning == "" {
		reasoning = d.Sections["reasoning"]
	}
	p.reasoning, p.basisLead = reasoningBody(reasoning)
	p.interps = basisInterpretations(reasoning)
	p.verdict = s.SectionText(parse.Verdict)
	if p.verdict == "" {
		p.verdict = d.Sections["verdict"]
	}
	facts := d.Sections["facts"]
	if facts == "" {
		facts = s.SectionText(parse.Facts)
	}
	pf := readFacts(facts)
	p.state.circs, p.amount = pf.circs, yuanOf(pf.amount)
	for _, pen := range p.penalties {
		if pen != nil {
			p.state.sentenced(pen)
			p.state.probation = p.state.probation || pen.Probation
		}
	}
	p.state.items = len(furtherItems(p.verdict)) > 0
	p.state.multi = len(p.defendants) > 1
	p.state.charges = len(p.charges)
	return p
}

// reasoningBody is the reasoning without its closing legal basis
// (依照《…》…之规定，判决如下：), which the drafter writes from its own
// articles, and the words that open that basis (据此，依照).
func reasoningBody(r string) (body, lead string) {
	r = strings.TrimSpace(r)
	if i := strings.Index(r, "本院认为"); i > 0 {
		r = r[i:]
	}
	if locs := basisHead.FindAllStringIndex(r, -1); len(locs) > 0 {
		last := locs[len(locs)-1]
		if last[0] > len(r)/3 {
			lead = strings.TrimSuffix(r[last[0]:last[1]], "《")
			r = r[:last[0]]
		}
	}
	r = strings.TrimRight(r, "，, ")
	if r != "" && !strings.HasSuffix(r, "。") {
		r += "。"
	}
	return r, lead
}

// basisInterpretations are the judicial interpretations the reasoning's
// closing legal basis cites (not those its argument mentions in passing),
// each once, in its order.
func basisInterpretations(r string) []string {
	locs := basisHead.FindAllStringIndex(r, -1)
	if len(locs) == 0 {
		return nil
	}
	basis := r[locs[len(locs)-1][0]:]
	if i := strings.Index(basis, "判决如下"); i >= 0 {
		basis = basis[:i]
	}
	var out []string
	for _, m := range interpRe.FindAllString(basis, -1) {
		m = strings.TrimRight(m, "、，,")
		if !slices.Contains(out, m) {
			out = append(out, m)
		}
	}
	return out
}
