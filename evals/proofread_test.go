package evals

import (
	"strings"
	"testing"

	"leian/internal/metrics"
)

func TestLawbenchOutput(t *testing.T) {
	it := proofItem{src: "上诉证据收集程序合法", ref: "上述证据收集程序合法"}
	it.gold = metrics.CharEdits(it.src, it.ref)
	it.edits = []scoredEdit{{1, 2, "述", 12}, {4, 6, "手机", 5}}
	if got := lawbenchOutput(it, 11); got != "上述证据收集程序合法" {
		t.Errorf("threshold 11: %q", got)
	}
	if got := lawbenchOutput(it, 3); got != "上述证据手机程序合法" {
		t.Errorf("threshold 3: %q", got)
	}
	// An output more than 5 characters longer than the answer is cut; an
	// empty one reads 无内容, as LawBench's wsjd scorer does.
	long := proofItem{src: "甲", ref: "甲", edits: []scoredEdit{{0, 1, "甲乙丙丁戊己庚辛", 20}}}
	if got := lawbenchOutput(long, 11); got != "甲乙丙丁戊己" {
		t.Errorf("long: %q", got)
	}
	empty := proofItem{src: "甲", ref: "甲", edits: []scoredEdit{{0, 1, "", 20}}}
	if got := lawbenchOutput(empty, 11); got != "无内容" {
		t.Errorf("empty: %q", got)
	}
	var c metrics.EditCounts
	c.Add(metrics.CharEdits(it.src, lawbenchOutput(it, 11)), it.gold)
	if c.TP != 1 || c.FP != 0 || c.FN != 0 {
		t.Errorf("counts %+v", c)
	}
}

func TestAnswerWindows(t *testing.T) {
	w := answerWindows([]lawbenchItem{{Question: "被告人于二〇一八年在某地上诉证据收集程序合法内容客观真实", Answer: "被告人于二〇一八年在某地上述证据收集程序合法内容客观真实"}})
	if len(w) == 0 {
		t.Fatal("no windows")
	}
	for s := range w {
		if len([]rune(s)) != WindowRunes || !strings.Contains(s, "述") {
			t.Errorf("window %q does not cover the correction", s)
		}
	}
}
