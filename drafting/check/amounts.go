package check

import (
	"context"
	"fmt"
	"math"
	"strings"

	"leian/corpus/extract"
	"leian/corpus/parse"
)

// amountConsistency checks that the amounts the reasoning relies on are
// amounts the facts found (or their total).
type amountConsistency struct{}

func (amountConsistency) Name() string { return "amount_consistency" }

func (amountConsistency) Check(_ context.Context, d *Document) []Finding {
	r := d.Section(parse.Reasoning)
	f := d.Section(parse.Facts)
	if r == nil || f == nil {
		return nil
	}
	facts := extract.Amounts(f.Text, f.Span.Start)
	if len(facts) == 0 {
		return nil
	}
	// Amounts written anywhere outside the reasoning.
	known := map[float64]bool{}
	other := d.Text[:byteAt(d.Text, r.Span.Start)] + "\n" + d.Text[byteAt(d.Text, r.Span.End):]
	for _, a := range extract.Amounts(other, 0) {
		known[round2(a.Yuan)] = true
	}
	var total float64
	for _, a := range facts {
		total += a.Yuan
	}
	known[round2(total)] = true
	var out []Finding
	for _, a := range extract.Amounts(r.Text, r.Span.Start) {
		v := round2(a.Yuan)
		// A total of a few amounts is written as one (共计, 合计, 累计).
		before := d.Slice(a.Span.Start-12, a.Span.Start)
		isTotal := containsAny(before, []string{"共计", "合计", "累计", "总计", "共", "总额", "总价值"})
		if known[v] || isTotal && subsetSum(facts, v) {
			continue
		}
		near := nearest(facts, v)
		// 5000余元 sums up 5080元: an approximate amount agrees with any
		// amount of the facts it rounds down from.
		if approx := strings.ContainsAny(a.Text, "余多"); approx && near != nil && near.Yuan >= v && near.Yuan < v*1.25 {
			continue
		}
		if approx := strings.ContainsAny(a.Text, "余多"); approx && (total >= v && total < v*1.25) {
			continue
		}
		// One digit off an amount of the facts is a slip (Error); any other
		// amount may be a total or an estimate a reader should look at.
		sev := Warning
		if near != nil && oneDigitOff(near.Yuan, v) {
			sev = Error
		}
		msg := fmt.Sprintf("本院认为部分的金额“%s”在事实部分找不到", a.Text)
		sug := "核对金额是否与查明的事实一致"
		var ev []Evidence
		if near != nil {
			msg += fmt.Sprintf("；事实部分最接近的金额为“%s”", near.Text)
			ev = append(ev, passage(d, near.Span.Start, near.Span.End))
		}
		out = append(out, at("consistency.amount", sev, a.Span.Start, a.Span.End, msg, sug, ev...))
	}
	return out
}

func round2(v float64) float64 { return math.Round(v*100) / 100 }

// subsetSum reports whether two or three of the facts' amounts add up to
// v, as a reasoning's total of a few thefts does (the sum of all of them
// is checked apart). Larger subsets would match almost any number.
func subsetSum(as []extract.Amount, v float64) bool {
	if len(as) > 40 {
		as = as[:40]
	}
	for i := range as {
		for j := i + 1; j < len(as); j++ {
			s := as[i].Yuan + as[j].Yuan
			if math.Abs(s-v) < 0.01 {
				return true
			}
			for k := j + 1; k < len(as); k++ {
				if math.Abs(s+as[k].Yuan-v) < 0.01 {
					return true
				}
			}
		}
	}
	return false
}

// oneDigitOff reports whether a and b are written with the same digits
// but one.
func oneDigitOff(a, b float64) bool {
	x, y := fmt.Sprintf("%.2f", a), fmt.Sprintf("%.2f", b)
	if len(x) != len(y) {
		return false
	}
	diff := 0
	for i := range x {
		if x[i] != y[i] {
			diff++
		}
	}
	return diff == 1
}

func nearest(as []extract.Amount, v float64) *extract.Amount {
	var best *extract.Amount
	for i := range as {
		if best == nil || math.Abs(as[i].Yuan-v) < math.Abs(best.Yuan-v) {
			best = &as[i]
		}
	}
	return best
}

// byteAt converts a rune offset of s into a byte offset.
func byteAt(s string, rune int) int {
	n := 0
	for i := range s {
		if n == rune {
			return i
		}
		n++
	}
	return len(s)
}
