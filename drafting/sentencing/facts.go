package sentencing

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"leian/corpus"
	"leian/corpus/extract"
	"leian/internal/cnum"
)

// Facts are the sentencing facts Leian reads from a fact text: the money
// and drug amounts, the harm done and the circumstances.
type Facts struct {
	// AmountYuan is the crime amount: the largest total the text states
	// (共计/合计/总计), else the sum of the distinct amounts it names.
	AmountYuan  float64 `json:"amount_yuan,omitempty"`
	AmountMax   float64 `json:"amount_max,omitempty"`
	AmountCount int     `json:"amount_count,omitempty"`
	// Drugs are the drug weights in grams by the drug's name in the law
	// (海洛因, 甲基苯丙胺, 氯胺酮 …; 毒品 when the text names none), DrugSales
	// the sales the text states (多次贩卖 is 情节严重, 2016 interpretation art. 4).
	Drugs         map[string]float64 `json:"drugs,omitempty"`
	DrugSales     int                `json:"drug_sales,omitempty"`
	Injury        int                `json:"injury,omitempty"` // 0 none … see injuryNames
	Deaths        int                `json:"deaths,omitempty"`
	Disability    int                `json:"disability,omitempty"` // 伤残等级 as 1 (十级) … 10 (一级)
	BAC           float64            `json:"bac,omitempty"`        // blood alcohol, mg/100ml
	Acts          int                `json:"acts,omitempty"`       // separately numbered or counted acts
	Defendants    int                `json:"defendants,omitempty"`
	Circumstances []string           `json:"circumstances,omitempty"` // extract's kinds
	Keywords      []string           `json:"keywords,omitempty"`      // aggravating or mitigating words present
	Province      string             `json:"province,omitempty"`
	// Proposal is the prosecution's proposed range in months ([0, hi] when
	// only a ceiling is stated, [lo, 0] only a floor), ProposalProbation
	// whether it proposes probation.
	Proposal          [2]int `json:"proposal,omitempty"`
	ProposalProbation bool   `json:"proposal_probation,omitempty"`
	Runes             int    `json:"runes"`
}

// injuryNames are the harm grades, mildest first.
var injuryNames = []string{"", "轻微伤", "轻伤二级", "轻伤一级", "重伤二级", "重伤一级", "死亡"}

var (
	moneyAny     = regexp.MustCompile(moneyPattern)
	bacRe        = regexp.MustCompile(`([0-9]+(?:\.[0-9]+)?)\s*(?:mg|毫克|MG|Mg)\s*[/／]\s*(?:100|l00|lOO|1OO|１００)\s*(?:ml|mL|ML|毫升|Ml)`)
	disabilityRe = regexp.MustCompile(`([一二三四五六七八九十])级伤残|伤残(?:等级)?(?:为|系|评定为|构成)?\s*([一二三四五六七八九十])级`)
	actsRe       = regexp.MustCompile(`(?:^|[。；\n])\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[、.．]`)
	timesRe      = regexp.MustCompile(`(?:先后|共|累计|分别)\s*([0-9]{1,3}|[一二三四五六七八九十两]{1,3})\s*次`)
	defendantRe  = regexp.MustCompile(`被告人([\p{Han}×Ｘ]{1,3}?[某×Ｘ]{0,2})(?:[，,。、的在与和及于因将从到向被以为]|$)`)
)

// moneyPattern is an amount in yuan (group 1 number, group 2 万/亿), or
// one whose 元 CAIL's anonymiser masked as 某 after 万 (骗取被害人人民币
// 25万某; groups 3 and 4): digits before 万某 are no name.
const moneyPattern = `(\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+)\s*(万|亿)?\s*(?:余|多)?\s*元|(\d+(?:\.\d+)?)\s*(万|亿)\s*(?:余|多)?\s*某`

