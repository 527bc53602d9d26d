package draft

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"

	"leian/corpus"
	"leian/corpus/cite"
	"leian/corpus/extract"
	"leian/corpus/parse"
	"leian/drafting/sentencing"
	"leian/retrieval"
)

// Carry is one thing the judge decided in the model case and what became
// of it in a member's draft (类案批量智审): carried over as decided, or
// changed, added or dropped for the member's own elements, and why.
type Carry struct {
	Element string `json:"element"` // 罪名, 法条, 本院认为, 刑期, 缓刑, 罚金, 利率, 判项
	Model   string `json:"model"`   // the model case's decision
	Draft   string `json:"draft"`   // the member's draft
	Action  string `json:"action"`  // carried, changed, added, dropped
	Why     string `json:"why,omitempty"`
}

// Carry actions.
const (
	Carried = "carried"
	Changed = "changed"
	Added   = "added"
	Dropped = "dropped"
)

// Term-ratio bounds: the member's term stays within a third and three
// times the model's; further apart, the cases are not alike enough for a
// model to set the term, and the judge is told so.
const (
	minTermRatio = 1.0 / 3
	maxTermRatio = 3.0
)

// modelDocument is the decided model case of r: the document the service
// loaded, or the pasted judgment parsed.
func modelDocument(r Request) *corpus.Document {
	if r.Model != nil {
		return r.Model
	}
	if strings.TrimSpace(r.ModelText) == "" {
		return nil
	}
	return &corpus.Document{ID: "model", Text: r.ModelText}
}

// modelPrecedent reads the model case as a precedent; a stored record
// whose text has no verdict (a CAIL2018 fact) gives the outcome its
// source recorded: charges, articles, term and fine.
func modelPrecedent(d *corpus.Document) precedent {
	p := precedentOf(d)
	if !slices.ContainsFunc(p.penalties, func(x *extract.Penalty) bool { return x != nil }) {
		if kind, months, ok := d.Decided(); ok {
			pen := &extract.Penalty{Kind: kind, Months: months}
			for _, l := range d.Labels {
				if l.Fine != nil {
					pen.FineYuan = *l.Fine
					break
				}
			}
			p.penalties = []*extract.Penalty{pen}
			p.state.fine = pen.FineYuan > 0
		}
	}
	for _, l := range d.Labels {
		if len(p.articles) == 0 {
			for _, n := range l.Articles {
				p.articles = append(p.articles, articleUse{number: n})
			}
		}
		if len(p.charges) == 0 {
			for _, c := range l.Charges {
				if n, ok := extract.NormaliseCharge(c); ok && !slices.Contains(p.charges, n) {
					p.charges = append(p.charges, n)
				}
			}
		}
	}
	return p
}

// modelFacts is what the model case's facts state, read as the estimator
// reads a pending case's.
func modelFacts(d *corpus.Document) string {
	if f := d.Sections["facts"]; f != "" {
		return f
	}
	s := d.Structure
	if s == nil {
		s = parse.Parse(d.Text)
	}
	if f := s.SectionText(parse.Facts); f != "" {
		return f
	}
	return d.Text
}

