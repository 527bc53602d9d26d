package evals

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"

	"leian/corpus"
	"leian/drafting/batch"
	"leian/drafting/draft"
)

// BatchDraftSuite drafts the other members of each criminal group of the
// batch suite's seeded sample twice, from the group's model case (its
// medoid, taken as decided: its recorded outcome) and with no model, and
// scores each draft's charges, articles and term against the member's own
// decided outcome as its source labelled it.
func BatchDraftSuite(openBatch OpenBatch, openDrafter OpenDrafter) Suite {
	return Suite{
		Name:    "batchdraft",
		Dataset: "stored documents (LEIAN_HOME/docs.db): the batch suite's 500 seeded, criminal groups, source labels",
		Metrics: "charge_exact, article_f1, term_within25, term_log_distance, members, same_charge/charge_exact, same_charge/article_f1, same_charge/term_within25, same_charge/term_log_distance, same_charge/members",
		Good:    "charge_exact、article_f1、term_within25 越高越好；term_log_distance 越低越好",
		Flags: map[string]string{
			"sample": "dev (default): the batch suite's scored 500; tuning: the disjoint 500 beside it, where the drafter's choices are made",
		},
		Run: func(ctx context.Context, in Input) (*Result, error) {
			env, closeEnv, err := openBatch(ctx)
			if err != nil {
				return nil, err
			}
			defer closeEnv()
			return runBatchDraft(ctx, in, env, openDrafter)
		},
	}
}

// batchDraftThreshold is the merge threshold the suite groups with.
const batchDraftThreshold = 0.25

// pair is one member to draft and its group's model case.
type pair struct {
	member, model *corpus.Document
}

func runBatchDraft(ctx context.Context, in Input, env BatchEnv, open OpenDrafter) (*Result, error) {
	tuning := false
	switch in.Args["sample"] {
	case "", "dev":
	case "tuning":
		tuning = true
	default:
		return nil, fmt.Errorf("batchdraft suite: --sample %q: want dev or tuning", in.Args["sample"])
	}
	pairs, skipped, byID, err := samplePairs(ctx, env, in.Seed, tuning)
	if err != nil {
		return nil, err
	}
	if in.Limit > 0 && len(pairs) > in.Limit {
		pairs = pairs[:in.Limit]
	}
	if len(pairs) == 0 {
		return nil, fmt.Errorf("batchdraft suite: no criminal group with a labelled member")
	}
	return draftPairs(ctx, env, open, pairs, skipped, byID, tuning)
}

// samplePairs groups the batch suite's seeded sample (or, with tuning,
// the disjoint tuning sample beside it) and lists the members to draft
// with their models.
func samplePairs(ctx context.Context, env BatchEnv, seed int64, tuning bool) ([]pair, int, map[string]*corpus.Document, error) {
	const n = 500
	byID := map[string]*corpus.Document{}
	var pool []*corpus.Document
	err := env.Each(ctx, func(d *corpus.Document) error {
		if goldLabel(d) == "" || batch.Check(batch.Case{ID: d.ID, Text: d.Text}) != nil {
			return nil
		}
		pool = append(pool, d)
		byID[d.ID] = d
		return nil
	})
	if err != nil {
		return nil, 0, nil, fmt.Errorf("batchdraft suite: read documents: %w", err)
	}
	if len(pool) < 2*n {
		return nil, 0, nil, fmt.Errorf("batchdraft suite: %d labelled documents, need %d: run leian ingest", len(pool), 2*n)
	}
	// The batch suite's samples: same order, same seed.
	sort.Slice(pool, func(i, j int) bool { return pool[i].ID < pool[j].ID })
	r := rand.New(rand.NewPCG(batchSeed, uint64(seed)))
	r.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
	sample := pool[:n]
	if tuning {
		sample = pool[n : 2*n]
	}
	cases := make([]batch.Case, n)
	for i, d := range sample {
		cases[i] = batch.Case{ID: d.ID, Text: d.Text}
	}
	// The groups the suite was first measured on: threshold 0.25 and no
	// charge predictor, so that a drafting change is compared on the same
	// members rather than on the service's purer grouping.
	groups, err := batch.Group(ctx, env.Embedder, cases, batch.Options{Threshold: batchDraftThreshold})
	if err != nil {
		return nil, 0, nil, err
	}
	pairs, skipped := groupPairs(groups, byID)
	return pairs, skipped, byID, nil
}

