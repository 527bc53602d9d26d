package evals

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"leian/corpus/forms"
)

// handItem is one hand-checked document: where it is (a line of a JSONL
// file, a record id of the gzipped LeCaRD candidates, or a whole gazette
// .md file), the form type, each field's gold values and the words in the
// text that state them. A gold value "a|b" accepts either spelling or
// reading (e.g. the indicted or the found amount); a field absent from
// Gold is not scored, a field with no values says the text states none.
type handItem struct {
	File     string              `json:"file"`
	Line     int                 `json:"line,omitempty"`
	ID       string              `json:"id,omitempty"`
	Field    string              `json:"field,omitempty"`
	Type     string              `json:"type"`
	Gold     map[string][]string `json:"gold"`
	Evidence map[string]string   `json:"evidence"`
	Note     string              `json:"note,omitempty"`
	// InSample marks the 8 documents whose failures were read before the
	// split existed: always dev.
	InSample bool `json:"in_sample,omitempty"`
}

// Halves of the fixture: rules may be fixed after reading dev failures;
// held-out items are only ever scored in aggregate.
const (
	halfDev     = "dev"
	halfHeldOut = "heldout"
	splitSeed   = "forms-handchecked-2026-12-05"
)

func (it handItem) key() string {
	return it.File + "|" + strconv.Itoa(it.Line) + "|" + it.ID + "|" + it.Field
}

// assignHalves splits the fixture by a seeded rule fixed before any
// extractor output was read: within each form type, items ordered by
// FNV-1a of seed and item key alternate dev, held-out, dev, …; in-sample
// items are dev.
func assignHalves(items []handItem) []string {
	half := make([]string, len(items))
	byType := map[string][]int{}
	for i, it := range items {
		if it.InSample {
			half[i] = halfDev
			continue
		}
		byType[it.Type] = append(byType[it.Type], i)
	}
	for _, idx := range byType {
		sort.Slice(idx, func(a, b int) bool { return splitHash(items[idx[a]]) < splitHash(items[idx[b]]) })
		for r, i := range idx {
			half[i] = halfDev
			if r%2 == 1 {
				half[i] = halfHeldOut
			}
		}
	}
	return half
}

func splitHash(it handItem) uint64 {
	h := fnv.New64a()
	h.Write([]byte(splitSeed + "|" + it.key()))
	return h.Sum64()
}

// prf counts one field's matches: matched gold entries, gold entries and
// predicted values.
type prf struct{ tp, gold, pred float64 }

func (c prf) p() float64  { return pct(c.tp, c.pred) }
func (c prf) r() float64  { return pct(c.tp, c.gold) }
func (c prf) f1() float64 { return f1Of(c.p(), c.r()) }

func pct(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return 100 * a / b
}

func f1Of(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func readHandFixture(path string) ([]handItem, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("hand-checked fixture: %w", err)
	}
	defer f.Close()
	var items []handItem
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for ln := 1; sc.Scan(); ln++ {
		var it handItem
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, ln, err)
		}
		items = append(items, it)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return items, nil
}

// scoreHandFixture fills each fixture document's form and scores every
// gold field's values, per half, as precision, recall and F1.
func scoreHandFixture(ctx context.Context, dataDir, path string, res *Result) error {
	items, err := readHandFixture(path)
	if err != nil {
		return err
	}
	res.Files = append(res.Files, path)
	texts, err := handTexts(dataDir, items)
	if err != nil {
		return err
	}
	half := assignHalves(items)
	counts := map[string]map[string]*prf{halfDev: {}, halfHeldOut: {}}
	docs := map[string]map[string]int{halfDev: {}, halfHeldOut: {}}
	for i, it := range items {
		if err := ctx.Err(); err != nil {
			return err
		}
		text := texts[i]
		for k, q := range it.Evidence {
			if !strings.Contains(text, q) {
				return fmt.Errorf("%s line %d: evidence for %s %q is not in %s", path, i+1, k, q, it.where())
			}
		}
		form, err := forms.Fill(text, it.Type)
		if err != nil {
			return fmt.Errorf("%s line %d (%s): %w", path, i+1, it.where(), err)
		}
		docs[half[i]][it.Type]++
		scores := map[string]float64{}
		for field, gold := range it.Gold {
			key := it.Type + "." + field
			c := counts[half[i]][key]
			if c == nil {
				c = &prf{}
				counts[half[i]][key] = c
			}
			one := matchField(field, gold, valuesOf(form, field))
			c.tp += one.tp
			c.gold += one.gold
			c.pred += one.pred
			scores["hand."+key+"_f1"] = one.f1()
		}
		// Per-item scores feed compare and the HTML report: dev items only,
		// so no held-out failure is ever listed.
		if half[i] == halfDev {
			res.Items = append(res.Items, Item{ID: "hand-" + it.where(), Scores: scores})
		}
	}
	res.N += len(items)
	for _, h := range []string{halfDev, halfHeldOut} {
		perType := map[string]*prf{}
		for key, c := range counts[h] {
			res.Metrics["hand_"+h+"."+key+"_f1"] = c.f1()
			typ, _, _ := strings.Cut(key, ".")
			if perType[typ] == nil {
				perType[typ] = &prf{}
			}
			perType[typ].tp += c.tp
			perType[typ].gold += c.gold
			perType[typ].pred += c.pred
		}
		for typ, c := range perType {
			res.Metrics["hand_"+h+"."+typ+"_p"] = c.p()
			res.Metrics["hand_"+h+"."+typ+"_r"] = c.r()
			res.Metrics["hand_"+h+"."+typ+"_f1"] = c.f1()
		}
	}
	res.Notes = append(res.Notes, handTable(counts, docs))
	res.Notes = append(res.Notes, fmt.Sprintf("hand_*：%d 份文书逐字人工核对（%s；选文见 leian sample forms-handchecked，种子 20261205，在看任何抽取结果之前按文件名/案名选定；每个值附原文出处，运行时校验出处在文中；金标不经本系统归一化，\"a|b\" 表示两种读法均可）。按种子规则（%s，每个表单类型内按 FNV 排序交替）分为 dev 与 heldout 两半：dev = 规则的样本内（可读失败例修规则，另含 8 份早先已读失败例的文书）；heldout = 样本外（只看汇总分数，从不读失败例，逐项分数不写入记录）。P/R/F1 为微平均：每个金标值算一次召回，每个抽出值算一次精确", len(items), filepath.Base(path), splitSeed))
	return nil
}

