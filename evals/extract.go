package evals

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"leian/corpus/extract"
	"leian/corpus/parse"
	"leian/internal/metrics"
)

// ExtractSuite scores judgment parsing and element extraction against the
// labels the bundle carries: LeCaRD's own section split (ajjbqk, cpfxgc,
// pjjg), JuDGE's facts and cited articles, LeCaRD case names for charges,
// and CAIL2018 terms plus a hand-checked sample for prison terms.
func ExtractSuite() Suite {
	return Suite{
		Name:    "extract",
		Dataset: "lecard/candidates.jsonl.gz",
		Metrics: strings.Join(extractMetrics, ", "),
		Good:    "越高越好；各段落字符 F1 ≥ 0.95，远高于整篇全文基线",
		Run:     runExtract,
	}
}

var extractMetrics = []string{"facts_f1", "reasoning_f1", "verdict_f1", "article_f1", "charge_acc", "term_acc"}

// handTerms are prison terms read by hand from LeCaRD verdicts:
// "candidate id<TAB>defendant<TAB>months|无期|死刑<TAB>note".
//
//go:embed testdata/extract_terms.tsv
var handTerms string

// goldDoc is one judgment with whatever labels its sources give.
type goldDoc struct {
	id, text string
	sections map[parse.SectionKind]string // gold section text; absent = no label
	articles []int                        // JuDGE la; nil = no label
	caseName string                       // LeCaRD ajName as the source writes it, 一案 cut
	ajID     string                       // LeCaRD ajId, JuDGE text_id: the same case
	term     *goldTerm
}

type goldTerm struct {
	defendant string // "" = the first defendant
	term      metrics.Term
	source    string
}

func runExtract(ctx context.Context, in Input) (*Result, error) {
	docs, err := loadExtractDocs(in)
	if err != nil {
		return nil, err
	}
	if err := attachTerms(in, docs); err != nil {
		return nil, err
	}
	res := &Result{Suite: "extract", N: len(docs), Metrics: map[string]float64{},
		Baselines: map[string]map[string]float64{"whole_text": {}}, Split: SplitDev, Footing: sameData("whole_text")}
	sums := newMeans()
	base := newMeans()
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		item := scoreExtract(d)
		for k, v := range item.Scores {
			sums.add(k, v)
		}
		for k, gold := range d.sections {
			base.add(string(k)+"_f1", metrics.CharF1(d.text, gold))
		}
		res.Items = append(res.Items, item)
	}
	res.Metrics = sums.means()
	res.Baselines["whole_text"] = base.means()
	res.Notes = append(res.Notes,
		fmt.Sprintf("各指标为按文书的宏平均（去空白后逐字计数）；样本数：%s", sums.counts()),
		fmt.Sprintf("刑期标签来源：%s；罪名标签为 LeCaRD 案件名称原文（不经本系统罪名归一化；名称中含起诉罪名，与判决罪名不一致时计为错误）", termSources(docs)),
		missingCharges(docs))
	return res, nil
}

// scoreExtract parses and extracts one document and scores what has labels.
func scoreExtract(d *goldDoc) Item {
	s := parse.Parse(d.text)
	e := extract.Extract(d.text, s)
	sc := map[string]float64{}
	for k, gold := range d.sections {
		sc[string(k)+"_f1"] = metrics.CharF1(s.SectionText(k), gold)
	}
	if d.articles != nil {
		sc["article_f1"] = metrics.SetPRF(criminalArticles(e), d.articles).F1
	}
	if d.caseName != "" {
		sc["charge_acc"] = boolScore(namesCharge(d.caseName, e))
	}
	if d.term != nil {
		sc["term_acc"] = boolScore(termOf(e, d.term.defendant) == d.term.term)
	}
	return Item{ID: d.id, Scores: sc}
}

// criminalArticles lists the Criminal Law article numbers cited.
func criminalArticles(e *extract.Elements) []int {
	var out []int
	for _, c := range e.Articles {
		if c.Law == "" || c.Law == "中华人民共和国刑法" || c.Law == "刑法" {
			out = append(out, c.Article)
		}
	}
	return out
}

