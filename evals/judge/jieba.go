package judge

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/yanyiwu/gojieba"
)

// Tokenizer reproduces Python jieba 0.42.1's default jieba.cut (accurate
// mode, HMM on). METEOR depends on the token stream, so the algorithm is
// jieba's own: the block regexes, the DAG route with its tie-breaking, the
// single-character buffer and finalseg's Viterbi, not cppjieba's
// MixSegment. Its tables are Python jieba's own (dict.txt and finalseg's
// prob_*.py, from Debian's python3-jieba) when installed, else the copies
// gojieba ships, which lack 64 dictionary entries and round the emission
// probabilities to 6 decimals.
type Tokenizer struct {
	// Source names the tables used, for the eval's method line.
	Source   string
	freq     map[string]int // words and, at 0, every word prefix
	logTotal float64
	start    [4]float64
	trans    [4][4]float64
	emit     [4]map[rune]float64
}

// PythonJiebaDir is where Debian's python3-jieba installs jieba's tables.
const PythonJiebaDir = "/usr/lib/python3/dist-packages/jieba"

// HMM states in jieba's order B, E, M, S.
const (
	stB = iota
	stE
	stM
	stS
)

const minFloat = -3.14e100

var (
	tokOnce sync.Once
	tok     *Tokenizer
	tokErr  error
)

// DefaultTokenizer loads, once, Python jieba's tables from
// LEIAN_JIEBA_DIR or PythonJiebaDir when present, else gojieba's.
func DefaultTokenizer() (*Tokenizer, error) {
	tokOnce.Do(func() {
		dir := cmp.Or(os.Getenv("LEIAN_JIEBA_DIR"), PythonJiebaDir)
		if _, err := os.Stat(filepath.Join(dir, "finalseg", "prob_emit.py")); err == nil {
			tok, tokErr = LoadPythonJieba(dir)
			return
		}
		tok, tokErr = LoadTokenizer(gojieba.DICT_PATH, gojieba.HMM_PATH)
	})
	return tok, tokErr
}

// LoadPythonJieba reads jieba 0.42.1's dict.txt and finalseg tables from
// its package folder.
func LoadPythonJieba(dir string) (*Tokenizer, error) {
	t := &Tokenizer{Source: "Python jieba 0.42.1 (" + dir + ")"}
	if err := t.loadDict(filepath.Join(dir, "dict.txt")); err != nil {
		return nil, err
	}
	fs := filepath.Join(dir, "finalseg")
	start, err := pyStateMap(filepath.Join(fs, "prob_start.py"))
	if err != nil {
		return nil, err
	}
	trans, err := pyNestedMap(filepath.Join(fs, "prob_trans.py"))
	if err != nil {
		return nil, err
	}
	emit, err := pyNestedMap(filepath.Join(fs, "prob_emit.py"))
	if err != nil {
		return nil, err
	}
	for i := range 4 {
		t.start[i] = minFloat
		for j := range 4 {
			t.trans[i][j] = minFloat
		}
		t.emit[i] = map[rune]float64{}
	}
	for k, v := range start {
		t.start[stateIndex(k)] = v
	}
	for from, m := range trans {
		for to, v := range m {
			t.trans[stateIndex(from)][stateIndex(rune([]rune(to)[0]))] = v
		}
	}
	for st, m := range emit {
		for ch, v := range m {
			t.emit[stateIndex(st)][[]rune(ch)[0]] = v
		}
	}
	return t, nil
}

func stateIndex(r rune) int { return strings.IndexRune("BEMS", r) }

var (
	pyStateRe = regexp.MustCompile(`'([BEMS])':\s*(\{|-?[0-9.e+-]+)`)
	pyBlockRe = regexp.MustCompile(`'([BEMS])':\s*\{`)
	pyEntryRe = regexp.MustCompile(`'(\\u[0-9a-fA-F]{4}|[BEMS])':\s*(-?[0-9.]+(?:e[+-]?[0-9]+)?)`)
)

// pyStateMap reads prob_start.py: P={'B': -0.26, …}.
func pyStateMap(path string) (map[rune]float64, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("jieba HMM table: %w", err)
	}
	out := map[rune]float64{}
	for _, m := range pyStateRe.FindAllStringSubmatch(string(b), -1) {
		v, err := strconv.ParseFloat(m[2], 64)
		if err != nil {
			return nil, fmt.Errorf("%s: %q: %w", path, m[0], err)
		}
		out[rune(m[1][0])] = v
	}
	if len(out) != 4 {
		return nil, fmt.Errorf("%s: %d states, want 4", path, len(out))
	}
	return out, nil
}

