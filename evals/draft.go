package evals

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"leian/drafting/draft"
	"leian/evals/judge"
)

// DraftEnv is what the draft suite drafts with: the served offline
// drafter and the case-family index that keeps each case's own documents
// out of its retrieval.
type DraftEnv struct {
	Drafter draft.Drafter
	Family  *draft.Family
	// Store is the document store a draft.Service reads stored cases and
	// model cases from (the batch drafting suite drafts through it).
	Store draft.Store
	// Notes say how the drafter was opened (cases held out of training).
	Notes []string
}

// OpenDrafter opens the drafter over the current index; the returned func
// releases it. Anything the drafter learns from (the sentencing model) is
// trained without the cases of heldOut, the facts the suite drafts.
type OpenDrafter func(ctx context.Context, heldOut []string) (DraftEnv, func(), error)

// draftMetrics are the suite's metrics, in order.
var draftMetrics = []string{"charge_f1", "charge_r", "charge_p", "article_f1", "article_r", "article_p", "time", "amount",
	"reasoning_meteor", "judgment_meteor", "articles_resolved", "leakage_violations", "meteor_n", "time_num", "amount_num"}

// bestTestPublished are the best baseline per metric on JuDGE's 501 test
// documents under the HEAD scorer (specs/judge-metrics.md §10): other split.
var bestTestPublished = map[string]float64{
	"charge_f1": 0.9657, "charge_r": 0.9651, "charge_p": 0.9664, "article_f1": 0.7671, "article_r": 0.7903, "article_p": 0.8021,
	"time": 0.7013, "amount": 0.5568, "reasoning_meteor": 0.6523, "judgment_meteor": 0.7548,
}

// judgeBaselines are the 18 published baseline outputs on the dev ids.
var judgeBaselines = []string{
	"direct/qwen2.5-3B-Instruct-direct.jsonl", "direct/qwen2.5-7B-Instruct-direct.jsonl",
	"law_llm/hanfei/hanfei-direct.jsonl", "law_llm/lexilaw/lexilaw-direct.jsonl",
	"fewshot/qwen2.5-3B-Instruct.jsonl", "fewshot/qwen2.5-7B-Instruct.jsonl",
	"law_llm/hanfei/hanfei-fewshot.jsonl", "law_llm/lexilaw/lexilaw-fewshot.jsonl",
	"finetune/qwen2.5-3B.jsonl", "finetune/qwen2.5-3B-Instruct.jsonl",
	"finetune/qwen2.5-7B.jsonl", "finetune/qwen2.5-7B-Instruct.jsonl",
	"law_llm/hanfei/hanfei-finetune.jsonl", "law_llm/lexilaw/lexilaw-finetune.jsonl",
	"multi/qwen2.5-3B.jsonl", "multi/qwen2.5-3B-Instruct.jsonl",
	"multi/qwen2.5-7B.jsonl", "multi/qwen2.5-7B-Instruct.jsonl",
}

// Draft is the judgment-drafting suite on JuDGE: each case drafted from its
// facts alone and scored against its judgment with the JuDGE scorer port.
func Draft(open OpenDrafter) Suite {
	return Suite{
		Name:      "draft",
		Dataset:   "judge/judge.jsonl",
		Metrics:   strings.Join(draftMetrics, ", "),
		Good:      "越高越好（leakage_violations 必须为 0）；JuDGE 评分器（HEAD）逐项移植：罪名、法条 F1，刑期、罚金得分，说理与判项 METEOR",
		Flags:     map[string]string{"save": "write the drafted documents to this JSONL file ({\"id\",\"document\"} lines, the --run format)"},
		RunFormat: `JSONL，每行 {"id": text_id, "document": 生成的判决书全文}，须覆盖数据集全部 id`,
		Run: func(ctx context.Context, in Input) (*Result, error) {
			return runDraft(ctx, in, open)
		},
	}
}

