package draft

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"leian/corpus"
	"leian/corpus/parse"
)

// Habits are the decided first-instance criminal judgments of the store by
// court and province, read for the general-part articles whose citation is
// a court's habit more than the law's demand. Among the LeCaRD first-instance
// judgments that fine, about half cite 第五十二、五十三条; Beijing's courts
// eight in ten, Fujian's under three. The similar cases, from every
// province, cannot tell which habit the drafting court has; its own past
// judgments can.
type Habits struct {
	docs    map[string]habitDoc
	byPlace map[string][]string // place key → judgments, in store order
	byProv  map[string][]string // province → judgments
	provOf  map[string]string   // place key → province, when its judgments agree
	all     []string
	// itemPairs counts the judgments whose further items hold each pair
	// of characters (verdictparticulars.go).
	itemPairs map[string]int
}

// habitDoc is what a judgment tells of its court's habits: its court, what
// its verdict imposed (the facts' circumstances are not read) and the
// articles it cites.
type habitDoc struct {
	place, prov string
	state       caseState
	cites       []int        // Criminal Law articles of its legal basis
	house       houseWording // how its verdict words its notes
	// office: every charge it convicts of is a bribery or an office crime
	// (officeCrime), whose long terms courts seldom deprive.
	office bool
}

// placeUnit is one administrative unit of a court's or procuratorate's
// name: 浙江省, 台州市, 椒江区, 科尔沁右翼前旗. A bare 州 ends none: it is
// inside 台州市 and 通州区, and prefectures so named end in 自治州.
var placeUnit = regexp.MustCompile(`\p{Han}+?(?:特别行政区|自治区|自治州|自治县|自治旗|新区|地区|林区|矿区|省|市|盟|县|区|旗)`)

var organSuffix = regexp.MustCompile(`(?:中级)?人民(?:法院|检察院)$`)

// placeOf is the lowest administrative unit a court or procuratorate is
// named for, and the province its name states ("" when none): 浙江省临海市
// 人民法院 and 临海市人民检察院 are both 临海市. A court is matched to the
// prosecutor of the facts by it, since the facts name only the latter.
func placeOf(name string) (place, prov string) {
	name = organSuffix.ReplaceAllString(strings.TrimSpace(name), "")
	if p, ok := corpus.ProvinceOf(name); ok {
		prov = p.Code
	}
	var last string
	for _, u := range placeUnit.FindAllString(name, -1) {
		if strings.HasSuffix(u, "省") || strings.HasSuffix(u, "自治区") {
			continue
		}
		last = u
	}
	if utf8.RuneCountInString(last) < 2 {
		return "", prov
	}
	return last, prov
}

// caseCodeProv is the province of a case number's court code (浙0304).
func caseCodeProv(code string) string {
	r, n := utf8.DecodeRuneInString(code)
	if n == 0 || len(code) == n || code[n] < '0' || code[n] > '9' {
		return "" // the older local codes (临罗刑二初字) name no province
	}
	for p := range corpus.Provinces() {
		if p.Code == string(r) {
			return p.Code
		}
	}
	return ""
}

