package evals

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"leian/corpus/forms"
	"leian/drafting/sentencing"
)

// Elements scores the element forms (要素表) per field against gold that
// never came from our extractor: LawBench 3-7's crime amounts, the
// CAIL2021 focus annotations of 民间借贷 judgments, and a hand-checked
// fixture whose every value was read in the document by a person.
func Elements() Suite {
	return Suite{
		Name:    "elements",
		Dataset: "lawbench/3-7.json, civil/cail2021_focus_recognition_train.jsonl, evals/testdata/forms_handchecked.jsonl",
		Metrics: "per field: hand.<field> accuracy, lawbench.amount accuracy, cail2021.<field> recall",
		Good:    "越高越好（×100）",
		Flags:   map[string]string{"fixture": "hand-checked fixture (default evals/testdata/forms_handchecked.jsonl)"},
		Run:     runElements,
	}
}

func runElements(ctx context.Context, in Input) (*Result, error) {
	res := &Result{Suite: "elements", Metrics: map[string]float64{}, Baselines: map[string]map[string]float64{}, Split: SplitDev}
	fixture := in.Args["fixture"]
	if fixture == "" {
		fixture = filepath.Join("evals", "testdata", "forms_handchecked.jsonl")
	}
	if err := scoreHandFixture(ctx, in.DataDir, fixture, res); err != nil {
		return nil, err
	}
	if err := scoreLawBenchAmount(ctx, in, res); err != nil {
		return nil, err
	}
	if err := scoreFocus(ctx, in, res); err != nil {
		return nil, err
	}
	res.Footing = sameData(keys(res.Baselines)...)
	res.Method = "规则填表（无训练、无按标签选择的参数）；要素表类型在每个金标集上按其案件类型指定"
	return res, nil
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// valuesOf lists a field's values in the fixture's spelling: money as a
// plain number, loss items as 名称:金额.
func valuesOf(f *forms.Form, key string) []string {
	fd := f.Field(key)
	if fd == nil {
		return nil
	}
	var out []string
	for _, v := range fd.Values {
		switch {
		case key == "losses":
			name, _, _ := strings.Cut(v.Text, "：")
			out = append(out, name+":"+strconv.FormatFloat(v.Yuan, 'f', -1, 64))
		case v.Yuan > 0:
			out = append(out, strconv.FormatFloat(v.Yuan, 'f', -1, 64))
		default:
			out = append(out, v.Text)
		}
	}
	return out
}

// scoreLawBenchAmount fills the theft/fraud form's amount from each 3-7
// judgment; correct as LawBench's jetq scores it.
func scoreLawBenchAmount(ctx context.Context, in Input, res *Result) error {
	path := filepath.Join(in.DataDir, "lawbench", "3-7.json")
	items, err := readLawBench(path, "lawbench 3-7", in.Limit)
	if err != nil {
		return err
	}
	res.Files = append(res.Files, path)
	var acc, reader, largest []float64
	for i, it := range items {
		if err := ctx.Err(); err != nil {
			return err
		}
		text := strings.TrimPrefix(strings.TrimSpace(it.Question), "文书:")
		f, err := forms.Fill(text, "theft_fraud")
		got := ""
		if err == nil {
			got = f.First("amount")
		}
		ok, _, err := lawBenchAmount(got, it.Answer)
		if err != nil {
			return fmt.Errorf("lawbench 3-7 item %d: %w", i, err)
		}
		acc = append(acc, boolScore(ok))
		total, max, _ := sentencing.CrimeAmount(text)
		r, _, _ := lawBenchAmount(strconv.FormatFloat(total, 'f', -1, 64)+"元", it.Answer)
		reader = append(reader, boolScore(r))
		lg, _, _ := lawBenchAmount(strconv.FormatFloat(max, 'f', -1, 64)+"元", it.Answer)
		largest = append(largest, boolScore(lg))
		res.Items = append(res.Items, Item{ID: "lawbench-" + strconv.Itoa(i), Scores: map[string]float64{"lawbench.amount": 100 * boolScore(ok)}})
	}
	res.N += len(items)
	res.Metrics["lawbench.amount"] = 100 * articleMean(acc)
	res.Baselines["sentencing_reader"] = map[string]float64{"lawbench.amount": 100 * articleMean(reader)}
	res.Baselines["largest_amount"] = map[string]float64{"lawbench.amount": 100 * articleMean(largest)}
	res.Notes = append(res.Notes, fmt.Sprintf("lawbench.amount：%d 条 LawBench 3-7 判决（盗窃、诈骗等，表单类型统一按 theft_fraud 填写），金标为 LawBench 给出的犯罪金额；sentencing_reader 为量刑模块读金额的函数；读数规则中“分得/分赃等分赃句不计入犯罪金额”一条是读了第 0 条后加的，其余未看 dev 失败", len(items)))
	return nil
}

// focusFields are the CAIL2021 focus codes whose annotated spans show that
// the judgment states a field's matter: guarantees (C19 担保责任承担,
// C21 抵押登记, C23 抵押物, C25 担保期限, C26 担保范围/保证人),
// repayments (C14 还款性质, C16 已还款), agreed interest (C07 预扣利息,
// C09 未约定利息, C10 利率过高). The code meanings were read from the
// codes' own annotated spans, not from our forms' output.
var focusFields = map[string][]string{
	"guarantees": {"C19", "C21", "C23", "C25", "C26"},
	"repayments": {"C14", "C16"},
	"interest":   {"C07", "C09", "C10"},
}

// scoreFocus: for each judgment annotated with a field's focus, does the
// loan form fill that field?
func scoreFocus(ctx context.Context, in Input, res *Result) error {
	path := filepath.Join(in.DataDir, "civil", "cail2021_focus_recognition_train.jsonl")
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("cail2021 focus: %w", err)
	}
	defer f.Close()
	res.Files = append(res.Files, path)
	type rec struct {
		ID       string   `json:"文书ID"`
		Claims   string   `json:"诉称段"`
		Defence  string   `json:"辩称段"`
		Analysis string   `json:"裁判分析过程段"`
		Focus    []string `json:"争议焦点"`
	}
	hit, total := map[string]float64{}, map[string]float64{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	n := 0
	for ln := 1; sc.Scan(); ln++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		var r rec
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return fmt.Errorf("%s line %d: %w", path, ln, err)
		}
		n++
		text := r.Claims + "\n" + r.Defence + "\n" + r.Analysis
		form, err := forms.Fill(text, "loan")
		if err != nil {
			return fmt.Errorf("%s line %d (%s): %w", path, ln, r.ID, err)
		}
		for field, codes := range focusFields {
			key := field
			if !slices.ContainsFunc(r.Focus, func(c string) bool { return slices.Contains(codes, c) }) {
				key = field + "_fill_unannotated"
			}
			total[key]++
			if len(valuesOf(form, field)) > 0 {
				hit[key]++
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	res.N += n
	for key, t := range total {
		if !strings.HasSuffix(key, "_fill_unannotated") {
			key += "_recall"
		}
		res.Metrics["cail2021."+key] = 100 * hit[strings.TrimSuffix(key, "_recall")] / t
	}
	res.Notes = append(res.Notes, fmt.Sprintf("cail2021.*_recall：%d 份民间借贷判决（诉称段+辩称段+裁判分析过程段），标注了该争议焦点（担保 C19/21/23/25/26、还款 C14/16、利息 C07/09/10）的文书中，表单填出该要素的比例（只测召回：未标焦点不代表文中未写；*_fill_unannotated 为未标该焦点的文书中填出的比例，供对照，不是精确率）；各焦点的文书数：担保%.0f、还款%.0f、利息%.0f", n, total["guarantees"], total["repayments"], total["interest"]))
	return nil
}