// modelArticles are the articles the model case cites, each kept when the
// member's state still calls for it: an article of the special part or one
// a circumstance does not decide is carried; a circumstance's article
// (自首, 累犯, 缓刑, 罚金…) is kept only when the member shares the
// circumstance, and added when only the member has it.
func (o *Offline) modelArticles(charges []string, f caseFacts, st caseState, m precedent) ([]Article, []Carry) {
	var out []Article
	var carries []Carry
	seen := map[[2]int]bool{}
	add := func(c cite.Citation, why string) Article {
		a := o.article(c)
		a.Why = why
		out = append(out, a)
		seen[[2]int{c.Article, c.Suffix}] = true
		return a
	}
	for _, c := range charges {
		if nos, ok := o.Rules.Charges.Principal(c); ok && len(nos) > 0 && !seen[[2]int{nos[0].Number, nos[0].Suffix}] {
			add(cite.Citation{Law: criminalLaw, Article: nos[0].Number, Suffix: nos[0].Suffix}, c+"的罪状与法定刑")
		}
	}
	for _, u := range m.articles {
		k := [2]int{u.number, u.suffix}
		if seen[k] {
			continue
		}
		c := cite.Citation{Law: criminalLaw, Article: u.number, Suffix: u.suffix, Paragraph: u.paragraph, Item: u.item}
		g := generalArticle(u.number)
		if g == nil || u.suffix != 0 {
			a := add(c, "范本案件援引")
			carries = append(carries, Carry{Element: "法条", Model: a.Label, Draft: a.Label, Action: Carried})
			continue
		}
		label := o.article(c).Label
		if !g.when(st) || !g.found(st) {
			seen[k] = true
			carries = append(carries, Carry{Element: "法条", Model: label, Action: Dropped, Why: "本案无此情形（" + g.why + "）"})
			continue
		}
		if g.paragraph != nil {
			if p, ok := g.paragraph(f); ok {
				c.Paragraph, c.Item = p, 0
			}
		}
		a := add(c, "范本案件援引，本案亦有此情形（"+g.why+"）")
		action := Carried
		if a.Label != label {
			action = Changed
		}
		carries = append(carries, Carry{Element: "法条", Model: label, Draft: a.Label, Action: action, Why: g.why})
	}
	for _, g := range generalArticles {
		if seen[[2]int{g.number, 0}] || !g.calledFor(st) {
			continue
		}
		c := cite.Citation{Law: criminalLaw, Article: g.number}
		if g.paragraph != nil {
			if p, ok := g.paragraph(f); ok {
				c.Paragraph = p
			}
		}
		a := add(c, g.why+"：本案有此情形，范本案件未援引")
		carries = append(carries, Carry{Element: "法条", Draft: a.Label, Action: Added, Why: "本案有此情形（" + g.why + "），范本案件没有"})
	}
	sortArticles(out)
	return out, carries
}

// modelPenalties give each defendant the model case's decided penalty,
// its term scaled by how the sentencing estimator sees the member against
// the model (amount, circumstances, everything the estimator reads); with
// no estimator the term is carried unchanged.
func (o *Offline) modelPenalties(ctx context.Context, r Request, f caseFacts, names, charges []string, m precedent, md *corpus.Document) ([]Penalty, []Carry) {
	var base *extract.Penalty
	for _, p := range m.penalties {
		if p != nil {
			base = p
			break
		}
	}
	if base == nil || !slices.Contains(termKinds, base.Kind) || base.Months <= 0 {
		pens := o.penalties(ctx, r, f, names, charges, []precedent{m})
		why := "范本案件未判处有期徒刑、拘役或管制，按范本与量刑模型推荐"
		return pens, []Carry{{Element: "刑期", Model: penaltyText(base), Draft: penText(pens), Action: Changed, Why: why}}
	}
	ratio, why := o.termRatio(ctx, r, charges[0], md)
	months := max(1, int(math.Round(float64(base.Months)*ratio)))
	kind := base.Kind
	switch {
	case kind == "拘役" && months > 6:
		kind = "有期徒刑"
	case kind == "有期徒刑" && months < 6:
		months = 6
	case kind == "管制" && months < 3:
		months = 3
	}
	var carries []Carry
	p := Penalty{Charge: strings.Join(charges, "、"), Kind: kind, Months: months}
	action := Carried
	if months != base.Months || kind != base.Kind {
		action = Changed
	}
	carries = append(carries, Carry{Element: "刑期", Model: base.Kind + termWords(base.Months), Draft: kind + termWords(months), Action: action, Why: why})
	if base.FineYuan > 0 {
		p.FineYuan = roundFine(base.FineYuan * float64(months) / float64(base.Months))
		a := Carried
		if p.FineYuan != base.FineYuan {
			a = Changed
		}
		carries = append(carries, Carry{Element: "罚金", Model: formatYuan(base.FineYuan) + "元", Draft: formatYuan(p.FineYuan) + "元", Action: a, Why: "罚金随刑期同比例调整"})
	}
	if base.Probation {
		switch {
		case f.has("累犯"):
			carries = append(carries, Carry{Element: "缓刑", Model: "缓刑" + termWords(base.ProbationMonths), Action: Dropped, Why: "本案被告人系累犯，不适用缓刑（刑法第七十四条）"})
		case months > 36:
			carries = append(carries, Carry{Element: "缓刑", Model: "缓刑" + termWords(base.ProbationMonths), Action: Dropped, Why: "调整后刑期超过三年，不适用缓刑（刑法第七十二条）"})
		default:
			pm := max(months, int(math.Round(float64(base.ProbationMonths)*ratio)))
			if kind == "有期徒刑" {
				pm = min(max(pm, 12), 60)
			}
			p.ProbationMonths = pm
			a := Carried
			if pm != base.ProbationMonths {
				a = Changed
			}
			carries = append(carries, Carry{Element: "缓刑", Model: "缓刑" + termWords(base.ProbationMonths), Draft: "缓刑" + termWords(pm), Action: a, Why: "沿用范本案件的缓刑，考验期随刑期调整"})
		}
	}
	src := fmt.Sprintf("依范本案件%s：%s%s；%s", m.id, base.Kind, termWords(base.Months), why)
	var out []Penalty
	for _, n := range names {
		q := p
		q.Defendant, q.Source = n, src
		out = append(out, q)
	}
	return out, carries
}

