package casereport

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"time"

	"leian/corpus"
)

// DocReader reads one stored judgment (docstore.Store).
type DocReader interface {
	Get(ctx context.Context, id string) (*corpus.Document, error)
}

// Searcher is who searched and where: the report's 检索主体 and 检索平台.
type Searcher struct {
	User     string
	Role     string
	Platform string
}

// Build files a report from a judge's request: each selected case is read
// from the store, so its 裁判要点 come from the judgment itself and not from
// the request.
func Build(ctx context.Context, docs DocReader, who Searcher, req Request, now time.Time) (*Report, error) {
	ranks, err := req.validate()
	if err != nil {
		return nil, err
	}
	id, err := newID(now)
	if err != nil {
		return nil, err
	}
	rep := &Report{
		ID: id, CaseNo: strings.TrimSpace(req.CaseNo), Author: who.User, Role: who.Role, Created: now.UTC(),
		Platform: who.Platform, Method: Method(req), Basis: Guidance, Query: req.Query, Pushed: req.Pushed,
	}
	for i, s := range req.Selected {
		doc, err := docs.Get(ctx, s.ID)
		if err != nil {
			return nil, fmt.Errorf("selected[%d]: document %s: %w", i, s.ID, err)
		}
		c := caseOf(doc)
		c.Rank, c.Mark, c.Reason = ranks[s.ID], s.Mark, strings.TrimSpace(s.Reason)
		rep.Cases = append(rep.Cases, c)
	}
	return rep, nil
}

// newID is a report number that sorts by date and cannot be guessed.
func newID(now time.Time) (string, error) {
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("report id: %w", err)
	}
	return now.UTC().Format("20060102") + "-" + hex.EncodeToString(b), nil
}

// Method is the report's 检索方法 in Chinese: what was searched with, and how
// the push ranks.
func Method(req Request) string {
	q := req.Query
	var parts []string
	parts = append(parts, "以待决案件事实（"+strconv.Itoa(len([]rune(strings.TrimSpace(q.Facts))))+"字）为检索条件")
	if len(q.Charges) > 0 {
		parts = append(parts, "罪名："+strings.Join(q.Charges, "、"))
	}
	if len(q.Articles) > 0 {
		parts = append(parts, "法条："+strings.Join(q.Articles, "、"))
	}
	f := q.Filter
	var filters []string
	if f.Court != "" {
		filters = append(filters, "法院 "+f.Court)
	}
	if f.YearFrom != 0 || f.YearTo != 0 {
		filters = append(filters, fmt.Sprintf("年份 %s—%s", yearOr(f.YearFrom), yearOr(f.YearTo)))
	}
	for _, v := range []string{f.Procedure, f.DocType, f.CaseType} {
		if v != "" {
			filters = append(filters, v)
		}
	}
	if len(filters) > 0 {
		parts = append(parts, "筛选："+strings.Join(filters, "，"))
	}
	parts = append(parts, "关键词检索与语义向量检索召回，按关键词、语义、罪名、法条、情节、数额等要素融合排序",
		fmt.Sprintf("返回前%d件，经人工阅读后选定%d件", len(req.Pushed), len(req.Selected)))
	return strings.Join(parts, "；") + "。"
}

func yearOr(y int) string {
	if y == 0 {
		return "不限"
	}
	return strconv.Itoa(y)
}
