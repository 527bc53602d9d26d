package evals

import (
	"context"
	"encoding/csv"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"leian/corpus/anonymize"
	"leian/corpus/parse"
)

// Anonymize measures 上网文书隐名 on LeCaRD judgments whose masks (某, ×)
// are filled back with realistic personal data by a seeded generator; the
// generator's spans are the truth.
func Anonymize() Suite {
	return Suite{
		Name:    "anonymize",
		Dataset: "lecard/candidates.jsonl.gz",
		Metrics: "recall_<kind>, over_redaction, form_consistency, form_collisions, parse_kept",
		Good:    "姓名、身份证号召回 ≥ 0.99；法官、法院、法条、县级以上地名误删 ≤ 1%；同一人某称一致",
		Flags: map[string]string{
			"fold":   "score (default): the 4/5 of documents scored; tune: the 1/5 the rules were read on; extra: masked texts of cail2018/, scm/ and civil/ that share no passage with a scored document, also read for rules",
			"misses": "with --fold tune or extra only: write each missed item and each touched protected item, with its context, to this file",
		},
		Run: runAnonymize,
	}
}

// anonTuneFold is the fifth of documents (by id hash) the rules were read
// and chosen on; the suite scores only the other four fifths.
func anonTuneFold(id string) bool {
	h := fnv.New32a()
	h.Write([]byte(id))
	return h.Sum32()%5 == 0
}