// termOf is the extracted term of the named defendant, or of the first
// sentenced one when the label's name is spelt otherwise (CAIL masks names).
func termOf(e *extract.Elements, name string) metrics.Term {
	var first *extract.Penalty
	for _, d := range e.Defendants {
		if d.Penalty == nil {
			continue
		}
		if d.Name == name {
			return asTerm(d.Penalty)
		}
		if first == nil {
			first = d.Penalty
		}
	}
	if first == nil {
		return metrics.Term{Months: -1} // nothing extracted: never equal to a label
	}
	return asTerm(first)
}

func asTerm(p *extract.Penalty) metrics.Term {
	switch p.Kind {
	case "死刑": // with or without reprieve, as CAIL2018 counts it
		return metrics.Term{Death: true}
	case "无期徒刑":
		return metrics.Term{Life: true}
	}
	return metrics.Term{Months: p.Months}
}

// namesCharge reports whether the case name, as LeCaRD writes it
// (应国平交通肇事一案), names a charge Leian extracted: the label never
// passes through Leian's own charge normalisation, so a charge Leian cannot
// name, or names otherwise than the court did, is a miss. Both the official
// name and the verdict's own wording (贩卖毒品罪) count.
func namesCharge(caseName string, e *extract.Elements) bool {
	written := slices.Clone(e.Charges)
	for _, d := range e.Defendants {
		written = append(written, d.ChargesWritten...)
	}
	for _, c := range written {
		if base := strings.TrimSuffix(c, "罪"); base != "" && strings.Contains(caseName, base) {
			return true
		}
	}
	return false
}

// caseNameOf cuts the 一案 a LeCaRD case name ends with.
func caseNameOf(ajName string) string {
	return strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(ajName), "一案"), "案")
}

// libraryCharge is the library charge name a case name ends with, "" when
// none: the names the notes report as seen in data but missing from the library.
func libraryCharge(caseName string) string {
	name := strings.TrimSuffix(caseName, "罪")
	best := ""
	for _, c := range extract.ChargeNames() {
		if base := strings.TrimSuffix(c, "罪"); strings.HasSuffix(name, base) && len(base) > len(best) {
			best = base
		}
	}
	return best
}

// loadExtractDocs reads --file, or LeCaRD candidates plus JuDGE by
// default. Limit applies to each file, so the CI slice keeps both sources.
func loadExtractDocs(in Input) ([]*goldDoc, error) {
	files := []string{in.File}
	if in.File == "" {
		files = []string{filepath.Join(in.DataDir, "lecard", "candidates.jsonl.gz"), filepath.Join(in.DataDir, "judge", "judge.jsonl")}
	}
	var docs []*goldDoc
	for _, f := range files {
		ds, err := readGoldFile(f, in.Limit)
		if err != nil {
			return nil, err
		}
		docs = append(docs, ds...)
	}
	return dedupeCases(docs), nil
}

// dedupeCases keeps one document per case: JuDGE's records are LeCaRD
// candidates (text_id = ajId), and a judgment may also be carried twice
// under one case number. The later record's labels that the kept one lacks
// (JuDGE's articles) move to the kept one, so each case is scored once.
func dedupeCases(docs []*goldDoc) []*goldDoc {
	byKey := map[string]*goldDoc{}
	var out []*goldDoc
	for _, d := range docs {
		keys := caseKeys(d)
		var kept *goldDoc
		for _, k := range keys {
			if kept = byKey[k]; kept != nil {
				break
			}
		}
		if kept == nil {
			for _, k := range keys {
				byKey[k] = d
			}
			out = append(out, d)
			continue
		}
		if kept.articles == nil {
			kept.articles = d.articles
		}
		for k, v := range d.sections {
			if _, ok := kept.sections[k]; !ok {
				kept.sections[k] = v
			}
		}
		if kept.caseName == "" {
			kept.caseName = d.caseName
		}
	}
	return out
}

// headerRunes is how much of a judgment holds its case number.
const headerRunes = 400

func caseKeys(d *goldDoc) []string {
	var keys []string
	if d.ajID != "" {
		keys = append(keys, "aj:"+d.ajID)
	}
	head := []rune(d.text)
	if n := parse.Parse(string(head[:min(len(head), headerRunes)])).CaseNumber; n != nil && n.Raw != "" {
		keys = append(keys, "no:"+squeezeSpace(n.Raw))
	}
	return keys
}