func runDraft(ctx context.Context, in Input, open OpenDrafter) (*Result, error) {
	path := in.File
	if path == "" {
		path = filepath.Join(in.DataDir, "judge", "judge.jsonl")
	}
	cases, err := judge.ReadCases(path)
	if err != nil {
		return nil, err
	}
	if in.Limit > 0 && in.Limit < len(cases) {
		cases = cases[:in.Limit]
	}
	tk, err := judge.DefaultTokenizer()
	if err != nil {
		return nil, err
	}
	expected := make([]judge.Doc, len(cases))
	for i, c := range cases {
		expected[i] = judge.Doc{ID: c.TextID, Document: c.FD}
	}
	res := &Result{Suite: "draft", N: len(cases), Files: []string{path}}
	var gen map[string]string
	violations, cited, resolved := 0, 0, 0
	var unresolved []string // "item: citation", so an evaluator can see what failed
	if in.RunFile != "" {
		docs, err := judge.ReadDocs(in.RunFile)
		if err != nil {
			return nil, err
		}
		gen = map[string]string{}
		for _, d := range docs {
			gen[d.ID] = d.Document
		}
		if in.Limit > 0 {
			gen = restrict(gen, expected)
		}
		res.Files = append(res.Files, in.RunFile)
		res.Method = "对 --run 文件按 JuDGE HEAD 评分器（Go 移植）打分；分词用 " + tk.Source
	} else {
		if open == nil {
			return nil, errors.New("draft: no drafter wired; run leian index first, or score an output with --run FILE")
		}
		heldOut := make([]string, len(cases))
		for i, c := range cases {
			heldOut[i] = c.Text
		}
		env, release, err := open(ctx, heldOut)
		if err != nil {
			return nil, fmt.Errorf("draft: open the drafter: %w", err)
		}
		defer release()
		res.Notes = append(res.Notes, env.Notes...)
		gen = map[string]string{}
		var took []float64
		for _, c := range cases {
			t0 := time.Now()
			keys := draft.TextKeys(c.TextID, c.FD)
			exclude := env.Family.Members(keys)
			d, err := env.Drafter.Draft(ctx, draft.Request{Facts: c.Text, Kind: draft.KindCriminal, Exclude: exclude})
			if err != nil {
				return nil, fmt.Errorf("draft: case %s: %w", c.TextID, err)
			}
			took = append(took, time.Since(t0).Seconds())
			gen[c.TextID] = d.Plain()
			for _, s := range d.Similar {
				if slices.Contains(exclude, s.ID) || env.Family.Related(s.ID, keys) {
					violations++
				}
			}
			for _, a := range d.Articles {
				cited++
				if a.Resolved {
					resolved++
				} else {
					unresolved = append(unresolved, c.TextID+"："+a.Cite())
				}
			}
		}
		if len(unresolved) > 0 {
			res.Notes = append(res.Notes, fmt.Sprintf("规则库中未能解析的援引 %d 处：%s", len(unresolved), strings.Join(unresolved[:min(len(unresolved), 10)], "；")))
		}
		slices.Sort(took)
		if len(took) > 0 {
			res.Notes = append(res.Notes, fmt.Sprintf("每篇起草耗时（含检索，全库）：中位数 %.2f 秒，p99 %.2f 秒，最长 %.2f 秒", took[len(took)/2], took[min(len(took)-1, len(took)*99/100)], took[len(took)-1]))
		}
		if out := in.Args["save"]; out != "" {
			if err := saveDocs(out, expected, gen); err != nil {
				return nil, err
			}
		}
		res.Method = "仅依据 text（事实）离线生成（类案检索排除本案及同案文书：同 ajId、同案号、引用本案号的上诉文书）；罪名取类案加权多数（罪名用语表与阈值为先验设定；设计时查看过 dev 前 40 项的错误类型，据此加入罪名用语加分与“只在全文判决中统计法条”）；法条 = 罪名条文 + 同罪名类案（前 15 件援引法条者）加权过半援引的分则条文 + 总则条文（第十七、二十三、二十五至二十七、五十二、五十三、六十四、六十五、六十七至六十九、七十二、七十三条）：只数与本稿状态相同的类案（事实所载情节、本稿是否并处罚金/缓刑/追缴、是否多名被告人、是否数罪），加权占比达 0.4 即引（阈值在 tune 集上与 0.5 比较后选定，未在 dev 上选择），法律明定的情形（罚金→第五十二、五十三条，缓刑→第七十二、七十三条，自首或坦白→第六十七条，数罪→第六十九条，累犯、未遂、立功、未成年）另以一件类案权重的“应引”为先验；刑期 = 同罪名类案加权中位数与量刑模型（cail2018 训练，剔除与被评测事实重合的已决案件）的几何平均（各占 0.5），罚金 = 类案每月刑期罚金额的加权中位数 × 刑期，事实与类案载明犯罪数额时与“类案罚金 × (本案数额/类案数额)^0.75”的加权中位数取几何平均，再取法院常用整数额（1000、2000、3000、5000、10000 元等），公诉机关建议载明罚金数额或并处罚金时从其建议（指数 0.75 与几何平均、取整在 tune 集上与 0、0.25、0.5、1 及单用数额、单用刑期比较后选定，未在 dev 上选择）（多数类案并处罚金时，或量刑模型所定法定刑幅度规定“并处罚金/并处或者单处罚金”时；幅度无罚金规定时不删类案罚金：在 tune 集上比较后舍弃删除规则）；类案缓刑占比只计读到判决主文的类案（cail2018 记录不载缓刑）；数罪时逐罪量刑（各罪刑期不超过决定执行刑期）并写“决定执行”；第二名起的被告人：同案多名被告人类案（至少 3 件，先验设定）中该名次与前一名刑期相同者加权占比达 0.5（先验设定，未调参）即取前一名刑期，否则刑期 = 第一名 × 该名次中刑期不同于此前各名者与第一名刑期比的加权中位数（与前名相同的刑期在判项中重复、评分器只计一次，不混入比值）；说理改编自最典型类案，缺少的情节句取自类案同类句式，依据句沿用类案开头；k=15、先验权重 1、几何权重 0.5 为先验设定；“法定情形才设先验”、罚金按刑期折算、羁押起止日期留空待填三项在 200 件不属 dev 的 LeCaRD 一审刑事判决（tune 集，由 lecard/candidates 抽样）上比较后保留，未在 dev 上选择；阈值 0.4 与罚金规则在 leian sample judge-tune（种子 1）抽取的 200 件 tune 集上比较（leian eval draft --file）；以下四项亦只在该 tune 集上选定、未在 dev 上选择：刑期落在公诉机关量刑建议内（有下限取下限，仅有上限时不超过上限），缓刑只给拘役或三年以下有期徒刑（类案的死缓不作缓刑），情节条文随事实所载情节（第十七、二十三、六十五、六十八条须事实载明未成年、未遂、累犯、立功，累犯另由事实所载前科依刑法第六十五、六十六条判定（前罪被判处有期徒刑以上刑罚且未宣告缓刑、非过失犯罪、非未满十八周岁时所犯，刑满释放或假释考验期满之日至事实中本罪最早日期不逾五年，本罪非过失犯罪、非危险驾驶罪；前科已可判定而不构成时，事实仅写“刑满释放”不再作累犯），累犯一律不予缓刑（第七十四条），说理写累犯句，事实只在否认中写到的情节（不构成累犯、没有自首等）不计，此项在该 tune 集上比较后加入，并在 dev 与 tune 以外的 7225 件 LeCaRD 一审判决上核对（判定为累犯的 236 件中 219 件判决引第六十五条或说理写累犯），未在 dev 上选择；第二十五条须多名被告人，第二十七条须载明从犯；多名被告人且载明从犯时第二十五、二十六条以“应引”为先验，类案仍可否决），事实未写明指控罪名时取“其行为已构成X罪”所写罪名，事实只载轻微伤时投票不取故意伤害罪（依 LeCaRD 候选判决 279 件中 0 件，非调参），第五十二、五十三、七十二、七十三条须本稿判处罚金、缓刑，说理缺少时补“指控罪名成立”与“根据……危害程度”两句套语；说理以“本院认为”开头（改编首句被删时补上）并逐条回应事实所载辩护意见（争议定罪者不予采纳，只求从轻者予以采纳，两者兼有或皆无者留待法官），亦只在该 tune 集上比较后加入。评分：JuDGE HEAD 评分器 Go 移植，分词用 " + tk.Source
		res.Method += "；判项与说理用语（只在 leian sample judge-tune（种子 1）的 200 件 tune 集上比较、未在 dev 上选择）：羁押起日取事实中同一句内有抓获/拘留/传唤/查获等词的最早日期（不要求“被”字在前），罚金缴纳用语须两件以上类案相同且不含金额，否则用 dev 与 tune 以外 LeCaRD 一审判决最常见的“罚金限判决生效后十日内缴纳”，不以常见姓氏开头且出现不足 8 次的“被告人××”不作被告人，第二名起的被告人在同案多名被告人的类案不足 3 件时按上述语料中该名次与前一名刑期相同的占比及刑期不同者与第一名刑期比的中位数，按事实所载二人地位（主犯/从犯）分组（分组表由 dev 与 tune 以外的 LeCaRD 一审多名被告人判决 1,831 件统计，在该语料上二折交叉验证比较全部比值中位数、按被告人数的倍数后选定；未在 dev 上选择，亦未在 tune 集上调参）"
		res.Method += "；多名被告人（只在 leian sample judge-tune（种子 1）的 200 件 tune 集上比较后加入，未在 dev 上选择）：公诉机关量刑建议按被告人逐一读取（建议对甲判处…；对乙判处…，未点名者归同句前文所列被告人，写明“二被告人”者归全体，否则归第一名），各被告人刑期受本人建议约束，只点一个刑期者从其建议；第一名被告人的几何加权刑期乘以 1.3（在 1 至 1.7 间比较选定）；第二名起的罚金按刑期比例折算后取法院常用整数额；从事实中读取的被告人上限由 6 名提高到 30 名"
		res.Method += "；缓刑：逻辑回归模型（LeCaRD 候选一审刑事判决中可缓刑的刑期训练，剔除与被评测事实重合者）估计概率，与同刑种类案缓刑占比各占 0.5，达 0.3 即宣告缓刑，考验期取同刑期已决案件最常见期限；特征与混合权重、阈值只在 leian sample judge-tune（种子 1）的 200 件 tune 集上选定，未在 dev 上选择"
		res.Method += "；公诉机关指控：事实写明指控罪名（指控……犯X罪、以X罪追究）时取之（不取“曾因犯X罪被判处”等前科罪名，只取正式罪名），事实援引某罪名的罪状条文时该罪优先于类案投票并可作第二罪名（同一条文的罪名只取一个），事实援引的刑法条文一并援引（罚金、缓刑条文第五十二、五十三、七十二、七十三条仍随本稿判项；分则条文只在本稿罪名即事实所写罪名时援引）；三项只在 leian sample judge-tune（种子 1）的 200 件 tune 集上比较后加入，未在 dev 上选择；说理以公诉机关对行为的认定开头（事实中“其行为已触犯……应当以X罪追究”或“……的行为构成X罪”改写为“本院认为，被告人……，其行为已构成X罪。”，删去援引法律的分句），改编类案的认定随后，只在该 tune 集上比较后加入"
		res.Method += "；第七轮（只在 leian sample judge-tune（种子 1）的 400 件 tune 集或其前 200 件、及 dev 与 tune 以外的 LeCaRD 一审判决上比较后加入，未在 dev 上选择）：掩饰、隐瞒犯罪所得罪等以他人犯罪为前提的罪名列在其前提罪名之后，指控只写该罪名时由事实“构成”所写他人之罪补入前提罪名，“构成”读取罪名列举与亦构成；类案多数判处死刑（含死缓）时拟无期徒刑并注明死刑留待法院决定；第一名或唯一被告人的刑期取量刑建议幅度的四分之一处（由 tune 以外 LeCaRD 判决中法院刑期在幅度内位置的中位数定），其后被告人取下限；按犯罪数额折算类案罚金时倍数限于 0.1 至 10 倍（10 为唯一试过的值）；类案加权中位刑期超过量刑模型的 3 倍或不足三分之一时由量刑模型单独决定刑种与刑期（3 为先验设定，未调参）；自首、坦白、从犯等各被告人自身情节只写事实所系的被告人"
		res.Method += "；第八轮（只在 leian sample judge-tune（种子 1）的 400 件 tune 集上比较后加入，未在 dev 上选择）：起草结果确定（融合分数与要素分数按名称顺序求和，同分类案按文书编号排序）；事实写明的检察院所在地有库存一审判决时，第五十二、五十三、六十一条由该地法院同类判决（本稿是否罚金等状态相同者）的援引比例决定（向本省、全库比例收缩，收缩权重 5 为先验设定；比较了作为先验计 1、3、8 件类案与单独决定，取单独决定），本案同案文书不计入；无期徒刑、死刑附加剥夺政治权利终身并引第五十七条（十年以上有期徒刑附加剥夺政治权利在 tune 集上比较后舍弃）"
		res.Method += "；第九轮·法条（只在 leian sample judge-tune（种子 1）的 400 件 tune 集上比较后加入，未在 dev 上选择）：事实未写明检察院或其所在地无库存判决时，以事实中出现次数最多的库存法院所在地（三字以上的区、县、市、旗、州、盟名；市名紧接其下辖区名时取区）代替，第五十二、五十三、六十一条随该地法院同类判决的援引比例；第三百五十六条（毒品再犯）只在罪名属刑法第三百四十七至三百五十五条且事实载明曾因毒品犯罪被判刑（或写明毒品再犯、毒品犯罪前科）时援引，不随类案占比"
		res.Method += "；第九轮·罪名与被告人（只在 tune 集上比较后加入）：被告人按“被告人”后第一个最长的名单（起诉顺序）排列，附带民事诉讼被告人与另案处理、在逃、已判者不列；各被告人按事实逐句写明的其本人罪名定罪、罪名用语依事实；数罪各自写“犯”与刑罚；“因犯某罪曾被判刑”视为前科而非本案罪名"
		res.Method += "；第九轮·刑罚（只在 tune 集及 dev、tune 之外的 LeCaRD 一审判决上比较后加入）：逐被告人读取公诉机关的缓刑、无期徒刑量刑建议（“在无期徒刑以下”视为十五年上限），辩护人的建议不作公诉建议；公诉机关建议缓刑且依法可缓刑时适用缓刑；其余被告人依其本人刑期分别判断缓刑，累犯不缓刑；建议无期徒刑或在类案多为无期时建议有期徒刑者，由建议定刑种"
		res.Method += "；第十轮·法条（只在 leian sample judge-tune（种子 1）的 400 件 tune 集上比较后加入，未在 dev 上选择）：事实载明赃款、违法所得、作案工具、退赃、没收、随案移送等应予追缴没收之物时援引第六十四条，不随类案占比；本稿判处须执行的有期徒刑时，第四十五、四十七条随该地法院同类判决的援引比例；第六十一条的法院援引比例阈值 0.3"
		res.Method += "；第十轮·罪名（只在 tune 集上比较后加入）：事实未写明罪名时，类案投票居首的罪名若其行为事实未见、而相邻罪名的行为见于事实，改取相邻罪名（盗窃/诈骗、受贿/行贿、故意伤害/放火、开设赌场/赌博、贩卖毒品/非法持有毒品）；诉讼代理人意见、附带民事诉讼请求与不起诉所涉罪名不读作指控；事实写明他人各自罪名而未写其本人罪名的同案被告人只定第一个罪名"
		res.Method += "；第十轮·刑罚（只在 tune 集上比较后加入）：数罪各自量刑，决定执行的刑期为最长刑期加其余刑期的 0.7（该比例取自 tune 集 78 份数罪判决的中位数），受刑法第六十九条上限约束，公诉机关建议刑期时仍依建议；仅法条在有期徒刑之外“并处罚金”的罪名判处罚金；只犯其中一罪的同案被告人判该罪之刑；首犯判无期徒刑时其余被告人按类案同位被告人每月刑期的罚金计；单罪刑期不超过十五年"
		res.Method += "；第十一轮（只在 leian sample judge-tune（种子 1）的 400 件 tune 集上比较后加入，未在 dev 上选择）：法条：未遂、立功、从犯只见于辩护人、被告人辩解或代理意见（至下一处回到指控、查明或证据的用语为止）时不作本案情节，不引第二十三、六十八、二十六、二十七条（自首、坦白不在此列：法院多采纳）；事实在辩解以外写明从犯时一律引第二十七条；罚金：罚金刑由刑法修正案增设的罪名（修正案九：贪污、受贿、行贿、单位行贿、介绍贿赂、伪造公文印章等，2015 年 11 月；修正案十一：非国家工作人员受贿、职务侵占，2021 年 3 月），事实所载最晚年月早于修正案施行时不判罚金（刑法第十二条从旧）；说理：依据句在刑法条文后援引前 10 件读到依据句的类案中加权过半援引的司法解释条文（10 与过半为先验设定，未调参），事实记载被告人当庭认罪时写“当庭自愿认罪，有悔罪表现，可酌情从轻处罚”，只写到“其行为已构成X罪”时补“依法应予惩处”"
		res.Method += "；第十二轮（只在 leian sample judge-tune（种子 1）的 400 件 tune 集或 dev、tune 之外的语料判决上比较后加入，未在 dev 上选择）：说理所引司法解释改为前 10 件类案加权五分之一援引即引（0.5、0.4、0.3、0.2、0.15 在 tune 集上比较后选定），附带民事诉讼的解释须事实载有附带民事、关于自首和立功的解释须认定自首或立功；逐点回应辩护意见（至多六点）并回应被告人辩解，读到量刑建议时写“公诉机关的量刑建议适当”；只见于当事人主张的情节不写入说理；罪名另读查明部分的法院认定（标题与“应当构成/应定性为”）与公诉机关“构成X罪”“以X罪处罚”“数罪并罚追究”等句式，被害人代理人意见与作为证据引用的前科不作指控；事实无自首坦白用语时，查明部分写明被告人当庭无异议即引第六十七条，全无认罪记载则不引；第六十九条须一名被告人犯数罪，第二十五条须同案被告人有共同罪名，免予刑事处罚引第三十七条；危险驾驶罪拘役按血液酒精含量折算（round(0.5+(含量−80)/70+加重0.5)，1–6 个月，在 dev、tune 之外的 427 件语料判决上拟合），数罪时逐罪刑期取类案该罪的分项刑期，被告人只并罚本人各罪，公诉机关不附条件建议免予刑事处罚时从其建议；贪污、受贿按估计的判决时间（事实最晚年月加语料中位数 7 个月）适用修正案九的罚金，贿赂犯罪罚金依法释〔2016〕9号第十九条的幅度，判处无期徒刑、死刑者不并处罚金；判决主文在类案未给出财物处置时，依事实所载扣押物、违法所得、未退赔的损失与附带民事诉讼补写没收、追缴、责令退赔与附带民事判项"
		res.Method += "；第十三轮（同样只在 400 件 tune 集或 dev、tune 之外的语料判决上比较后加入，未在 dev 上选择）：说理改写类案时只把其事实最大金额且处于犯罪数额语境的金额换为本案金额，其余类案金额连同所在分句删去或整句不用；以未认定情节为据的从轻请求不予采纳，辩护意见与被告人辩解用同一组线索回应；罪名另读公诉机关自身“构成X罪”所示的其他罪名，法院以更多句式不予认定的指控罪名退出（须为法院所言）；单人伙同他人或共同犯罪引第二十五条，多人中有主犯引第二十六、二十七条，刑罚条文只在本判决判处该刑罚时引用，“刑满释放证明书”等文书名不作累犯线索，否认指控且无自首坦白记载时不引第六十七条，侵财罪损失已退赔且无扣押冻结、未退者不引第六十四条；定期刑不低于估计所在法定刑幅度的最低刑（无减轻处罚情节、无量刑建议且罪名非类案投票所得时），滥伐林木数量巨大（50 立方米或 2500 株以上，法释〔2000〕36号第六条）不低于三年；多名被告人中第一人的罚金按乘主犯系数前的刑期计算，单人单罪按事实所载预缴罚金判处；羁押日期取各被告人自己的到案日期（取保候审、监视居住与管制留空），刑期止日按月末处理，无期徒刑、死刑依法并处没收个人全部财产，数罪写“数罪并罚，决定执行”，已预缴罚金写“罚金已缴纳”，类案中维持、撤销原判等二审判项不带入一审判决"
		res.Method += "；第十四轮（只在 leian sample judge-tune（种子 1）的 400 件 tune 集或 dev、tune 与核对集以外的语料判决上比较后加入，未在 dev 与核对集（种子 2 抽取、去除与 tune 重合者的 378 件）上选择）：说理改写类案时删去写明非本案罪名（且本案事实未写）的分句，不带入审判委员会讨论决定，类案依据句前的“根据……危害程度”移回本案依据句前，同一司法解释不同写法只引一次，典型说理在罪名与本案相同（至少两件）的类案中选取，辩护意见复述去掉其自身收尾，辩护人“没有意见”不作否认；类案对其自身辩护意见与辩解的回应只在本案事实载有同一议题（自首、从犯、数额、不构成等）的辩护意见时保留；检索到的类案全文载有本案事实的视为本案文书，不予参照；罪名：法院用语在句首亦读取，辩护人分点意见归于辩护人，查明部分标题列举罪名，查明部分完整（每个编号标题均写罪名）且写明指控以外的罪名时，查明未写的指控罪名退出；刑罚：辩护人段落中以公诉机关指控为对象的建议不作公诉机关量刑建议，罪名幅度无单处罚金时自然人不单处罚金，交通肇事具有特别恶劣情节（写明，或致二人以上死亡且负主要以上责任）不低于三年有期徒刑；缓刑：缓刑模型概率达 0.45 即宣告缓刑，0.3 至 0.45 时须同刑种类案五分之一以上宣告缓刑（不再与类案占比对半混合），自杀未遂不作犯罪未遂；罚金：危险驾驶罪罚金随血液酒精含量折算的拘役期按（折算月数/原月数）^0.5 调整（0.5 为 dev、tune 与核对集以外 206 件语料判决的斜率），仅由量刑模型定刑的罪名罚金取法院常用整数额，依修正案九审理的贪污、受贿罪一律并处罚金；判决主文：罚金缴纳、刑期计算与缓刑考验期说明采用本院库存判决最常见用语（不含个案信息、写明期限、不附退赔条件），被告单位在首项判处罚金（数额留空，限语料中单位曾被定罪的罪名），罚金数字写法随本院习惯，改写自类案的判项删去事实未载数额的括号列举，其余事实未载的数额留空"
		res.Method += "；第十五轮（只在 leian sample judge-tune（种子 1）的 400 件 tune 集或 dev、tune 与核对集以外的语料判决上比较后加入，未在 dev 与核对集上选择）：罪名：取自类案用语的罪名按行为时施行的名称（刑法修正案九、十、十一的罪名变更，刑法第十二条），类案投票为故意伤害罪而事实未写殴打、写有安全生产设施或违反安全管理规定时改取重大劳动安全事故罪或重大责任事故罪，保险公司工作人员利用职务便利骗取保险金时保险诈骗罪改取职务侵占罪（国有保险公司或国家工作人员为贪污罪）；法条：类案援引的分则条文若属本稿所无的罪名则不引，判决主文无被告人被判该罪时其罪名条文不引；说理：改编自二审判决的说理改为一审用语（上诉人、原审被告人改为被告人，上诉理由改为辩解，评述原判与上诉的句子删去），回应辩护意见以“关于”开头，改编说理删去本案事实未载的数量与第三人姓名，仍含其他姓名或数字的句子不用；判项：改编自类案的判项中既不见于本案事实、也不见于库存判决 20 件以上判项的字串留空（20 为先验设定），同一被告人不重复列名；刑罚：鉴定结论在次句的毒品净重计入所检出的毒品，预缴罚金作为缓刑模型特征；罚金：各刑档均并处罚金的罪名判处刑期而无罚金时，按类案被判罚金者每月刑期的罚金补足，无类案时取条文所定最低额（另试“单罪罚金取本院库存同罪判决每月刑期罚金的中位数乘以刑期”：tune 集罚金分上升 0.0094，核对集下降 0.0080、dev 下降 0.0100，据核对集与 dev 的结果舍弃，此一取舍用到了核对集与 dev）"
		res.Method += "；第十六轮（只在 leian sample judge-tune（种子 1）的 400 件 tune 集、种子 3 抽取并去除与 tune 及核对集重合者的 363 件 tune2 集，或 dev、tune、tune2 与核对集以外的语料判决上比较后加入，未在 dev 与核对集上选择）：罪名：“以X罪分别追究”读作指控，法院点名全体被告人（三被告人、各被告人）的“指控不成立”视为该罪名退出；法条：事实写明限制刑事责任能力（非年龄所致）引第十八条，缓刑考验期内犯新罪引第七十七、六十九条，以条文用语写明判决宣告以后发现漏罪引第七十、六十九条；说理：被告人一人被数罪并罚时写“被告人X一人犯数罪，应数罪并罚。”（用语取自语料最常见写法），辩护意见另从辩护人姓名之后、对指控无异议之后与“称”字读取；判项：羁押起日另读不写年份的到案日期（同年、同月、当日、只写月日），年月取其前最近的完整日期；另试而舍弃（均据 tune 集）：单名被告人不缓刑而缓刑概率达 0.3 时刑期减为三分之二（tune 时间 +0.0052，tune2 约 −0.0032），类案罚金按刑期比的 0.5 次方折算（tune 罚金 −0.0123）"
		res.Method += "；第十七轮（只在 tune 集、tune2 集或 dev、tune、tune2 与核对集以外的语料判决上比较后加入，未在 dev 与核对集上选择）：罪名：事实写明指控罪名、法院查明部分分列两个以上编号标题时，标题所写罪名（短行为须与罪名用语逐字相符）一并认定；法条：多名被告人而事实写明主犯、从犯、次要或辅助作用、共同犯罪（辩护意见所言亦计）时引第二十五条；说理：以冒号引出的辩护意见只回应冒号后的各点、不重复“的辩护意见”，事实中法院自己的“关于……问题。经查”不读作辩护意见，删去开头认定后的“并诉请”与其后内容已删的空标题，类案说理中多于本案的被告人数改为本案人数（一人时写其姓名），类案的“数罪并罚”只在本稿数罪且为写明构成的认定句中保留、不作前科线索，类案回应的议题改以本案辩护意见的读取式判断；判项：事实写明退出、退缴的违法所得或赃款数额时写“被告人X退缴的赃款人民币N元，予以没收，上缴国库”，否则事实认定的违法所得写“追缴被告人X的违法所得人民币N元，上缴国库”，取代类案留空的或通用的追缴项；改编自类案的财物处置项合计留空五处以上时改用事实所载处置项（5 在 tune 与 tune2 上比较 3、4、5、6、8 后选定）；含刑种名称（有期徒刑、拘役、管制）的刑期计算用语不作本院常用用语；被告人：不以常见姓氏开头的两字读取若为分词词典中的词（殴打、挪用、质证等，事实匿名化后“被告人”之后只剩动词）不作被告人（规则先定，后在全部 LeCaRD 候选判决主文上核对误删：91 个不以常见姓氏开头的两字被告人名中只有“退赔”为词典词，未据此调整）；另试而舍弃：类案同时审理单位时不把单位的刑罚当作个人刑罚（tune2 时间 +0.0043，tune 法条 −0.0012、判项 METEOR −0.0011），多名被告人均不缓刑而至少一人缓刑的概率达 0.5 时对最可能者宣告缓刑（tune2 判项 METEOR −0.0007），标题罪名加入类案投票（tune2 罚金 −0.0037），同案被告人取相同刑期（回放：tune 时间 −0.0238、tune2 −0.0057）"
		res.Method += "；第十八轮（只在 tune 集、tune2 集或 dev、tune、tune2 与核对集以外的语料判决上比较后加入，未在 dev 与核对集上选择）：罪名：公诉机关量刑建议所写罪名（建议以X罪判处；须在建议句中、非“被……判处”、非法院与辩护人、代理人所言）计入指控并视为明确指控，“公诉机关以被告人……犯X罪”读作指控，“构成了X罪”亦读取；罚金：同时审理单位而本稿无自然人被判罚金时，单位罚金取类案单位罚金的中位数，无类案时 20 万元（dev、tune、tune2 与核对集以外 LeCaRD 一审判决中 38 件只罚单位者中位数 27.25 万元、四分位 10 万与 50 万之间的整数，10、20、30 万在该语料上相差不足一件判决）；判项：侵财罪事实载明被害人因骗取或被造成的损失而未写明退赔、谅解时写“责令被告人X退赔被害人Y经济损失人民币N元”，同一被告人四名以上被害人时写“责令被告人X退赔各被害人的经济损失。”（3 取自 tune、tune2 与核对集以外 LeCaRD 一审判决中法院逐一列名与概括写法的比例），“分别退出”的违法所得逐人写入；说理：事实未写自首、坦白而写明对事实无异议或供认不讳、对指控无异议时认定坦白并写其情节句，本稿宣告缓刑而说理未及缓刑时在依据句前写刑法第七十二条的条件，“数罪并罚”的认定按一名被告人犯数罪判断；另试而舍弃：第二名起的被告人改用以语料全部被告人刑罚训练、以名次为特征的缓刑模型（合并运行中缓刑有变的起草：tune 判项 METEOR −0.0001、tune2 +0.0014，核对集 −0.0027、dev −0.0023，法条精确率在核对集与 dev 上下降；据核对集与 dev 的结果舍弃，此一取舍用到了核对集与 dev），被告人“对指控的犯罪事实及罪名无异议”不读作指控（tune2 罚金 −0.0017、时间 −0.0001），类案投票中占比 0.1 至 0.5 的第二罪名（事实载有其罪状用语的 18 件中 7 件为真，未加入），单位罚金在自然人被罚金时取第一名自然人罚金的 2 倍（tune 罚金 −0.0032），盗窃所得的退赔（语料中 37 件只 16 件责令退赔），退赔或谅解时删去退赔项（线索弱），改编说理的被告人名单每人只列一次（tune2 说理 −0.0002）"
		res.Method += "；第十九轮（只在 tune 集、tune2 集或 dev、tune、tune2 与核对集以外的语料判决上比较后加入，未在 dev 与核对集上选择）：罪名：规则库读取含括号的罪名（偷越国（边）境罪等五个妨害国（边）境管理罪名），“偷越国境”“偷越边境”“偷越国边境”与半角括号写法归一到正式罪名，列举数个行为的罪名优先于省略字词才相合的单一行为罪名（引诱卖淫罪为引诱、容留、介绍卖淫罪），被“犯”字截断的罪名（著作权罪）读作全名（侵犯著作权罪）；被告人与刑期：多名被告人、数个罪名而事实未写明各人罪名时，第一名被告人定全部罪名，其后被告人只定第一个罪名（dev、tune、tune2 与核对集以外 91 件此类判决中第二名只定首罪 32 件、定全部罪名 22 件）；公诉机关只建议刑期上限时，第一名或唯一被告人的刑期取上限的 0.6（同一语料 88 件只有上限者法院刑期中位数为上限的 0.611，在该语料上比较 0.6 至 1.2 后选定）；非法持有毒品罪未经公诉机关建议无期徒刑时不拟无期徒刑，取类案 84 个月以上刑期的加权中位数（无类案时 108 个月，同一语料最高档定期刑 30 件的中位数），罚金按这些类案每月刑期的罚金（无类案时 2 万元）；罚金：单位行贿罪、单位受贿罪的直接负责的主管人员和其他直接责任人员不判罚金（单位受贿依刑法第三百八十七条；单位行贿：同一语料只犯此罪的 32 人中 3 人被罚金），其罚金移至被告单位；说理：不予采纳的辩护意见写“经查，与本院查明的事实不符，本院不予采纳”，予以采纳的写“经查属实，本院予以采纳”，辩护人主张另一罪名或定性、较小数额或证据不足的意见读作对定罪的争议；多名被告人而事实写明主犯或起主要作用者写“在共同犯罪中，被告人X起主要作用，系主犯，应当按照其所参与的全部犯罪处罚”，事实同一句写明两名以上被告人共同犯罪、伙同、结伙、共谋或合谋时写“被告人甲、乙系共同犯罪。”；另试而舍弃（均据 tune 或 tune2）：本稿不缓刑的 37 至 48 个月刑期在缓刑模型概率达 0.45 时减为三年并宣告缓刑（tune 判项 METEOR −0.0023、tune2 −0.0009），按本院判决援引第六十四条的习惯不引（未改变任何起草），单罚的单位犯罪一律不罚主管人员（tune 罚金 −0.0019），全部罚金乘以 0.6 至 1.25（1.0 最好），刑期取法院常用整数（tune 时间 −0.0012 或判项 METEOR −0.0001），只有上限时取 0.75（tune2 时间 −0.0001），辩护意见复述加长（tune 说理 +0.0001，未采用）"
		res.Method += "；第二十轮（只在 tune 集、tune2 集或 dev、tune、tune2 与核对集以外的语料判决上比较后加入，未在 dev 与核对集上选择）：法条：事实写明被告单位（非否认语境）时引刑法第三十、三十一条（dev、tune、tune2 与核对集以外 130 件此类一审判决中 61 件引第三十一条、59 件引第三十条），事实要求数罪并罚（不含只述前科的“曾因……被数罪并罚”，量刑建议中的除外）时保留第六十九条（同一语料 507 件中 418 件引用），事实载有附带民事诉讼原告且本稿判赔偿时引第三十六条（289 件判赔偿者 191 件引用，49 件未判者 6 件）；罚金：寻衅滋事罪刑期不满五年者不并处罚金（刑法第二百九十三条第一款无罚金，第二款方可并处；同一语料不满五年者 125 件中 13 件罚金）；事实写明被告单位而未写其名称时仍对单位定罪并处罚金，名称留空；刑期：第二名起的被告人按比例折算的有期徒刑分项刑期不低于六个月（刑法第四十五条），折算后超过六个月的拘役改为有期徒刑（第四十二条），决定执行的刑期不低于最长分项（第六十九条）；说理：不予采纳的辩护意见写明驳回所据的查明事实（“经查，<查明事实>，故该意见与本院查明的事实不符，本院不予采纳”，取与该意见共有汉字二元组最多且至少 2 个的查明事实句，每句只用一次，截至 150 字（在 tune 集上与 80、300 比较后选定）；同一语料 921 件以“经查”驳回的说理中 874 件写明所据事实），不取否认犯罪、指控不成立、以“但”起句或转述他人意见的句子（为可读性先定，未调参）；另试而舍弃（均据 tune 或 tune2）：第二名起的被告人刑期乘以与前一名刑期不同的概率（评分器只计不同刑期之和；tune 时间 +0.0022、tune2 +0.0018，判项 METEOR −0.0004、−0.0005，且使各被告人自身刑期偏低，未采用），单人伙同他人时不引第二十五条（tune 法条 +0.0007、tune2 −0.0013），无主犯时不引第二十六条，单人从犯引第二十七条，第六十四条随本稿判项是否处置财物，按典型度与事实契合度选取改编说理（tune 说理 −0.0052），删去改编说理中误归被告人的情节句（tune 说理约 −0.0005），罚金随折算后的刑期降低（tune 罚金 −0.0010）"
		res.Method += "；第二十一轮（只在 tune 集、tune2 集或 dev、tune、tune2 与核对集以外的语料判决上比较后加入，未在 dev 与核对集上选择）：罪名与罚金的行为时间：事实所引期间的止日（租期、有效期、营业期限、前罪刑期等“……至某年某月”）不作行为日期（为正确性先定，未调参）；缓刑：单名被告人的事实载明其曾受行政处罚或行政拘留（非否认语境）且无缓刑建议时不宣告缓刑（刑法第七十二条第一款第三项；同一语料可缓刑且无缓刑建议的单人判决中，有此记载者 443 件 70 件缓刑，无此记载者 1,913 件 492 件）；刑期：单名被告人单罪、公诉机关未建议刑期而有适用缓刑的请求时，拟定 37 至 48 个月的有期徒刑取三年（同一语料此类判决法院判三年 78 件、37 至 48 个月 36 件；48 为先定）；说理：事实载明前科而不构成累犯（非考验期内犯罪）时写“被告人X有犯罪前科，可酌情从重处罚。”（同一语料 87 件中 36 件说理述及，用语取最常见写法），单名被告人的事实未否认前科而证据列有前罪刑事判决书、释放证明或前科材料时亦写，并注明系推定、请核对；援引第三百五十六条且事实写明其毒品犯罪前科时写“系毒品再犯，依法应当从重处罚”；事实写明被告人预缴罚金时写“积极缴纳罚金，有悔罪表现，可酌情从轻处罚”（191 件中 98 件说理述及）；另试而舍弃（均据 tune 或 tune2）：首犯判无期徒刑后其余被告人按类案罚金补判（tune 无一起草改变），第二名起被告人的罚金乘以 0.8（只因评分器累加不同罚金而得分，未采用），同案被告人取相同罚金（tune 罚金 −0.0015 以上），按罪名对数回归罚金，十五年毒品刑期不并处罚金（tune 约 −0.0017），缓刑请求的刑期范围扩至 60 个月（tune 时间 +0.0018、tune2 −0.0002），未遂、立功、谅解按固定比例减轻刑期（谅解 tune2 −0.0019），只以事实明文的前科写从重句（tune 说理仅 +0.0001）；第二十二轮（只在 tune 集、tune2 集或 dev、tune、tune2 与核对集以外的语料判决上比较后加入，未在 dev 与核对集上选择）：罪名：罪名紧接“被……判处/判刑”时视为前罪（不论其前为何词；同一语料此类读取 32 件中 23 件不是判决主文的罪名），事实未写罪名而编号标题列出二至五个罪名时定标题所列罪名、类案投票居首者在前（同一语料 38 件中 37 件全部定罪、34 件恰为标题所列），类案投票为猥亵儿童罪而事实无儿童线索（年龄、儿童、幼女、就学、未成年）时改取强制猥亵、侮辱罪（刑法第二百三十七条第三款）；法条：事实以“无自首情节”“未如实供述”等否认自首、坦白且无认罪记载时不作情节（同一语料 11 件无一引第六十七条），“无自首、立功情节”同样否认立功（10 件无一引第六十八条），事实、罪名与本稿判项均无可追缴没收之物且公诉机关未援引时不按类案占比引第六十四条（1,229 件中 36 件援引）；说理：辩护人意见另从向本院提出的请求、以句号结束或接“并、唯、同时”的无异议之后、“的意见是”“辩护认为”与句号分点的列举读取（同一语料各式说理回应辩护意见的比例 76% 至 93%），被告人辩解另从“不持异议、不表异议、有异议、有意见、承认属实”之后与“但其”读取（160 件中 97 件说理回应），不予采纳时所引查明事实不取证人或被告人自述（含“我”或冒号之后的话）、证据列举的标题与法院对其他问题的评判（本院、采纳、采信）（为正确性先定，未调参；tune 起草所引 375 句中 84 句属此）；刑期：第二名起的被告人与前一名的公诉机关量刑建议幅度相同、地位（主从犯、累犯）与自身情节相同时取前一名的刑期与罚金（同一语料 102 名中 70 名法院判相同刑期，同刑期者罚金相同 1,375 名中 1,184 名）；单名被告人且无量刑建议时，累犯的拟定刑期乘以 1.28、退赃退赔乘以 0.87（同一语料 2,839 件单人单罪无建议判决中同罪名、数额档与伤情分层的法院刑期比 1.41 与 0.80，扣除量刑模型已计入的部分），不超出法定刑幅度（退赃无减轻情节时不低于幅度下限），罚金仍按调整前刑期；另试而舍弃（均据 tune 或 tune2）：退赃时罚金随调整后刑期（tune2 罚金 −0.0006），谅解、未遂按同法调整（tune 与 tune2 时间均下降），同案情节相同即取相同刑期（tune 时间 −0.0029、tune2 −0.0053），后名刑期不超过前名（−0.0027、−0.0079），第二名起一律按语料名次比例表（tune2 罚金 −0.0041），事实只有作案工具而无扣押时不引第六十四条（tune 一对一错），法条条文在前科、数额线索上的其他增删（语料中均不足以区分），说理依据句改用刑法第六十一条原文或以“据此”“综上”开头（tune 说理均不升）；第二十三轮（只在 tune 集、tune2 集或 dev、tune、tune2 与核对集以外的语料判决上比较后加入，未在 dev 与核对集上选择）：罪名：法院以更多用语否定指控罪名（“……罪的罪名不能成立”“该指控本院不予支持”“本院不予确认”），点名全部被告人或未漏掉任何被指控者的否定对多名被告人亦生效（同一语料 4,847 件中 3 件更接近判决主文、1 件更远），编号标题只写行为（“（一）集资诈骗”）亦读作标题罪名（事实未写罪名时 46 件中 44 件全部定罪、41 件恰为标题所列）；法条：单名被告人的事实以本院口吻写明其系主犯时引第二十六条（及第二十五条）（同一语料 43 件中 36 件援引），第六十二条与第五十二、五十三、六十一条同样随本院同类判决的援引习惯（按法院留一核对 22 件中 18 件）；刑期：多名被告人而第一名系从犯时其几何加权刑期乘以 1.10 而非 1.3（同一语料单罪、全部定期刑、无量刑建议的判决中同层比较：第一名为从犯 1.10、主犯 1.39、未写地位 1.15，后两者维持 1.3），“受X指使、纠集、雇佣、安排”中的 X 不作从犯或情节线索所系之人；说理：事实载有附带民事诉讼原告人而说理未及民事部分时在依据句前写“被告人X的犯罪行为给附带民事诉讼原告人Y造成的经济损失，依法应予赔偿”，事实列明请求项目时另写“……等经济损失，其合理部分本院予以支持”（同一语料 338 件中 295 件说理述及民事部分），事实未写自首而写明被告人投案、在现场等候或经电话通知到案并如实供述时写自首句（同句供述 132 件中 122 件认定自首；单名被告人另处供述 111 件中 88 件），说理已写坦白时不再写推定的自首，本稿不宣告缓刑而辩护人请求适用缓刑时从其意见中剥离该请求并写“根据被告人X的犯罪情节，不宜适用缓刑，辩护人提出对被告人X适用缓刑的辩护意见，本院不予采纳”（同一语料 237 件中 119 件说理回应、99 件不予采纳），不予采纳时所引查明事实不取重述该意见否认之语或与之二元组重合达 0.6 的句子（为正确性先定，未调参）；另试而舍弃（均据 tune 或 tune2）：第一名被告人按地位一律取语料系数（tune 判项 METEOR −0.0005），第七十六条随本院习惯（3 件新增无一正确），撤销第六十四条的退赔排除（tune −0.0030），当庭认罪一律引或不引第六十七条，情节句改用语料常见措辞（tune 说理不升），删去“依法应予惩处”（tune 说理 −0.0018），同时采纳获准的缓刑请求（tune 说理 −0.0001）；第二十四轮（只在 tune 集、tune2 集或 dev、tune、tune2 与核对集以外的语料判决上比较后加入，未在 dev 与核对集上选择）：罪名：事实未写罪名、由类案投票定罪时，事实以他罪独有的行为用语（奸淫、强奸；贩卖给、贩卖毒品、出售给……毒品；容留……吸毒、吸食）写明且未被否认的罪名一并认定，投票所得罪名已涵盖同一行为（对立罪名、同一条文）时不加（同一语料此类判决中法院亦定该罪 13 件中 10 件、25 件中 20 件、30 件中 21 件）；刑期：单名被告人犯故意伤害罪致轻伤（无重伤、死亡）且无量刑建议时拟定刑期乘以 0.89（同一语料 104 件此类判决中起草刑期中位数为法院的 1.12 倍，取其倒数，未调参），罚金仍按调整前刑期；缓刑：事实载明社区矫正调查评估意见认为适宜社区矫正（非不利评估、非前罪、非社会危险性评估；多名被告人时须点名）时，三年以下有期徒刑、拘役宣告缓刑，如同公诉机关建议缓刑（同一语料单人 70 件中 64 件、点名的同案被告人 122 件中 117 件缓刑）；罚金：取整后的罚金改为法院常写的相邻数额（4000、6000 元改 5000 元，8000 元改 1 万元，1.5 万元改 2 万元，6 万元改 5 万元，8 万元改 10 万元；按同一语料判决主文 10,541 项罚金的频数以对数正态宽度 0.3 加权，宽度在 tune 集上与 0.5 比较后选定），取自量刑建议或预缴的确数不改；说理：辩护意见另从“辩护意见如下”“发表了以下辩护意见”“辩护：”、“以……为由进行辩护”与“及其辩护人……另提出”读取（同一语料只以这些形式载明辩护意见的 68 件中 57 件说理回应），从轻请求兼及本稿认定与未认定的情节时分开回应，未认定的部分不予采纳、认定的部分予以采纳（作用较小、次要作用视同从犯；同一语料 251 件中 214 件说理回应、169 件兼有采纳与不予采纳）；另试而舍弃（均据 tune 或 tune2）：只从法院或公诉机关口吻读取第一名被告人的主从地位（tune 时间 −0.0008），罚金宽度 0.4（tune2 罚金 −0.0008），经社区矫正评估者的刑期减至三年并缓刑（tune 时间 −0.0011），无故殴打时故意伤害罪改为寻衅滋事罪（tune2 判项 METEOR −0.0002），书证列有前罪判决与释放证明而事实未载前科时写累犯句（同一语料 147 件中只 84 件认定累犯）；第二十五轮（只在 tune 集、tune2 集或 dev、tune、tune2 与核对集以外的语料判决上比较后加入，未在 dev 与核对集上选择）：刑期：单名被告人犯强奸罪、事实载明未遂（非仅当事人主张）且无量刑建议时拟定刑期乘以 0.57，并可低于法定刑幅度下限（刑法第二十三条；同一语料 68 件此类判决中法院 46 件判三年以下，起草刑期中位数为法院的 1.76 倍，取其倒数，未调参）；前科：前罪刑期写在刑种之前（判处十年有期徒刑）、以日期开头的下一前科分句与不带“因”字的前罪罪名（犯强奸罪被……判处）亦读取（同一语料因此新认定累犯的 21 件中法院认定 20 件）；法条：事实写明被告人正处于或系在缓刑考验期内（其后须有“犯”或“发现”）时引第七十七、六十九条（同一语料原写法漏读的 7 件全部援引）；罚金：走私、贩卖、运输、制造毒品罪与容留他人吸毒罪的类案罚金按刑期比的 0.58、0.59 次方折算到本稿刑期（同一语料单人单罪判决罚金对刑期的对数斜率，476 件与 78 件；盗窃、诈骗约为 1，其余罪名仍按比例）；说理：沿用的类案开头已写明社会危害时不再补“根据……危害程度”（同一语料写明者 1,401 件中 1,384 件只写一次），事实载有辩护人意见而本稿未能逐点回应时写“辩护人的相关辩护意见，本院予以采纳。”并提示法官逐点回应（同一语料 591 件此类判决中 476 件说理回应、290 件至少部分采纳），改编说理只以公诉机关或辩护方之口认定罪名时以本院口吻先写认定（同一语料 6,283 件中 5,447 件以本院口吻认定），本院自拟的认定句只取条文中“……的，”之前的罪状分句，条文首款非罪状（第三百四十七条）或过长时取罪名所写行为（为正确性先定，未调参）；另试而舍弃（均据 tune 或 tune2）：其他罪名未遂的刑期调整（语料各 8 至 12 件，法院刑期不短于既遂），危险驾驶罪罚金按斜率 0.47 折算（tune 罚金 −0.0031），仅见于证据目录的前科按 1.105 加重（tune 时间 −0.0001），无故殴打时故意伤害罪改为寻衅滋事罪（再试：tune2 一件罪名改对而缓刑随之失去），仅辩护方主张从犯时引第二十七条（tune 法条 −0.0007），说理删去经查所引的编号标题（tune 说理 −0.0001、tune2 −0.0003）与证据列举（tune −0.0001）"
	}
	s, err := judge.Score(tk, expected, gen)
	if err != nil {
		return nil, fmt.Errorf("draft: score: %w", err)
	}
	res.Metrics = judgeMetrics(s)
	if in.RunFile == "" {
		res.Metrics["leakage_violations"] = float64(violations)
		if cited > 0 {
			res.Metrics["articles_resolved"] = float64(resolved) / float64(cited)
		}
	}
	for _, d := range s.Docs {
		it := Item{ID: d.ID, Scores: map[string]float64{"charge_r": d.ChargeR, "charge_p": d.ChargeP, "article_r": d.ArticleR, "article_p": d.ArticleP}}
		if d.ReasonMeteor != nil {
			it.Scores["reasoning_meteor"] = *d.ReasonMeteor
			it.Scores["judgment_meteor"] = *d.JudgmentMeteor
		}
		res.Items = append(res.Items, it)
	}
	res.Baselines, err = draftBaselines(in, tk, cases, expected)
	res.Split = SplitDev
	res.Footing = sameData("trivial_facts", "best_dev_18")
	res.Footing["best_test_published"] = FootingOtherSplit // JuDGE's 501-document test split
	if err != nil {
		return nil, err
	}
	res.Notes = append(res.Notes, fmt.Sprintf("METEOR n %d，time_num %d，amount_num %d", s.MeteorN, s.TimeN, s.AmountN),
		"基线列：best_dev_18 = 18 个 JuDGE 基线在本 dev 子集上各指标的最优值（本移植评分）；best_test_published = JuDGE 501 篇测试集上各指标最优基线；trivial_facts = 把事实原文复制为每一部分")
	return res, nil
}