func runAnonymize(ctx context.Context, in Input) (*Result, error) {
	file := in.File
	if file == "" {
		file = filepath.Join(in.DataDir, "lecard", "candidates.jsonl.gz")
	}
	all, err := readJudgments(file, 0, map[string]bool{})
	if err != nil {
		return nil, err
	}
	regions, err := provinceNames(in.DataDir)
	if err != nil {
		return nil, err
	}
	seed := in.Seed
	if seed == 0 {
		seed = 20261123
	}
	texts := make([]string, len(all))
	for i, d := range all {
		texts[i] = d.Text
	}
	pool := benchGivenNames(texts, uint64(seed))
	fold := in.Args["fold"]
	if fold != "" && fold != "score" && fold != "tune" && fold != "extra" {
		return nil, fmt.Errorf("--fold %q: want score, tune or extra", fold)
	}
	misses, closeMisses, err := openAnonMisses(in.Args["misses"], fold)
	if err != nil {
		return nil, err
	}
	defer closeMisses()
	var t anonTally
	t.init()
	res := &Result{Suite: "anonymize", Files: []string{file}, Split: SplitDev}
	tune := 0
	for _, d := range all {
		if anonTuneFold(d.ID) {
			tune++
		}
	}
	items := all
	if fold == "extra" {
		var scored []judgmentText
		for _, d := range all {
			if !anonTuneFold(d.ID) {
				scored = append(scored, d)
			}
		}
		var dropped int
		if items, dropped, err = extraAnonTexts(in.DataDir, scored); err != nil {
			return nil, err
		}
		res.Files = extraFiles(in.DataDir)
		res.Notes = append(res.Notes, fmt.Sprintf("extra 调参集：%d 段其他开发数据文本（与计分文书共享三分之一以上分句的 %d 段已剔除）", len(items), dropped))
	}
	for i, d := range items {
		if fold != "extra" && anonTuneFold(d.ID) != (fold == "tune") {
			continue
		}
		if in.Limit > 0 && res.N >= in.Limit {
			break
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		given := pool.score
		if fold == "tune" || fold == "extra" {
			given = pool.tune
		}
		g := generate(d.Text, rand.New(rand.NewPCG(uint64(seed), uint64(i))), given)
		out, err := anonymize.Anonymize(g.text, anonymize.Options{})
		if err != nil {
			return nil, fmt.Errorf("anonymize %s: %w", d.ID, err)
		}
		res.Items = append(res.Items, Item{ID: d.ID, Scores: t.add(d.ID, g, out, regions)})
		if err := misses.write(d.ID, g, out, protectedItems(g.text, regions)); err != nil {
			return nil, err
		}
		res.N++
	}
	res.Metrics = t.metrics()
	res.Method = fmt.Sprintf("规则（姓氏表、称谓与停用字表、证件号正则）只在按编号哈希取出的 1/5 文书（%d 篇）及 extra 调参集（cail2018 事实、scm、civil 诉辩段的掩码文本，与计分文书共享三分之一以上分句者剔除）上阅读选定；本表只计其余 4/5。真值由带种子（%d）的生成器在原文掩码（某、×）处填入，隐名器只见填入后的全文。"+
		"人名的名（不含姓）取自全部 %d 篇文书落款（审判长、审判员、人民陪审员、书记员、法官助理）的 %d 个不同真实人名，按名字加种子的哈希分两份：%d 个只填调参文书，%d 个只填计分文书，两份没有相同的名；姓沿用掩码的姓，隐名器的字表不是据此建的。"+
		"生成器只在人名掩码处填人名（由掩码本身及前后字判断，不看隐名器）：姓氏掩码 %d 个，填入 %d 个（其中 %d 个去掉了粘连的数额数字，如袁某70000元）；法官、检察员、律师、法定代表人（含“法定代表人为/是”）等规则保留其姓名者 %d 个不填；非人名或人名不完整（某日、孟某元、某甲基）%d 个不填；本文中至少一半出现后接县、市、镇、村、路等的掩码（武某1县）是地名，其余出现 %d 个不填",
		tune, seed, len(all), pool.persons, len(pool.tune), len(pool.score), t.masks[maskName]+t.masks[maskKeptRole]+t.masks[maskNotName]+t.masks[maskPlace], t.masks[maskName], t.amountCut, t.masks[maskKeptRole], t.masks[maskNotName], t.masks[maskPlace])
	if fold == "tune" || fold == "extra" {
		res.Method = "调参集（" + fold + "），规则在此阅读选定，不是计分结果。" + strings.Replace(res.Method, "本表只计其余 4/5。", "", 1)
	}
	res.Notes = append(res.Notes, t.notes()...)
	res.Notes = append(res.Notes, handReadNote())
	if err := closeMisses(); err != nil {
		return nil, fmt.Errorf("--misses %s: %w", in.Args["misses"], err)
	}
	return res, nil
}

// provinceNames reads the 31 province-level names from the sentencing
// table, the suite's list of place names above county level.
func provinceNames(dataDir string) ([]string, error) {
	path := filepath.Join(dataDir, "sentencing", "我国各地区盗窃诈骗等罪名数额标准表.csv")
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("province names: %w", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("province names %s: %w", path, err)
	}
	var out []string
	for _, row := range rows[1:] {
		if len(row) > 0 && row[0] != "" {
			out = append(out, row[0])
		}
	}
	return out, nil
}

// truth is one generated item.
type truth struct {
	kind   anonymize.Kind
	s, e   int    // bytes in the generated text
	person string // the mask token it replaced, for names
}

type generated struct {
	text      string
	truths    []truth
	masks     map[maskUse]int // X某 masks of the source by what the generator did with them
	amountCut int             // masks whose trailing digits were an amount's (袁某70000元)
}

var (
	genMaskRe  = regexp.MustCompile(`(\p{Han})某(某\d{1,2}|某|\d{1,2}|[甲乙丙丁])?`)
	genFollow  = "、，。；：,;:的在于因是被与和及等将把对从向到已系为所驾持携拿用以至自经称说犯（(）)\"“”诉辩供证陈家等均另其出住一二三四"
	genNotName = "日月年时处地些种个天项单位公司人乡镇村县市区省厂店医院局所部"
	genBirthRe = regexp.MustCompile(`(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:出生|生[，。；）\s])`)
	genIDRe    = regexp.MustCompile(`(?:身份证|身份号码)[^，。；\d]{0,8}?(\d{6}[×＊*]{4,}[0-9Xx×＊*]*|[1-9]\d{16}[\dXx])`)
	genPhoneRe = regexp.MustCompile(`1[3-9]\d[×＊*]{4}\d{4}`)
	genPlateRe = regexp.MustCompile(`([京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z])[×＊*XＸ]{4,6}`)
	genCardRe  = regexp.MustCompile(`(?:卡号|账号|帐号|银行卡)(?:为|：|:)?([0-9][0-9×＊*]{7,22})`)
	genAddrRe  = regexp.MustCompile(`(?:[，。；\s]住|捕前住|户籍所在地|户籍地|家住|住址)(?:为|：)?((?:\p{Han}{2,8}?(?:省|自治区|市|县|区|旗)){1,3})[，。；]`)
)

// Generator lists: surnames are taken from the mask itself; given names
// from real signatures (benchGivenNames).
const (
	genVillages  = "红星新华团结和平东风胜利光明前进幸福大同联合石桥王家李庄马店张湾"
	genRegionIDs = "110101 310104 320102 330106 340102 350102 360111 370102 410102 420102 430102 440106 450102 500103 510104 520102 530102 610102 620102"
)

// generate fills the masks of a judgment with personal data, drawing given
// names from given.
func generate(text string, r *rand.Rand, given []string) generated {
	type edit struct {
		s, e   int
		repl   string
		kind   anonymize.Kind
		person string
	}
	var edits []edit
	g := generated{masks: map[maskUse]int{}}
	names := map[string]string{}
	used := map[string]bool{}
	masks := genMasks(text)
	partial := partialMasks(text, masks)
	places := placeMasks(text, masks)
	for _, m := range masks {
		if m[6] == 1 {
			g.amountCut++
		}
		use := classifyMask(text, m)
		if use == maskName && partial[text[m[0]:m[1]]] {
			use = maskNotName
		}
		if use == maskName && places[text[m[0]:m[1]]] {
			use = maskPlace
		}
		g.masks[use]++
		if use != maskName {
			continue
		}
		sur := text[m[2]:m[3]]
		tok := text[m[0]:m[1]]
		n, ok := names[tok]
		for tries := 0; !ok && tries < 1000 && len(given) > 0; tries++ {
			if c := sur + given[r.IntN(len(given))]; !used[c] && !clashes(c, text, used) {
				n, ok = c, true
				names[tok], used[n] = n, true
			}
		}
		if !ok {
			continue // a pool too small for this document: the mask stays
		}
		edits = append(edits, edit{s: m[0], e: m[1], repl: n, kind: anonymize.Name, person: tok})
	}
	for _, m := range genBirthRe.FindAllStringIndex(text, -1) {
		e := m[0] + strings.Index(text[m[0]:m[1]], "日") + len("日")
		edits = append(edits, edit{s: m[0], e: e, repl: fmt.Sprintf("%d年%d月%d日", 1950+r.IntN(55), 1+r.IntN(12), 1+r.IntN(28)), kind: anonymize.BirthDate})
	}
	for _, m := range genIDRe.FindAllStringSubmatchIndex(text, -1) {
		edits = append(edits, edit{s: m[2], e: m[3], repl: genID(r), kind: anonymize.IDNumber})
	}
	for _, m := range genPhoneRe.FindAllStringIndex(text, -1) {
		edits = append(edits, edit{s: m[0], e: m[1], repl: fmt.Sprintf("1%d%09d", 3+r.IntN(7), r.IntN(1e9)), kind: anonymize.Phone})
	}
	for _, m := range genPlateRe.FindAllStringSubmatchIndex(text, -1) {
		const alnum = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
		p := ""
		for range 5 {
			p += string(alnum[r.IntN(len(alnum))])
		}
		edits = append(edits, edit{s: m[3], e: m[1], repl: p, kind: anonymize.Plate})
	}
	for _, m := range genCardRe.FindAllStringSubmatchIndex(text, -1) {
		edits = append(edits, edit{s: m[2], e: m[3], repl: genCard(r), kind: anonymize.BankCard})
	}
	for _, m := range genAddrRe.FindAllStringSubmatchIndex(text, -1) {
		if u := text[m[2]:m[3]]; strings.ContainsAny(u, "小宅所均某") || !strings.ContainsAny(u, "省市县") {
			continue
		}
		v := []rune(genVillages)
		a := string(v[r.IntN(len(v)/2)*2:][:2]) + "镇" + string(v[r.IntN(len(v)/2)*2:][:2]) + "村" + fmt.Sprintf("%d组%d号", 1+r.IntN(9), 1+r.IntN(99))
		edits = append(edits, edit{s: m[3], e: m[3], repl: a, kind: anonymize.Address})
	}
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].s < edits[j].s })
	var b strings.Builder
	last := 0
	for _, e := range edits {
		if e.s < last {
			continue
		}
		b.WriteString(text[last:e.s])
		g.truths = append(g.truths, truth{kind: e.kind, s: b.Len(), e: b.Len() + len(e.repl), person: e.person})
		b.WriteString(e.repl)
		last = e.e
	}
	b.WriteString(text[last:])
	g.text = b.String()
	return g
}

