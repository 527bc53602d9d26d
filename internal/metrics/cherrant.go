package metrics

// CharEdit is one character-level edit of a source sentence: runes
// [Start, End) of the source become Repl.
type CharEdit struct {
	Start, End int
	Repl       string
}

// CharEdits is the edit script from src to dst as LawBench scores 文书校对
// with ChERRANT at character granularity: a Levenshtein alignment whose
// adjacent non-matching operations are merged into one edit.
func CharEdits(src, dst string) []CharEdit {
	a, b := []rune(src), []rune(dst)
	n, m := len(a), len(b)
	// dp[i][j] = distance between a[:i] and b[:j].
	dp := make([][]int32, n+1)
	for i := range dp {
		dp[i] = make([]int32, m+1)
		dp[i][0] = int32(i)
	}
	for j := 0; j <= m; j++ {
		dp[0][j] = int32(j)
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			sub := dp[i-1][j-1]
			if a[i-1] != b[j-1] {
				sub++
			}
			dp[i][j] = min(sub, dp[i-1][j]+1, dp[i][j-1]+1)
		}
	}
	// Walk back, preferring a match or substitution, then a deletion.
	type op struct {
		match  bool
		i, j   int // positions before the op
		di, dj int
	}
	var ops []op
	for i, j := n, m; i > 0 || j > 0; {
		switch {
		case i > 0 && j > 0 && a[i-1] == b[j-1] && dp[i][j] == dp[i-1][j-1]:
			ops = append(ops, op{true, i - 1, j - 1, 1, 1})
			i, j = i-1, j-1
		case i > 0 && j > 0 && dp[i][j] == dp[i-1][j-1]+1:
			ops = append(ops, op{false, i - 1, j - 1, 1, 1})
			i, j = i-1, j-1
		case i > 0 && dp[i][j] == dp[i-1][j]+1:
			ops = append(ops, op{false, i - 1, j, 1, 0})
			i--
		default:
			ops = append(ops, op{false, i, j - 1, 0, 1})
			j--
		}
	}
	var out []CharEdit
	for k := len(ops) - 1; k >= 0; {
		if ops[k].match {
			k--
			continue
		}
		e := CharEdit{Start: ops[k].i}
		bj := ops[k].j
		i, j := ops[k].i, ops[k].j
		for k >= 0 && !ops[k].match {
			i += ops[k].di
			j += ops[k].dj
			k--
		}
		e.End = i
		e.Repl = string(b[bj:j])
		out = append(out, e)
	}
	return out
}

// EditCounts are the corpus totals of a GEC score.
type EditCounts struct {
	TP, FP, FN int
}

// Add scores one sentence: hyp against gold edits, exact matches only.
func (c *EditCounts) Add(hyp, gold []CharEdit) {
	g := map[CharEdit]bool{}
	for _, e := range gold {
		g[e] = true
	}
	tp := 0
	for _, e := range hyp {
		if g[e] {
			tp++
			delete(g, e)
		}
	}
	c.TP += tp
	c.FP += len(hyp) - tp
	c.FN += len(gold) - tp
}

// PRF returns precision, recall and F-beta as ERRANT computes them: a
// system with no edits has precision 1, and F is 0 when P+R is 0.
func (c EditCounts) PRF(beta float64) (p, r, f float64) {
	p, r = 1, 1
	if c.TP+c.FP > 0 {
		p = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		r = float64(c.TP) / float64(c.TP+c.FN)
	}
	b2 := beta * beta
	if p+r == 0 || b2*p+r == 0 {
		return p, r, 0
	}
	return p, r, (1 + b2) * p * r / (b2*p + r)
}