func draftPairs(ctx context.Context, env BatchEnv, open OpenDrafter, pairs []pair, skipped int, byID map[string]*corpus.Document, tuning bool) (*Result, error) {
	heldOut := make([]string, len(pairs))
	for i, p := range pairs {
		heldOut[i] = p.member.Text
	}
	denv, closeDrafter, err := open(ctx, heldOut)
	if err != nil {
		return nil, err
	}
	defer closeDrafter()
	if denv.Store == nil {
		return nil, fmt.Errorf("batchdraft suite: the drafter has no document store")
	}
	svc := &draft.Service{Drafter: denv.Drafter, Store: denv.Store}
	stored := func(id string) bool { return byID[id] != nil }
	// same: the members whose labelled charges are the model's, the groups
	// a judge would draft from one model; a breakdown, nothing is chosen on it.
	withModel, alone, sameModel, sameAlone := &draftScore{}, &draftScore{}, &draftScore{}, &draftScore{}
	failed := map[string]int{}
	res := &Result{Suite: "batchdraft", Metrics: map[string]float64{}, Baselines: map[string]map[string]float64{}, Split: SplitDev, Files: env.Files}
	for _, p := range pairs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		member := batch.Case{ID: p.member.ID, Text: p.member.Text}
		from, err := batch.DraftFrom(ctx, svc, stored, batch.Case{ID: p.model.ID, Text: p.model.Text}, []batch.Case{member})
		if err != nil {
			return nil, fmt.Errorf("batchdraft %s from %s: %w", p.member.ID, p.model.ID, err)
		}
		own, err := batch.DraftAlone(ctx, svc, stored, draft.KindCriminal, []batch.Case{member})
		if err != nil {
			return nil, fmt.Errorf("batchdraft %s alone: %w", p.member.ID, err)
		}
		if from[0].Error != "" {
			failed["model"]++
		}
		if own[0].Error != "" {
			failed["no_model"]++
		}
		a, b := withModel.add(from[0].Draft, p.member), alone.add(own[0].Draft, p.member)
		if sameCharges(labelCharges(p.member), labelCharges(p.model)) {
			sameModel.add(from[0].Draft, p.member)
			sameAlone.add(own[0].Draft, p.member)
		}
		res.Items = append(res.Items, Item{ID: p.member.ID, Scores: map[string]float64{"term_within25": a, "no_model/term_within25": b}})
	}
	res.N = len(pairs)
	res.Metrics = withModel.metrics()
	res.Baselines["no_model"] = alone.metrics()
	for k, v := range sameModel.metrics() {
		res.Metrics["same_charge/"+k] = v
	}
	for k, v := range sameAlone.metrics() {
		res.Baselines["no_model"]["same_charge/"+k] = v
	}
	res.Footing = sameData("no_model")
	res.Method = "每个刑事组的范本案件取分组中心（medoid，视为已决：其判决或来源标注的结果）；成员依范本起草（batch.DraftFrom：沿用范本罪名、法条、说理，刑期按量刑模型对成员与范本的估计之比调整；成员自身证据优先：起诉书或事实所列罪名与范本不同，或事实无范本罪名的行为用语，或罪名预测模型的预测不含范本罪名时，该成员按自身罪名单独起草，同不依范本；此规则为先验设定，未按标签选择）与不依范本起草（batch.DraftAlone：同一事实、同一起诉罪名，类案检索与量刑模型推荐），经 draft.Service 起草（排除成员本案及同案文书）；量刑模型与罪名预测模型剔除被起草成员的事实后训练；无按标签选择的参数"
	res.Notes = append(res.Notes,
		fmt.Sprintf("样本：eval batch 的同一 500 件（种子 %d）按阈值 %.2f 分组（本评测首次测量时的服务默认值，不用罪名预测，以便在同一批成员上比较起草规则）；刑事组中非范本成员、有来源标注的 %d 件被起草（--limit 截取前若干件）；跳过 %d 件：与范本同案（案号、ajId 等相同）或事实相同", batchSeed, batchDraftThreshold, len(pairs), skipped),
		"金标：成员来源自带的罪名、刑法条文与刑期标注（CAIL2018 等），不经本系统抽取；罪名比较只去掉“罪”字与方括号；term_within25：起草刑期与标注刑期相差不超过 25%（标注为有期徒刑或拘役者）；term_log_distance：|ln((起草+1)/(标注+1))| 的平均",
	)
	res.Notes = append(res.Notes, fmt.Sprintf("same_charge/*：其中标注罪名与范本案件相同的成员（法官会依同一范本起草的组）；未能起草：依范本 %d 件、不依范本 %d 件（计为全错）", failed["model"], failed["no_model"]))
	res.Notes = append(res.Notes, denv.Notes...)
	if tuning {
		res.Split = SplitInSample
		res.Notes = append([]string{"--sample tuning：起草的是与评分样本不相交的调参样本（同一抽样池的第 501–1000 件），供选择规则，不作为评分结果"}, res.Notes...)
	}
	return res, nil
}

