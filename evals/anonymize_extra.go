package evals

import (
	"bufio"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
)

// anonExtraSources are the masked texts of other dev folders that the
// extra tune fold fills and reads: the rules meet the facts of CAIL2018,
// the loan judgments of the SCM triplets and the parties' statements of
// the CAIL2021 focus data, contexts the LeCaRD tune fifth has too few of.
// Each entry is a file under the data folder and the fields whose strings
// are texts.
var anonExtraSources = []struct {
	file   string
	fields []string
}{
	{"cail2018/cases.jsonl", []string{"fact"}},
	{"scm/triplets.jsonl", []string{"A", "B", "C"}},
	{"civil/cail2021_focus_recognition_train.jsonl", []string{"诉称段", "辩称段", "裁判分析过程段"}},
}

// extraAnonTexts reads the extra fold's texts and drops every text that
// shares a passage with a scored document: the same case written up twice
// (a CAIL2018 fact taken from a LeCaRD candidate) would let rules be read
// on what the suite scores.
func extraAnonTexts(dataDir string, scored []judgmentText) ([]judgmentText, int, error) {
	seen := map[uint64]bool{}
	for _, d := range scored {
		for _, h := range passageHashes(d.Text) {
			seen[h] = true
		}
	}
	var out []judgmentText
	dropped := 0
	for _, src := range anonExtraSources {
		path := filepath.Join(dataDir, src.file)
		f, err := os.Open(path)
		if err != nil {
			return nil, 0, fmt.Errorf("extra fold: %w", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		for line := 1; sc.Scan(); line++ {
			var rec map[string]any
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				f.Close()
				return nil, 0, fmt.Errorf("extra fold %s line %d: %w", path, line, err)
			}
			for _, field := range src.fields {
				text, _ := rec[field].(string)
				if !strings.Contains(text, "某") {
					continue
				}
				if sharesPassage(text, seen) {
					dropped++
					continue
				}
				out = append(out, judgmentText{ID: fmt.Sprintf("%s:%d:%s", filepath.Base(src.file), line, field), Text: text})
			}
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, 0, fmt.Errorf("extra fold %s: %w", path, err)
		}
	}
	return out, dropped, nil
}

// extraFiles are the extra fold's files, for the run record.
func extraFiles(dataDir string) []string {
	var out []string
	for _, src := range anonExtraSources {
		out = append(out, filepath.Join(dataDir, src.file))
	}
	return out
}

// passageHashes hashes the 20 runes after every clause mark of text. Two
// write-ups of one case share clauses, so they share such anchored
// passages; hashing every window would hold tens of millions of entries.
func passageHashes(text string) []uint64 {
	const span = 20
	r := []rune(text)
	var out []uint64
	for i, c := range r {
		if !strings.ContainsRune("，。；：", c) || i+1+span > len(r) {
			continue
		}
		h := fnv.New64a()
		h.Write([]byte(string(r[i+1 : i+1+span])))
		out = append(out, h.Sum64())
	}
	return out
}

// sharesPassage says whether a third of text's anchored passages (and at
// least two) occur in scored documents. Stock phrases (上述事实，被告人在开庭
// 审理过程中亦无异议) are shared by thousands of unrelated judgments; a
// write-up of the same case shares most of its clauses.
func sharesPassage(text string, seen map[uint64]bool) bool {
	hs := passageHashes(text)
	n := 0
	for _, h := range hs {
		if seen[h] {
			n++
		}
	}
	return n >= 2 && 3*n >= len(hs)
}