// clashes says whether a drawn name would be confused with text already
// there: it occurs in the source (a judge, a place, a word), or it is a
// prefix of a name drawn before or has one as its prefix (罗飞 and 罗飞春
// in one document are rare and make the truth ambiguous).
func clashes(name, text string, used map[string]bool) bool {
	if strings.Contains(text, name) {
		return true
	}
	for u := range used {
		if strings.HasPrefix(u, name) || strings.HasPrefix(name, u) {
			return true
		}
	}
	return false
}

// isDigits says whether s is ASCII digits only.
func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// amountNext says whether s goes on with more digits or a unit: the
// digits before it belong to a number.
func amountNext(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return (r >= '0' && r <= '9') || strings.ContainsRune("万元千百亿余多.．%％个次岁年月日号"+genMeasures, r)
}

// genMeasures are measure words that follow only a count (卖给丁某1包毒品,
// 卖给宋某1克冰毒): the digit before them is the quantity, not the number
// 第九条 appends to tell persons apart. Words that also start a verb or a
// noun after a name (支付, 头部, 只是, 条件, 名下) are left out.
const genMeasures = "包克粒瓶袋吨斤辆"

// anonGenSurnames are the surnames the generator fills (the 100 most common).
const anonGenSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"

// genID is a valid-format resident ID number with its ISO 7064 check digit.
func genID(r *rand.Rand) string {
	regions := strings.Fields(genRegionIDs)
	s := fmt.Sprintf("%s%04d%02d%02d%03d", regions[r.IntN(len(regions))], 1950+r.IntN(55), 1+r.IntN(12), 1+r.IntN(28), r.IntN(1000))
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := range 17 {
		sum += int(s[i]-'0') * w[i]
	}
	return s + string("10X98765432"[sum%11])
}