// goldRecord holds the fields of both formats: LeCaRD (qw, ajjbqk, cpfxgc,
// pjjg) and JuDGE (fd, text, la).
type goldRecord struct {
	ID     string `json:"id"`
	AjID   string `json:"ajId"`
	TextID string `json:"text_id"`
	AjName string `json:"ajName"`
	Qw     string `json:"qw"`
	Ajjbqk string `json:"ajjbqk"`
	Cpfxgc string `json:"cpfxgc"`
	Pjjg   string `json:"pjjg"`
	Fd     string `json:"fd"`
	Text   string `json:"text"`
	La     []int  `json:"la"`
}

// readGoldFile reads a LeCaRD or JuDGE file, gzipped or not, telling the
// formats apart by their fields.
func readGoldFile(path string, limit int) ([]*goldDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("extract dataset: %w", err)
	}
	defer f.Close()
	r, err := maybeGunzip(f)
	if err != nil {
		return nil, fmt.Errorf("extract dataset %s: %w", path, err)
	}
	var docs []*goldDoc
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 256<<20)
	for line := 1; sc.Scan() && (limit <= 0 || len(docs) < limit); line++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var g goldRecord
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, fmt.Errorf("extract dataset %s line %d: %w", path, line, err)
		}
		d, err := g.doc()
		if err != nil {
			return nil, fmt.Errorf("extract dataset %s line %d: %w", path, line, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("extract dataset %s: %w", path, err)
	}
	return docs, nil
}

func maybeGunzip(f io.Reader) (io.Reader, error) {
	br := bufio.NewReader(f)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		return gzip.NewReader(br)
	}
	return br, nil
}

// doc turns a record into a goldDoc; sections a source left empty carry no label.
func (g goldRecord) doc() (*goldDoc, error) {
	d := &goldDoc{sections: map[parse.SectionKind]string{}}
	set := func(k parse.SectionKind, v string) {
		if strings.TrimSpace(v) != "" {
			d.sections[k] = v
		}
	}
	switch {
	case g.Qw != "":
		d.id, d.text, d.ajID = "lecard:"+g.ID, g.Qw, g.AjID
		set(parse.Facts, g.Ajjbqk)
		set(parse.Reasoning, g.Cpfxgc)
		set(parse.Verdict, g.Pjjg)
		d.caseName = caseNameOf(g.AjName)
	case g.Fd != "":
		d.id, d.text, d.ajID = "judge:"+g.TextID, g.Fd, g.TextID
		set(parse.Facts, g.Text)
		d.articles = g.La
		if d.articles == nil {
			d.articles = []int{}
		}
	default:
		return nil, fmt.Errorf("neither LeCaRD (qw) nor JuDGE (fd) format")
	}
	return d, nil
}

// attachTerms adds prison-term labels: CAIL2018 records whose fact text is
// a paragraph of the judgment, then the hand-checked sample.
func attachTerms(in Input, docs []*goldDoc) error {
	byID := map[string]*goldDoc{}
	for _, d := range docs {
		byID[d.id] = d
	}
	if err := attachCAILTerms(filepath.Join(in.DataDir, "cail2018", "cases.jsonl"), docs); err != nil {
		return err
	}
	for i, line := range strings.Split(strings.TrimSpace(handTerms), "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 3 || strings.HasPrefix(line, "#") {
			continue
		}
		t, err := parseTermLabel(f[2])
		if err != nil {
			return fmt.Errorf("testdata/extract_terms.tsv line %d: %w", i+1, err)
		}
		if d := byID["lecard:"+f[0]]; d != nil {
			d.term = &goldTerm{defendant: f[1], term: t, source: "hand"}
		}
	}
	return nil
}

func parseTermLabel(s string) (metrics.Term, error) {
	switch s {
	case "无期":
		return metrics.Term{Life: true}, nil
	case "死刑":
		return metrics.Term{Death: true}, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return metrics.Term{}, fmt.Errorf("term %q: want months, 无期 or 死刑", s)
	}
	return metrics.Term{Months: n}, nil
}