// BuildHabits reads every stored first-instance criminal judgment that
// names its court and cites the Criminal Law.
func BuildHabits(ctx context.Context, c Corpus) (*Habits, error) {
	h := &Habits{docs: map[string]habitDoc{}, byPlace: map[string][]string{}, byProv: map[string][]string{}, provOf: map[string]string{}, itemPairs: map[string]int{}}
	provVotes := map[string]map[string]int{}
	err := c.Each(ctx, func(d *corpus.Document) error {
		hd, ok := habitOf(d)
		if !ok {
			return nil
		}
		for k := range itemPairsOf(verdictOf(d)) {
			h.itemPairs[k]++
		}
		h.docs[d.ID] = hd
		h.all = append(h.all, d.ID)
		if hd.place != "" {
			h.byPlace[hd.place] = append(h.byPlace[hd.place], d.ID)
			if hd.prov != "" {
				if provVotes[hd.place] == nil {
					provVotes[hd.place] = map[string]int{}
				}
				provVotes[hd.place][hd.prov]++
			}
		}
		if hd.prov != "" {
			h.byProv[hd.prov] = append(h.byProv[hd.prov], d.ID)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("court habits: %w", err)
	}
	for place, votes := range provVotes {
		if len(votes) == 1 { // a place name two provinces share says neither
			for p := range votes {
				h.provOf[place] = p
			}
		}
	}
	return h, nil
}

// habitOf reads a stored judgment's court and what its verdict and legal
// basis did; false for any other document (facts-only records, appeals).
func habitOf(d *corpus.Document) (habitDoc, bool) {
	s, e := d.Structure, d.Elements
	if s == nil || e == nil || s.Court == "" || s.CaseType != "criminal" || s.Procedure != "一审" || len(e.Articles) == 0 || len(e.Defendants) == 0 {
		return habitDoc{}, false
	}
	var hd habitDoc
	hd.place, hd.prov = placeOf(s.Court)
	if hd.prov == "" && s.CaseNumber != nil {
		hd.prov = caseCodeProv(s.CaseNumber.Court)
	}
	st := &hd.state
	for _, df := range e.Defendants {
		if pen := df.Penalty; pen != nil {
			st.sentenced(pen)
			st.probation = st.probation || pen.Probation && pen.Kind != "死刑"
		}
	}
	verdict := verdictOf(d)
	st.items = len(furtherItems(verdict)) > 0
	hd.house = houseOf(verdict)
	st.multi = len(e.Defendants) > 1
	st.charges = len(e.Charges)
	hd.office = len(e.Charges) > 0 && officeOnly(e.Charges)
	for _, c := range e.Articles {
		if (c.Law == "" || strings.Contains(c.Law, "刑法")) && !slices.Contains(hd.cites, c.Article) {
			hd.cites = append(hd.cites, c.Article)
		}
	}
	return hd, true
}

// verdictOf is a stored judgment's verdict.
func verdictOf(d *corpus.Document) string {
	if d.Structure != nil {
		if v := d.Structure.SectionText(parse.Verdict); v != "" {
			return v
		}
	}
	return d.Sections["verdict"]
}

// Habit priors: a province's share is shrunk toward the whole store's
// with the weight of provinceShrink judgments, a court's toward its
// province's with courtShrink. Set a priori (a court with five judgments
// in that state says as much as its province), not tuned.
const (
	provinceShrink = 5.0
	courtShrink    = 5.0
)

// habit is the court's estimated share of the judgments that cite article
// art among those in the draft's state st as far as when tells (those that
// fined, when the draft fines, for 第五十二条): the court of where (court),
// shrunk toward its province and the store. The judgments of where.exclude
// (the case's own family) are not read. ok is false when the store knows
// neither the court nor its province; why says what the share rests on.
func (h *Habits) habit(where bench, art int, when func(caseState) bool, st caseState) (share float64, why string, ok bool) {
	in := func(d habitDoc) bool { return when(d.state) == when(st) }
	cites := func(d habitDoc) bool { return slices.Contains(d.cites, art) }
	return h.share(where, in, cites)
}

// share is the court's estimated share, among its judgments for which in
// holds (those in the draft's state), of those for which has holds, shrunk
// toward its province and the store as habit says; the judgments of
// where.exclude are not read.
func (h *Habits) share(where bench, in, has func(habitDoc) bool) (share float64, why string, ok bool) {
	if h == nil {
		return 0, "", false
	}
	place, prov := h.court(where)
	if place == "" {
		return 0, "", false
	}
	exclude := where.exclude
	skip := map[string]bool{}
	for _, id := range exclude {
		skip[id] = true
	}
	count := func(ids []string) (n, k float64) {
		for _, id := range ids {
			d := h.docs[id]
			if skip[id] || !in(d) {
				continue
			}
			n++
			if has(d) {
				k++
			}
		}
		return n, k
	}
	nAll, kAll := count(h.all)
	if nAll == 0 {
		return 0, "", false
	}
	share = kAll / nAll
	if prov != "" {
		n, k := count(h.byProv[prov])
		share = (k + provinceShrink*share) / (n + provinceShrink)
		why = fmt.Sprintf("本省同类判决%.0f件", n)
	}
	n, k := count(h.byPlace[place])
	share = (k + courtShrink*share) / (n + courtShrink)
	why = strings.TrimPrefix(why+fmt.Sprintf("，%s法院同类判决%.0f件", place, n), "，")
	return share, why, true
}

// HabitSource gives the courts' habits: a *Habits at once, a LazyHabits
// once it has read the store.
type HabitSource interface {
	habits() *Habits
}

func (h *Habits) habits() *Habits { return h }

// LazyHabits are a server's habits, read in the background so that the
// server answers at once; until they are read the similar cases alone
// decide.
type LazyHabits struct {
	ready chan struct{}
	h     *Habits
}

// BuildHabitsLater starts reading the habits of c; done is called once
// with the reading's error.
func BuildHabitsLater(ctx context.Context, c Corpus, done func(error)) *LazyHabits {
	l := &LazyHabits{ready: make(chan struct{})}
	go func() {
		h, err := BuildHabits(ctx, c)
		if err == nil {
			l.h = h
		}
		close(l.ready)
		done(err)
	}()
	return l
}

func (l *LazyHabits) habits() *Habits {
	select {
	case <-l.ready:
		return l.h
	default:
		return nil
	}
}

// bench is the court the draft is written for, as far as the request
// tells: the prosecutor it names or the places its facts name, and the
// documents of the case itself, which must not speak for the court's
// habit.
type bench struct {
	prosecutor string
	// facts name the court's place when no prosecutor does.
	facts   string
	exclude []string
}