// genCard is a Luhn-valid UnionPay card number.
func genCard(r *rand.Rand) string {
	n := 16 + 3*r.IntN(2)
	d := []byte("62")
	for len(d) < n-1 {
		d = append(d, byte('0'+r.IntN(10)))
	}
	for c := byte('0'); c <= '9'; c++ {
		if luhnOK(string(append(d, c))) {
			return string(append(d, c))
		}
	}
	return string(d)
}

func luhnOK(d string) bool {
	sum := 0
	for i := len(d) - 1; i >= 0; i-- {
		v := int(d[i] - '0')
		if (len(d)-1-i)%2 == 1 {
			if v *= 2; v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	return sum%10 == 0
}

// anonTally accumulates the suite's counts.
type anonTally struct {
	found, total       map[anonymize.Kind]int
	protHit, protTotal map[string]int
	persons, single    int
	collisions         int
	docs, parseKept    int
	misses             []string
	overs              []string
	masks              map[maskUse]int
	amountCut          int
}

func (t *anonTally) init() {
	t.found, t.total = map[anonymize.Kind]int{}, map[anonymize.Kind]int{}
	t.protHit, t.protTotal = map[string]int{}, map[string]int{}
	t.masks = map[maskUse]int{}
}

var (
	protCourtRe   = regexp.MustCompile(`(?:\p{Han}{1,8}?(?:省|自治区|市|州|县|区|旗)){1,4}(?:中级|高级)?人民(?:法院|检察院)`)
	protStatuteRe = regexp.MustCompile(`《[^》]{1,60}(?:法|条例|解释|规定|办法|意见|决定|通知|批复|纪要)》|第[一二三四五六七八九十百零〇]+条`)
	protJudgeRe   = regexp.MustCompile(`(?:审\s*判\s*长|审\s*判\s*员|人民陪审员|书\s*记\s*员)\s*(\p{Han}{2,3})(?:\s|$|二|〇|一)`)
	protPlaceRe   = regexp.MustCompile(`\p{Han}{2,6}?(?:省|自治区|市)`)
)

// protectedItems are what must survive: judges (signed in the tail),
// courts, statutes, and place names above county level. Found by the
// suite's own patterns, not the anonymiser's.
func protectedItems(text string, regions []string) map[string][][2]int {
	out := map[string][][2]int{}
	for _, m := range protCourtRe.FindAllStringIndex(text, -1) {
		out["court"] = append(out["court"], [2]int{m[0], m[1]})
		for _, p := range protPlaceRe.FindAllStringIndex(text[m[0]:m[1]], -1) {
			out["place"] = append(out["place"], [2]int{m[0] + p[0], m[0] + p[1]})
		}
	}
	for _, m := range protStatuteRe.FindAllStringIndex(text, -1) {
		out["statute"] = append(out["statute"], [2]int{m[0], m[1]})
	}
	tail := len(text) * 4 / 5
	for _, m := range protJudgeRe.FindAllStringSubmatchIndex(text[tail:], -1) {
		if !strings.Contains(text[tail+m[2]:tail+m[3]], "某") {
			out["judge"] = append(out["judge"], [2]int{tail + m[2], tail + m[3]})
		}
	}
	for _, reg := range regions {
		for i := 0; ; {
			j := strings.Index(text[i:], reg)
			if j < 0 {
				break
			}
			out["place"] = append(out["place"], [2]int{i + j, i + j + len(reg)})
			i += j + len(reg)
		}
	}
	return out
}

func (t *anonTally) add(id string, g generated, out *anonymize.Result, regions []string) map[string]float64 {
	covered := func(s, e int) bool { return redactionCovers(out.Redactions, s, e) }
	// a redaction that removes generated personal data is not over-redaction
	// even inside a protected item (《关于被告人王明娟的立功说明》)
	touched := func(s, e int) bool {
		for _, r := range out.Redactions {
			if r.ByteStart < e && s < r.ByteEnd && !truthOverlaps(g.truths, r) {
				return true
			}
		}
		return false
	}
	for u, n := range g.masks {
		t.masks[u] += n
	}
	t.amountCut += g.amountCut
	scores := map[string]float64{}
	hit, tot := 0, 0
	forms := map[string]map[string]bool{} // person → forms
	for _, tr := range g.truths {
		t.total[tr.kind]++
		tot++
		if covered(tr.s, tr.e) {
			t.found[tr.kind]++
			hit++
		} else if len(t.misses) < 400 {
			t.misses = append(t.misses, fmt.Sprintf("%s %s@%d", id, tr.kind, tr.s))
		}
		if tr.kind == anonymize.Name {
			for _, r := range out.Redactions {
				if r.Kind == anonymize.Name && r.ByteStart <= tr.s && r.ByteEnd >= tr.e {
					if forms[tr.person] == nil {
						forms[tr.person] = map[string]bool{}
					}
					forms[tr.person][r.Replacement] = true
				}
			}
		}
	}
	owner := map[string]string{}
	for p, fs := range forms {
		t.persons++
		if len(fs) == 1 {
			t.single++
		}
		for f := range fs {
			if o, ok := owner[f]; ok && o != p {
				t.collisions++
			}
			owner[f] = p
		}
	}
	prot := protectedItems(g.text, regions)
	for k, spans := range prot {
		for _, sp := range spans {
			t.protTotal[k]++
			if touched(sp[0], sp[1]) {
				t.protHit[k]++
				if len(t.overs) < 400 {
					t.overs = append(t.overs, fmt.Sprintf("%s %s@%d", id, k, sp[0]))
				}
			}
		}
	}
	before, after := parse.Parse(g.text), parse.Parse(out.Text)
	t.docs++
	if sameStructure(before, after) {
		t.parseKept++
		scores["parse_kept"] = 1
	}
	if tot > 0 {
		scores["recall"] = float64(hit) / float64(tot)
	}
	return scores
}

// sameStructure compares what the parser reads that anonymisation must not
// change: section kinds, court, case number, party roles, judges.
func sameStructure(a, b *parse.Structure) bool {
	kinds := func(s *parse.Structure) []parse.SectionKind {
		var k []parse.SectionKind
		for _, sec := range s.Sections {
			k = append(k, sec.Kind)
		}
		return k
	}
	roles := func(s *parse.Structure) []string {
		var r []string
		for _, p := range s.Parties {
			r = append(r, p.Role)
		}
		return r
	}
	judges := func(s *parse.Structure) []string {
		var r []string
		for _, j := range s.Judges {
			r = append(r, j.Role+j.Name)
		}
		return r
	}
	cn := func(s *parse.Structure) string {
		if s.CaseNumber == nil {
			return ""
		}
		return s.CaseNumber.Raw
	}
	return slices.Equal(kinds(a), kinds(b)) && a.Court == b.Court && cn(a) == cn(b) && a.DocType == b.DocType &&
		slices.Equal(roles(a), roles(b)) && slices.Equal(judges(a), judges(b))
}

func (t *anonTally) metrics() map[string]float64 {
	m := map[string]float64{}
	for _, k := range anonymize.Kinds() {
		if t.total[k] > 0 {
			m["recall_"+string(k)] = float64(t.found[k]) / float64(t.total[k])
			m["n_"+string(k)] = float64(t.total[k])
		}
	}
	hit, tot := 0, 0
	for k, n := range t.protTotal {
		hit += t.protHit[k]
		tot += n
		m["over_"+k] = float64(t.protHit[k]) / float64(n)
	}
	if tot > 0 {
		m["over_redaction"] = float64(hit) / float64(tot)
	}
	if t.persons > 0 {
		m["form_consistency"] = float64(t.single) / float64(t.persons)
		m["form_collisions"] = float64(t.collisions) / float64(t.persons)
	}
	if t.docs > 0 {
		m["parse_kept"] = float64(t.parseKept) / float64(t.docs)
	}
	return m
}

func (t *anonTally) notes() []string {
	notes := []string{"recall_<kind>：生成器填入的该类真值被隐名器完整覆盖的比例；over_redaction：法官（落款）、法院与检察院名称、法条、县级以上地名中被任何删改触及的比例（套件自己的正则，不用隐名器的）；form_consistency：同一真值人物的全部出现得到同一某称的比例；form_collisions：与他人共用某称的人物比例；parse_kept：隐名前后本系统解析器读出的节、法院、案号、当事人角色、落款一致的文书比例"}
	show := func(label string, xs []string) {
		if len(xs) > 0 {
			notes = append(notes, label+strings.Join(xs[:min(12, len(xs))], "；"))
		}
	}
	show("漏删示例（文书 类别@字节）：", t.misses)
	show("误删示例（文书 类别@字节）：", t.overs)
	return notes
}