// handTable is the per-field P/R/F1 of both halves, one row per field.
func handTable(counts map[string]map[string]*prf, docs map[string]map[string]int) string {
	var keys []string
	for _, h := range counts {
		for k := range h {
			if !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	sort.Strings(keys)
	rows := [][]string{{"字段", "dev P", "R", "F1", "金标", "heldout P", "R", "F1", "金标"}}
	for _, k := range keys {
		row := []string{k}
		for _, h := range []string{halfDev, halfHeldOut} {
			c := counts[h][k]
			if c == nil {
				row = append(row, "—", "—", "—", "0")
				continue
			}
			row = append(row, fmt.Sprintf("%.1f", c.p()), fmt.Sprintf("%.1f", c.r()), fmt.Sprintf("%.1f", c.f1()), fmt.Sprintf("%.0f", c.gold))
		}
		rows = append(rows, row)
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "手工金标逐字段 P/R/F1（dev = 规则样本内，heldout = 样本外）；文书数 dev %v，heldout %v\n", docs[halfDev], docs[halfHeldOut])
	writeAligned(&sb, rows)
	return strings.TrimRight(sb.String(), "\n")
}

func (it handItem) where() string {
	switch {
	case it.ID != "":
		return it.File + "#" + it.ID
	case it.Line > 0:
		return it.File + ":" + strconv.Itoa(it.Line) + it.Field
	}
	return it.File
}

// matchField counts one document's field: a gold entry is matched when one
// of its alternatives is among the predicted values (each predicted value
// matches at most one gold entry).
func matchField(field string, gold, got []string) prf {
	c := prf{gold: float64(len(gold)), pred: float64(len(got))}
	used := make([]bool, len(got))
	for _, g := range gold {
		for _, alt := range strings.Split(g, "|") {
			j := slices.IndexFunc(got, func(v string) bool { return sameValue(field, alt, v) })
			for j >= 0 && used[j] {
				k := slices.IndexFunc(got[j+1:], func(v string) bool { return sameValue(field, alt, v) })
				if k < 0 {
					j = -1
					break
				}
				j += 1 + k
			}
			if j >= 0 {
				used[j] = true
				c.tp++
				break
			}
		}
	}
	return c
}

// sameValue compares a gold value with a predicted one: numbers by value
// (so 82905.60 is 82905.6), loss items by amount and by a name one of which
// contains the other (残疾辅助器具费 / 残疾辅助器具费用), everything else
// exactly. The gold side is never rewritten.
func sameValue(field, gold, got string) bool {
	if field == "losses" {
		gn, ga, _ := strings.Cut(gold, ":")
		pn, pa, _ := strings.Cut(got, ":")
		return sameNumber(ga, pa) && (strings.Contains(gn, pn) || strings.Contains(pn, gn))
	}
	if gold == got {
		return true
	}
	return sameNumber(gold, got)
}

func sameNumber(a, b string) bool {
	x, err1 := strconv.ParseFloat(a, 64)
	y, err2 := strconv.ParseFloat(b, 64)
	return err1 == nil && err2 == nil && x-y < 0.005 && y-x < 0.005
}