// pyNestedMap reads prob_trans.py or prob_emit.py: P={'B': {key: prob, …}, …},
// keys being states or \uXXXX escapes.
func pyNestedMap(path string) (map[rune]map[string]float64, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("jieba HMM table: %w", err)
	}
	out := map[rune]map[string]float64{}
	var cur map[string]float64
	for _, line := range strings.Split(string(b), "\n") {
		if m := pyBlockRe.FindStringSubmatchIndex(line); m != nil {
			cur = map[string]float64{}
			out[rune(line[m[2]])] = cur
			line = line[m[1]:]
		}
		if cur == nil {
			continue
		}
		for _, e := range pyEntryRe.FindAllStringSubmatch(line, -1) {
			v, err := strconv.ParseFloat(e[2], 64)
			if err != nil {
				return nil, fmt.Errorf("%s: %q: %w", path, e[0], err)
			}
			key := e[1]
			if strings.HasPrefix(key, `\u`) {
				n, err := strconv.ParseUint(key[2:], 16, 32)
				if err != nil {
					return nil, fmt.Errorf("%s: %q: %w", path, key, err)
				}
				key = string(rune(n))
			}
			cur[key] = v
		}
	}
	if len(out) != 4 {
		return nil, fmt.Errorf("%s: %d states, want 4", path, len(out))
	}
	return out, nil
}

// LoadTokenizer reads a jieba dictionary ("word freq [tag]" lines) and a
// cppjieba hmm_model file (gojieba's copies).
func LoadTokenizer(dictPath, hmmPath string) (*Tokenizer, error) {
	t := &Tokenizer{Source: "gojieba's copy of the jieba tables (" + filepath.Dir(dictPath) + ")"}
	if err := t.loadDict(dictPath); err != nil {
		return nil, err
	}
	if err := t.loadHMM(hmmPath); err != nil {
		return nil, err
	}
	return t, nil
}

func (t *Tokenizer) loadDict(dictPath string) error {
	t.freq = make(map[string]int, 600000)
	f, err := os.Open(dictPath)
	if err != nil {
		return fmt.Errorf("jieba dictionary: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	total := 0
	line := 0
	for sc.Scan() {
		line++
		fs := strings.Fields(sc.Text())
		if len(fs) < 2 {
			continue
		}
		n, err := strconv.Atoi(fs[1])
		if err != nil {
			return fmt.Errorf("%s line %d: frequency %q: %w", dictPath, line, fs[1], err)
		}
		w := fs[0]
		t.freq[w] = n
		total += n
		for i := range w {
			if i == 0 {
				continue
			}
			if _, ok := t.freq[w[:i]]; !ok {
				t.freq[w[:i]] = 0
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", dictPath, err)
	}
	t.logTotal = math.Log(float64(total))
	return nil
}

func (t *Tokenizer) loadHMM(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("jieba HMM model: %w", err)
	}
	var rows []string
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			rows = append(rows, l)
		}
	}
	if len(rows) < 9 {
		return fmt.Errorf("%s: %d data rows, want 9", path, len(rows))
	}
	parse := func(s string) ([4]float64, error) {
		var v [4]float64
		fs := strings.Fields(s)
		if len(fs) != 4 {
			return v, fmt.Errorf("%s: row %q: want 4 numbers", path, s)
		}
		for i, x := range fs {
			f, err := strconv.ParseFloat(x, 64)
			if err != nil {
				return v, fmt.Errorf("%s: %w", path, err)
			}
			v[i] = f
		}
		return v, nil
	}
	if t.start, err = parse(rows[0]); err != nil {
		return err
	}
	for i := range 4 {
		if t.trans[i], err = parse(rows[1+i]); err != nil {
			return err
		}
	}
	for i := range 4 {
		t.emit[i] = map[rune]float64{}
		for _, kv := range strings.Split(rows[5+i], ",") {
			k, v, ok := strings.Cut(kv, ":")
			if !ok {
				continue
			}
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				return fmt.Errorf("%s: emission %q: %w", path, kv, err)
			}
			r := []rune(k)
			if len(r) != 1 {
				return errors.New(path + ": emission key is not one character: " + k)
			}
			t.emit[i][r[0]] = f
		}
	}
	return nil
}

// isHanBlock is jieba's re_han_default class: [\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-].
func isHanBlock(r rune) bool {
	return (r >= 0x4E00 && r <= 0x9FD5) || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') ||
		(r >= '0' && r <= '9') || strings.ContainsRune("+#&._%-", r)
}

// pyIsSpace is Python's \s for str patterns (str.isspace plus nothing else).
func pyIsSpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1C && r <= 0x1F)
}

// Cut is jieba.cut(text) with its defaults.
func (t *Tokenizer) Cut(text string) []string {
	rs := []rune(text)
	var out []string
	for i := 0; i < len(rs); {
		j := i
		if isHanBlock(rs[i]) {
			for j < len(rs) && isHanBlock(rs[j]) {
				j++
			}
			out = t.cutDAG(rs[i:j], out)
			i = j
			continue
		}
		for j < len(rs) && !isHanBlock(rs[j]) {
			j++
		}
		// re_skip (\r\n|\s) splits; every other character is its own token.
		blk := rs[i:j]
		for k := 0; k < len(blk); k++ {
			if blk[k] == '\r' && k+1 < len(blk) && blk[k+1] == '\n' {
				out = append(out, "\r\n")
				k++
				continue
			}
			out = append(out, string(blk[k]))
		}
		i = j
	}
	return out
}

