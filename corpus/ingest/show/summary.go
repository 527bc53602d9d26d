package show

import (
	"fmt"
	"io"
	"sort"
	"time"

	"leian/corpus"
	"leian/corpus/ingest"
)

// caseTypeName is the Chinese name of a case type.
func caseTypeName(ct corpus.CaseType) string {
	switch ct {
	case corpus.Criminal:
		return "刑事"
	case corpus.Civil:
		return "民事"
	case corpus.Administrative:
		return "行政"
	}
	return "未识别"
}

// Summary prints an ingest run: what happened to each source's records,
// the store's totals by source and case type, and rejections by reason.
func Summary(w io.Writer, s *ingest.Summary) error {
	run := Table{Title: fmt.Sprintf("本次导入（用时 %s，读取记录 %d）", s.Elapsed.Round(time.Millisecond), s.Records),
		Header: []string{"来源", "新增", "合并", "未变", "更新", "重新抽取", "拒收"}}
	for _, name := range s.Sources() {
		c := s.BySource[name]
		run.Add(name, c.New, c.Merged, c.Unchanged, c.Updated, c.Reextracted, c.Rejected)
	}
	t := s.Total
	run.Add("合计", t.New, t.Merged, t.Unchanged, t.Updated, t.Reextracted, t.Rejected)
	store := Table{Title: fmt.Sprintf("\n文档库（共 %d 篇）", s.Store.Documents), Header: []string{"来源", "文档数"}}
	for _, name := range sortedKeys(s.Store.BySource) {
		store.Add(name, s.Store.BySource[name])
	}
	types := Table{Header: []string{"案件类型", "文档数"}}
	for _, ct := range []corpus.CaseType{corpus.Criminal, corpus.Civil, corpus.Administrative, corpus.UnknownType} {
		if n := s.Store.ByCaseType[ct]; n > 0 {
			types.Add(caseTypeName(ct), n)
		}
	}
	tables := []*Table{&run, &store, &types}
	if rej := s.Rejections(); len(rej) > 0 {
		rt := Table{Title: "\n拒收记录（按原因）", Header: []string{"原因", "条数", "示例"}}
		for _, r := range rej {
			for i, ex := range r.Examples {
				if i == 0 {
					rt.Add(r.Reason, r.Count, ex)
				} else {
					rt.Add("", "", ex)
				}
			}
		}
		tables = append(tables, &rt)
	}
	for _, tb := range tables {
		if _, err := tb.WriteTo(w); err != nil {
			return err
		}
	}
	return reextracted(w, s)
}

// reextracted says what a run that re-extracted documents leaves to do:
// the search index still holds the old elements until `leian index`
// (search and serve warn meanwhile). It says how many the sweep reached
// from their stored text, and names the documents the extractor failed
// on, which keep their older elements until a run succeeds on them.
func reextracted(w io.Writer, s *ingest.Summary) error {
	var err error
	if n := s.Total.Reextracted; n > 0 {
		swept := ""
		if s.Swept > 0 {
			swept = fmt.Sprintf("（其中 %d 篇的来源文件本次未读取，按文书库中的正文重新抽取）", s.Swept)
		}
		_, err = fmt.Fprintf(w, "\n抽取规则已更新（版本 %d）：重新解析并抽取了 %d 篇文书的要素%s。请运行 leian index 更新检索库。\n", s.ExtractVersion, n, swept)
	}
	if n := s.Store.Older(s.ExtractVersion); n > 0 && err == nil {
		_, err = fmt.Fprintf(w, "另有 %d 篇文书按新的抽取规则解析或抽取出错，仍是旧版抽取结果，下次导入时再试", n)
		for i, ex := range s.SweepExamples {
			sep := "，例如："
			if i > 0 {
				sep = "；"
			}
			if err == nil {
				_, err = fmt.Fprint(w, sep+ex)
			}
		}
		if err == nil {
			_, err = fmt.Fprintln(w, "。")
		}
	}
	return err
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