// keywordList are the words the model may weigh, each a fact the
// guideline or the tiers turn on.
var keywordList = []string{"入户", "扒窃", "携带凶器", "逃逸", "多次", "持刀", "醉酒", "持枪", "枪支", "轻伤", "重伤", "死亡",
	"幼女", "儿童", "未成年", "贩卖", "运输", "制造", "走私", "单位", "国家工作人员", "共同", "伙同", "抢劫", "暴力", "胁迫",
	"网络", "电信", "老年", "残疾", "孕妇", "特别恶劣", "情节严重", "情节恶劣", "严重后果", "重大损失", "拒不", "无证",
	"未取得", "公共", "致人死亡", "当场", "未遂", "既遂", "主犯", "从犯", "首要分子", "黑社会", "集团", "赃物", "退还",
	"返还", "追回", "谅解", "赔偿", "自首", "投案", "认罪认罚", "前科", "累犯", "刑满释放", "假释", "缓刑考验期",
	"情节较轻", "毒品再犯", "发还", "死刑", "无期", "缓期", "复核", "核准", "上诉", "同案", "另案"}

// ReadFacts reads the sentencing facts of a fact text. court, when known,
// names the province; else the first province the text names does.
func ReadFacts(text, court string) Facts {
	f := Facts{Runes: len([]rune(text))}
	// Extract reads a judgment's reasoning; CircumstancesIn reads the fact
	// wordings as well (投案, dated prior sentences, returned loot).
	el := extract.Extract(text, nil)
	for _, c := range append(el.Circumstances, extract.CircumstancesIn(text, 0)...) {
		if !slices.Contains(f.Circumstances, c.Kind) {
			f.Circumstances = append(f.Circumstances, c.Kind)
		}
	}
	f.AmountYuan, f.AmountMax, f.AmountCount = CrimeAmount(text)
	f.Drugs, f.DrugSales = readDrugs(text)
	f.Injury, f.Deaths = harm(text)
	if m := disabilityRe.FindStringSubmatch(text); m != nil {
		g := m[1] + m[2]
		if n, ok := cnum.ParseInt(g); ok {
			f.Disability = 11 - int(n)
		}
	}
	for _, m := range bacRe.FindAllStringSubmatch(text, -1) {
		if v, err := strconv.ParseFloat(m[1], 64); err == nil && v > f.BAC && v < 1000 {
			f.BAC = v
		}
	}
	f.Acts = len(actsRe.FindAllString(text, -1))
	for _, m := range timesRe.FindAllStringSubmatch(text, -1) {
		if n, ok := cnum.ParseInt(m[1]); ok && int(n) > f.Acts && n < 500 {
			f.Acts = int(n)
		}
	}
	names := map[string]bool{}
	for _, m := range defendantRe.FindAllStringSubmatch(text, -1) {
		names[m[1]] = true
	}
	f.Defendants = len(names)
	for _, k := range keywordList {
		if strings.Contains(text, k) {
			f.Keywords = append(f.Keywords, k)
		}
	}
	f.Proposal, f.ProposalProbation = proposal(text)
	f.Province = provinceOf(court)
	if f.Province == "" {
		f.Province = provinceOf(text)
	}
	return f
}

func provinceOf(s string) string {
	p, _ := corpus.FirstProvince(s)
	return p.Name
}

// Has reports whether the facts state circumstance kind.
func (f Facts) Has(kind string) bool {
	for _, c := range f.Circumstances {
		if c == kind {
			return true
		}
	}
	return false
}

func (f Facts) keyword(k string) bool {
	for _, x := range f.Keywords {
		if x == k {
			return true
		}
	}
	return false
}

// CrimeAmount reads the crime amount of a fact text, clause by clause as
// the element forms read it (corpus/forms crime_amount): clauses about
// fines, compensation, returned or shared loot are not the amount; the
// largest stated total (共计/合计 … before the amount) wins, else a single
// amount, else the sum of the amounts written as stolen or defrauded
// value, else the sum of the distinct amounts. It also returns the largest
// single amount and the number of amounts read.
func CrimeAmount(text string) (total, largest float64, count int) {
	seen := map[float64]bool{}
	var sum, valued, stated float64
	for _, cl := range clauseRe.Split(text, -1) {
		if notCrimeRe.MatchString(cl) {
			continue
		}
		for _, m := range moneyAny.FindAllStringSubmatchIndex(cl, -1) {
			num, unit := m[2:4], m[4:6]
			if num[0] < 0 { // the masked form
				num, unit = m[6:8], m[8:10]
			}
			u := ""
			if unit[0] >= 0 {
				u = cl[unit[0]:unit[1]]
			}
			v, ok := extract.ParseYuan(cl[num[0]:num[1]], u)
			if !ok || v <= 0 {
				continue
			}
			count++
			largest = math.Max(largest, v)
			pre := cl[:m[0]]
			if totalCueRe.MatchString(pre) {
				stated = math.Max(stated, v)
			}
			if valueCueRe.MatchString(pre) {
				valued += v
			}
			if !seen[v] {
				seen[v] = true
				sum += v
			}
		}
	}
	switch {
	case stated > 0:
		return stated, largest, count
	case len(seen) == 1:
		return largest, largest, count
	case valued > 0:
		return valued, largest, count
	}
	return sum, largest, count
}