func (t *Tokenizer) cutDAG(s []rune, out []string) []string {
	n := len(s)
	dag := make([][]int, n)
	for k := range n {
		var l []int
		for i := k; i < n; i++ {
			f, ok := t.freq[string(s[k:i+1])]
			if !ok {
				break
			}
			if f > 0 {
				l = append(l, i)
			}
		}
		if len(l) == 0 {
			l = []int{k}
		}
		dag[k] = l
	}
	type step struct {
		p float64
		x int
	}
	route := make([]step, n+1)
	for idx := n - 1; idx >= 0; idx-- {
		best := step{math.Inf(-1), -1}
		for _, x := range dag[idx] {
			f := t.freq[string(s[idx:x+1])]
			if f == 0 {
				f = 1
			}
			c := step{math.Log(float64(f)) - t.logTotal + route[x+1].p, x}
			if c.p > best.p || (c.p == best.p && c.x > best.x) {
				best = c
			}
		}
		route[idx] = best
	}
	var buf []rune
	flush := func() {
		switch {
		case len(buf) == 0:
		case len(buf) == 1:
			out = append(out, string(buf))
		case t.freq[string(buf)] == 0:
			out = t.finalseg(buf, out)
		default:
			for _, r := range buf {
				out = append(out, string(r))
			}
		}
		buf = buf[:0]
	}
	for x := 0; x < n; {
		y := route[x].x + 1
		if y-x == 1 {
			buf = append(buf, s[x])
		} else {
			flush()
			out = append(out, string(s[x:y]))
		}
		x = y
	}
	flush()
	return out
}

func isHan(r rune) bool { return r >= 0x4E00 && r <= 0x9FD5 }

func isASCIIAlnum(r rune) bool {
	return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9')
}

// finalseg is jieba.finalseg.cut: Viterbi on Han stretches; elsewhere
// re_skip ([a-zA-Z0-9]+(?:\.\d+)?%?) pieces and the text between them.
func (t *Tokenizer) finalseg(s []rune, out []string) []string {
	for i := 0; i < len(s); {
		j := i
		if isHan(s[i]) {
			for j < len(s) && isHan(s[j]) {
				j++
			}
			out = t.viterbi(s[i:j], out)
			i = j
			continue
		}
		for j < len(s) && !isHan(s[j]) {
			j++
		}
		out = skipSplit(s[i:j], out)
		i = j
	}
	return out
}

func skipSplit(s []rune, out []string) []string {
	last := 0
	for i := 0; i < len(s); {
		if !isASCIIAlnum(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isASCIIAlnum(s[j]) {
			j++
		}
		if j+1 < len(s) && s[j] == '.' && unicode.IsDigit(s[j+1]) {
			j++
			for j < len(s) && unicode.IsDigit(s[j]) {
				j++
			}
		}
		if j < len(s) && s[j] == '%' {
			j++
		}
		if i > last {
			out = append(out, string(s[last:i]))
		}
		out = append(out, string(s[i:j]))
		last, i = j, j
	}
	if last < len(s) {
		out = append(out, string(s[last:]))
	}
	return out
}

// prevStatus is finalseg's PrevStatus, in its string order.
var prevStatus = [4][]int{stB: {stE, stS}, stM: {stM, stB}, stS: {stS, stE}, stE: {stB, stM}}

// stateChar orders states as Python compares their letters on ties.
var stateChar = [4]byte{'B', 'E', 'M', 'S'}

func (t *Tokenizer) emitP(st int, r rune) float64 {
	if p, ok := t.emit[st][r]; ok {
		return p
	}
	return minFloat
}

func (t *Tokenizer) viterbi(obs []rune, out []string) []string {
	n := len(obs)
	order := [4]int{stB, stM, stE, stS} // 'BMES'
	v := make([][4]float64, n)
	path := make([][4]int8, n) // back-pointers
	for _, y := range order {
		v[0][y] = t.start[y] + t.emitP(y, obs[0])
	}
	for i := 1; i < n; i++ {
		for _, y := range order {
			em := t.emitP(y, obs[i])
			best, bs := math.Inf(-1), -1
			for _, y0 := range prevStatus[y] {
				p := v[i-1][y0] + t.trans[y0][y] + em
				if bs < 0 || p > best || (p == best && stateChar[y0] > stateChar[bs]) {
					best, bs = p, y0
				}
			}
			v[i][y] = best
			path[i][y] = int8(bs)
		}
	}
	state := stE
	if v[n-1][stS] > v[n-1][stE] || v[n-1][stS] == v[n-1][stE] {
		state = stS
	}
	pos := make([]int, n)
	for i := n - 1; i >= 0; i-- {
		pos[i] = state
		state = int(path[i][state])
	}
	begin, next := 0, 0
	for i, st := range pos {
		switch st {
		case stB:
			begin = i
		case stE:
			out = append(out, string(obs[begin:i+1]))
			next = i + 1
		case stS:
			out = append(out, string(obs[i]))
			next = i + 1
		}
	}
	if next < n {
		out = append(out, string(obs[next:]))
	}
	return out
}