// termRatio is the member's term over the model's as the sentencing
// estimator puts them, within the bounds, and the reason in Chinese.
func (o *Offline) termRatio(ctx context.Context, r Request, charge string, md *corpus.Document) (float64, string) {
	es, ok := o.Sentencer.(*EstimatorSentencer)
	if !ok || es.Estimator == nil {
		return 1, "未配置量刑模型，沿用范本案件刑期"
	}
	own, err1 := es.Estimator.Estimate(ctx, sentencing.Case{Facts: r.Facts, Charges: []string{charge}, Exclude: r.Exclude})
	mod, err2 := es.Estimator.Estimate(ctx, sentencing.Case{Facts: modelFacts(md), Charges: []string{charge}, Exclude: append(slices.Clone(r.Exclude), md.ID)})
	if err1 != nil || err2 != nil || own.Months <= 0 || mod.Months <= 0 {
		return 1, "量刑模型无法比较本案与范本案件，沿用范本案件刑期"
	}
	ratio := float64(own.Months) / float64(mod.Months)
	why := fmt.Sprintf("量刑模型对本案估%d个月、对范本案件估%d个月（数额、情节等本案要素），按%.2f倍调整范本刑期", own.Months, mod.Months, ratio)
	switch {
	case ratio < minTermRatio:
		ratio, why = minTermRatio, why+"（差距过大，以三分之一为限，请法官核对）"
	case ratio > maxTermRatio:
		ratio, why = maxTermRatio, why+"（差距过大，以三倍为限，请法官核对）"
	}
	if math.Abs(ratio-1) < 0.05 {
		return 1, fmt.Sprintf("量刑模型对本案与范本案件的估计相近（%d与%d个月），沿用范本案件刑期", own.Months, mod.Months)
	}
	return ratio, why
}

func penaltyText(p *extract.Penalty) string {
	if p == nil {
		return "未读出"
	}
	if p.Months > 0 {
		return p.Kind + termWords(p.Months)
	}
	return p.Kind
}

func penText(ps []Penalty) string {
	if len(ps) == 0 {
		return ""
	}
	if ps[0].Months > 0 {
		return ps[0].Kind + termWords(ps[0].Months)
	}
	return ps[0].Kind
}

// reasoningCarries says how much of the model case's reasoning the
// member's 本院认为 took over.
func reasoningCarries(m precedent, s Section, f caseFacts) []Carry {
	kept, dropped := 0, 0
	for _, x := range s.Sentences {
		if x.Source == "case:"+m.id {
			kept++
		}
	}
	for _, sent := range sentenceSplit.FindAllString(m.reasoning, -1) {
		if !borneOut(sent, f) {
			dropped++
		}
	}
	var out []Carry
	if kept > 0 {
		out = append(out, Carry{Element: "本院认为", Model: fmt.Sprintf("%d句", len(sentenceSplit.FindAllString(m.reasoning, -1))), Draft: fmt.Sprintf("沿用%d句", kept), Action: Carried, Why: "共同情节沿用范本措辞，被告人姓名与金额换成本案的"})
	}
	if dropped > 0 {
		out = append(out, Carry{Element: "本院认为", Model: fmt.Sprintf("%d句", dropped), Action: Dropped, Why: "范本所述情节（自首、累犯、谅解等）本案事实未载明"})
	}
	return out
}

// modelResult lists the model case among the draft's similar cases.
func modelResult(m precedent) retrieval.Result {
	return retrieval.Result{ID: m.id, Charges: m.charges}
}

// chargeCarries compares the member's charges with the model case's.
func chargeCarries(m precedent, charges []string) []Carry {
	mc, dc := strings.Join(m.charges, "、"), strings.Join(charges, "、")
	if mc == dc {
		return []Carry{{Element: "罪名", Model: mc, Draft: dc, Action: Carried}}
	}
	return []Carry{{Element: "罪名", Model: mc, Draft: dc, Action: Changed, Why: "本案起诉书指控的罪名与范本案件不同，以本案指控为准"}}
}