// squeezeSpace removes white space.
func squeezeSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// missingCharges reports the LeCaRD case names that end with no charge of
// the rule library: charges seen in data that the library does not know,
// or case names that name no charge at all.
func missingCharges(docs []*goldDoc) string {
	n, total := 0, 0
	var examples []string
	for _, d := range docs {
		if d.caseName == "" {
			continue
		}
		total++
		if libraryCharge(d.caseName) == "" {
			n++
			if len(examples) < 5 {
				examples = append(examples, d.caseName)
			}
		}
	}
	return fmt.Sprintf("案件名称不以规则库罪名原文结尾（选择性罪名只写其一部分、名称列多名被告或未写罪名，或规则库缺此罪名）：%d / %d 件，如 %s", n, total, strings.Join(examples, "；"))
}

func termSources(docs []*goldDoc) string {
	n := map[string]int{}
	for _, d := range docs {
		if d.term != nil {
			n[d.term.source]++
		}
	}
	return fmt.Sprintf("人工核对 %d 篇，CAIL2018 %d 篇", n["hand"], n["cail2018"])
}

func boolScore(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// caseMeans macro-averages per-document scores metric by metric; a
// document counts only for the metrics it has labels for.
type caseMeans struct {
	sum map[string]float64
	n   map[string]int
}

func newMeans() *caseMeans { return &caseMeans{sum: map[string]float64{}, n: map[string]int{}} }

func (m *caseMeans) add(k string, v float64) { m.sum[k] += v; m.n[k]++ }

func (m *caseMeans) means() map[string]float64 {
	out := map[string]float64{}
	for k, s := range m.sum {
		out[k] = s / float64(m.n[k])
	}
	return out
}

func (m *caseMeans) counts() string {
	var parts []string
	for _, k := range extractMetrics {
		parts = append(parts, fmt.Sprintf("%s %d", k, m.n[k]))
	}
	return strings.Join(parts, "，")
}

// cailKeyRunes is how much of a CAIL2018 fact identifies it in a judgment.
const cailKeyRunes = 20

// attachCAILTerms labels documents that contain a CAIL2018 fact text: the
// fact starts one of the judgment's paragraphs (CAIL cut its facts from
// judgments), so only paragraph starts are looked up.
func attachCAILTerms(path string, docs []*goldDoc) error {
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return nil // the sample and the case names still label the rest
	}
	if err != nil {
		return fmt.Errorf("cail2018 terms: %w", err)
	}
	defer f.Close()
	type cailMeta struct {
		Criminals []string `json:"criminals"`
		Term      struct {
			Death bool `json:"death_penalty"`
			Life  bool `json:"life_imprisonment"`
			Imp   int  `json:"imprisonment"`
		} `json:"term_of_imprisonment"`
	}
	type cailCase struct {
		fact string
		meta cailMeta
	}
	keys := map[string][]cailCase{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		var rec struct {
			Fact string   `json:"fact"`
			Meta cailMeta `json:"meta"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return fmt.Errorf("cail2018 terms %s line %d: %w", path, line, err)
		}
		fact := squeezeSpace(rec.Fact)
		if k := []rune(fact); len(k) >= cailKeyRunes && len(rec.Meta.Criminals) == 1 {
			key := string(k[:cailKeyRunes])
			keys[key] = append(keys[key], cailCase{fact, rec.Meta})
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("cail2018 terms %s: %w", path, err)
	}
	for _, d := range docs {
		whole := squeezeSpace(d.text)
		for _, p := range strings.Fields(d.text) {
			k := []rune(p)
			if len(k) < cailKeyRunes {
				continue
			}
			for _, c := range keys[string(k[:cailKeyRunes])] {
				// The fact's middle and the defendant must be there too, not just
				// opening words that boilerplate shares; CAIL masked some words,
				// so the whole fact need not match.
				if strings.Contains(whole, middleRunes(c.fact, cailKeyRunes)) && strings.Contains(whole, c.meta.Criminals[0]) {
					m := c.meta
					d.term = &goldTerm{defendant: m.Criminals[0], source: "cail2018",
						term: metrics.Term{Months: m.Term.Imp, Life: m.Term.Life, Death: m.Term.Death}}
				}
			}
		}
	}
	return nil
}

// middleRunes returns n runes from the middle of s.
func middleRunes(s string, n int) string {
	rs := []rune(s)
	i := max(0, len(rs)/2-n/2)
	return string(rs[i:min(len(rs), i+n)])
}