// groupPairs lists, for every criminal group, each member that is not its
// model and carries a source label, with the model; a member of the same
// case as its model (a shared case key or the same facts) is skipped.
func groupPairs(groups *batch.Result, byID map[string]*corpus.Document) ([]pair, int) {
	var per [][]pair
	skipped := 0
	for _, c := range groups.Clusters {
		var out []pair
		model := byID[c.Model]
		if model == nil || len(c.Members) < 2 || !isCriminal(model) {
			continue
		}
		keys := map[string]bool{}
		for _, k := range draft.CaseKeys(model) {
			keys[k] = true
		}
		for _, m := range c.Members {
			d := byID[m.ID]
			if d == nil || d.ID == model.ID || !isCriminal(d) || !labelled(d) {
				continue
			}
			if slices.ContainsFunc(draft.CaseKeys(d), func(k string) bool { return keys[k] }) || squash(d.Text) == squash(model.Text) {
				skipped++
				continue
			}
			out = append(out, pair{member: d, model: model})
		}
		if len(out) > 0 {
			per = append(per, out)
		}
	}
	// Round-robin over the groups, so that --limit reads many groups
	// rather than the first large one.
	var out []pair
	for i := 0; len(out) < countPairs(per); i++ {
		for _, g := range per {
			if i < len(g) {
				out = append(out, g[i])
			}
		}
	}
	return out, skipped
}

func countPairs(per [][]pair) int {
	n := 0
	for _, g := range per {
		n += len(g)
	}
	return n
}

func labelCharges(d *corpus.Document) []string {
	for _, l := range d.Labels {
		if len(l.Charges) > 0 {
			return l.Charges
		}
	}
	return nil
}

func isCriminal(d *corpus.Document) bool {
	return slices.ContainsFunc(d.Labels, func(l corpus.Labels) bool { return len(l.Charges) > 0 })
}

func labelled(d *corpus.Document) bool {
	_, _, ok := d.Decided()
	return ok
}

func squash(s string) string { return strings.Join(strings.Fields(s), "") }

// draftScore accumulates one row's scores.
type draftScore struct {
	n, chargeExact, within, logDist, terms float64
	artTP, artGold, artPred                float64
}

// add scores one draft (nil: not drafted) against the member's labels and
// returns its term_within25 (0 or 100).
func (s *draftScore) add(d *draft.Draft, member *corpus.Document) float64 {
	s.n++
	var gold corpus.Labels
	for _, l := range member.Labels {
		if len(l.Charges) > 0 {
			gold = l
			break
		}
	}
	var charges []string
	var arts []int
	months := 0
	if d != nil {
		charges = d.Charges
		for _, a := range d.Articles {
			if strings.Contains(a.Law, "刑法") && !slices.Contains(arts, a.Number) {
				arts = append(arts, a.Number)
			}
		}
		if len(d.Penalties) > 0 {
			months = d.Penalties[0].Months
		}
	}
	if sameCharges(charges, gold.Charges) {
		s.chargeExact++
	}
	if len(gold.Articles) > 0 {
		for _, a := range arts {
			if slices.Contains(gold.Articles, a) {
				s.artTP++
			}
		}
		s.artGold += float64(len(gold.Articles))
		s.artPred += float64(len(arts))
	}
	kind, want, ok := member.Decided()
	if !ok || (kind != "有期徒刑" && kind != "拘役") {
		return 0
	}
	s.terms++
	s.logDist += math.Abs(math.Log(float64(months+1) / float64(want+1)))
	if months > 0 && math.Abs(float64(months-want)) <= 0.25*float64(want) {
		s.within++
		return 100
	}
	return 0
}

func (s *draftScore) metrics() map[string]float64 {
	p, r := pct(s.artTP, s.artPred), pct(s.artTP, s.artGold)
	return map[string]float64{
		"charge_exact":      pct(s.chargeExact, s.n),
		"article_f1":        f1Of(p, r),
		"term_within25":     pct(s.within, s.terms),
		"term_log_distance": s.logDist / max(s.terms, 1),
		"members":           s.n,
	}
}

// sameCharges compares charge sets as written, without 罪 and CAIL's
// brackets: the only spelling difference between the sources.
func sameCharges(a, b []string) bool {
	norm := func(cs []string) []string {
		var out []string
		for _, c := range cs {
			c = strings.TrimSuffix(strings.NewReplacer("[", "", "]", "").Replace(c), "罪")
			if !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
		slices.Sort(out)
		return out
	}
	return len(a) > 0 && slices.Equal(norm(a), norm(b))
}