var (
	clauseRe   = regexp.MustCompile(`[，。；;！？\n]`)
	totalCueRe = regexp.MustCompile(`(?:共计|合计|总计|累计|总价值|共价值|总金额|总额|共)[^，,。；;]{0,8}$`)
	notCrimeRe = regexp.MustCompile(`罚金|赔偿|退赔|退赃|退还|受理费|工资|悬赏|保证金|取保|分得|分赃|销赃|卖得|得款`)
	valueCueRe = regexp.MustCompile(`(?:价值|骗取|窃取|盗走|窃得|骗得|盗得|现金|人民币|款)[^，,。；;]{0,12}$`)
)

var sentenceRe = regexp.MustCompile(`[。；;\n]`)

var (
	deathWords  = regexp.MustCompile(`(?:致|造成)(?:被害人)?[\p{Han}×]{0,6}死亡|经抢救无效死亡|当场死亡|抢救无效|(?:致|造成)([一二三两四五六七八九十\d]+)人死亡`)
	severeRe    = regexp.MustCompile(`重伤([一二])级|重伤`)
	lightRe     = regexp.MustCompile(`轻伤([一二])级|轻伤`)
	veryLightRe = regexp.MustCompile(`轻微伤`)
)

// harm reads the gravest injury a text states and the number of deaths.
func harm(text string) (grade, deaths int) {
	if m := deathWords.FindAllStringSubmatch(text, -1); m != nil {
		deaths = 1
		for _, x := range m {
			if n, ok := cnum.ParseInt(x[1]); ok && int(n) > deaths {
				deaths = int(n)
			}
		}
		return 6, deaths
	}
	if m := severeRe.FindStringSubmatch(text); m != nil {
		if m[1] == "一" {
			return 5, 0
		}
		return 4, 0
	}
	if m := lightRe.FindStringSubmatch(text); m != nil {
		if m[1] == "一" {
			return 3, 0
		}
		return 2, 0
	}
	if veryLightRe.MatchString(text) {
		return 1, 0
	}
	return 0, 0
}

var (
	proposalRe = regexp.MustCompile(`建议[^。；]{0,80}`)
	termWordRe = regexp.MustCompile(`([一二两三四五六七八九十\d]+)\s*年(?:零|又)?(?:([一二两三四五六七八九十\d]+)\s*个?月)?|([一二两三四五六七八九十\d]+)\s*个?月`)
)

// proposal reads the prosecution's proposed sentence (建议判处一年以上三年以下…).
func proposal(text string) (rng [2]int, probation bool) {
	for _, s := range proposalRe.FindAllString(text, -1) {
		if !strings.Contains(s, "判处") && !strings.Contains(s, "量刑") && !strings.Contains(s, "幅度") && !strings.Contains(s, "处以") {
			continue
		}
		var terms []int
		for _, m := range termWordRe.FindAllStringSubmatch(s, -1) {
			mo := 0
			if m[1] != "" {
				y, _ := cnum.ParseInt(m[1])
				n, _ := cnum.ParseInt(m[2])
				mo = int(12*y + n)
			} else {
				n, _ := cnum.ParseInt(m[3])
				mo = int(n)
			}
			if mo > 0 && mo <= 300 {
				terms = append(terms, mo)
			}
		}
		probation = probation || strings.Contains(s, "适用") || strings.Contains(s, "缓刑")
		switch {
		case len(terms) >= 2:
			rng = [2]int{min(terms[0], terms[1]), max(terms[0], terms[1])}
		case len(terms) == 1 && strings.Contains(s, "以上"):
			rng = [2]int{terms[0], 0}
		case len(terms) == 1:
			rng = [2]int{0, terms[0]}
		}
		if len(terms) > 0 {
			return rng, probation
		}
	}
	return rng, probation
}