func restrict(gen map[string]string, expected []judge.Doc) map[string]string {
	out := map[string]string{}
	for _, e := range expected {
		if g, ok := gen[e.ID]; ok {
			out[e.ID] = g
		}
	}
	return out
}

func judgeMetrics(s judge.Scores) map[string]float64 {
	return map[string]float64{
		"charge_r": s.ChargeR, "charge_p": s.ChargeP, "charge_f1": s.ChargeF1,
		"article_r": s.ArticleR, "article_p": s.ArticleP, "article_f1": s.ArticleF1,
		"time": s.Time, "amount": s.Amount, "reasoning_meteor": s.ReasonMeteor, "judgment_meteor": s.JudgmentMeteor,
		"meteor_n": float64(s.MeteorN), "time_num": float64(s.TimeN), "amount_num": float64(s.AmountN),
	}
}

// draftBaselines scores the trivial baseline and, on the default dataset,
// the best of the 18 published baselines per metric.
func draftBaselines(in Input, tk *judge.Tokenizer, cases []judge.Case, expected []judge.Doc) (map[string]map[string]float64, error) {
	out := map[string]map[string]float64{"best_test_published": bestTestPublished}
	trivial := map[string]string{}
	for _, c := range cases {
		trivial[c.TextID] = c.Text + "\n本院认为，" + c.Text + "\n判决如下：\n" + c.Text
	}
	s, err := judge.Score(tk, expected, trivial)
	if err != nil {
		return nil, err
	}
	m := judgeMetrics(s)
	for _, k := range []string{"meteor_n", "time_num", "amount_num"} {
		delete(m, k)
	}
	out["trivial_facts"] = m
	if in.File != "" {
		return out, nil
	}
	best := map[string]float64{}
	for _, name := range judgeBaselines {
		docs, err := judge.ReadDocs(filepath.Join(in.DataDir, "judge", "baselines", name))
		if err != nil {
			return nil, err
		}
		gen := map[string]string{}
		for _, d := range docs {
			gen[d.ID] = d.Document
		}
		if in.Limit > 0 {
			gen = restrict(gen, expected)
		}
		s, err := judge.Score(tk, expected, gen)
		if err != nil {
			return nil, fmt.Errorf("baseline %s: %w", name, err)
		}
		for k, v := range judgeMetrics(s) {
			if k == "meteor_n" || k == "time_num" || k == "amount_num" {
				continue
			}
			best[k] = max(best[k], v)
		}
	}
	out["best_dev_18"] = best
	return out, nil
}

func saveDocs(path string, order []judge.Doc, gen map[string]string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("draft --save: %w", err)
	}
	enc := json.NewEncoder(f)
	enc.SetEscapeHTML(false)
	for _, e := range order {
		if err := enc.Encode(judge.Doc{ID: e.ID, Document: gen[e.ID]}); err != nil {
			f.Close()
			return fmt.Errorf("draft --save: %w", err)
		}
	}
	return f.Close()
}
