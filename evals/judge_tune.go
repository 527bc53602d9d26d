package evals

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"leian/internal/jsonl"
)

// JudgeTuneSet writes a tuning file in JuDGE's format from LeCaRD
// candidate judgments that are not JuDGE dev items: first-instance
// criminal judgments, the facts (ajjbqk) as text, the full judgment (qw)
// as fd; n of them in a seeded order (Python's random.Random(seed), so the
// files made before this port are made again byte for byte). `leian eval
// draft --file OUT` drafts and scores it: the drafter's rules are compared
// there, never on dev. It returns how many judgments were eligible and
// how many it wrote.
func JudgeTuneSet(dataDir string, w io.Writer, n int, seed int64) (eligible, wrote int, err error) {
	devIDs := map[string]bool{}
	var devTexts []string
	err = jsonl.Each(filepath.Join(dataDir, "judge", "judge.jsonl"), func(_ int, line []byte) error {
		var d struct {
			TextID string `json:"text_id"`
			Text   string `json:"text"`
		}
		if err := json.Unmarshal(line, &d); err != nil {
			return err
		}
		devIDs[d.TextID] = true
		devTexts = append(devTexts, d.Text)
		return nil
	})
	if err != nil {
		return 0, 0, err
	}
	devAll := strings.Join(devTexts, "\n")
	type tuneItem struct{ id, text, fd string }
	var pool []tuneItem
	seen := map[string]bool{}
	err = jsonl.Each(filepath.Join(dataDir, "lecard", "candidates.jsonl.gz"), func(_ int, line []byte) error {
		var c struct {
			AjID     string `json:"ajId"`
			Qw       string `json:"qw"`
			Facts    string `json:"ajjbqk"`
			WritName string `json:"writName"`
		}
		if err := json.Unmarshal(line, &c); err != nil {
			return err
		}
		facts := pyStrip(c.Facts)
		switch {
		case devIDs[c.AjID], !strings.Contains(c.WritName+runePrefix(c.Qw, 200), "刑事判决书"):
		case !strings.Contains(runePrefix(c.Qw, 300), "刑初"), !strings.Contains(c.Qw, "本院认为"), !strings.Contains(c.Qw, "判决如下"):
		case utf8.RuneCountInString(facts) < 80:
		case strings.Contains(devAll, runePrefix(facts, 40)): // the same case under another document
		case seen[c.AjID]:
		default:
			seen[c.AjID] = true
			pool = append(pool, tuneItem{c.AjID, " " + facts + " ", c.Qw})
		}
		return nil
	})
	if err != nil {
		return 0, 0, err
	}
	shuffle(newPyRandom(seed), pool)
	bw := bufio.NewWriter(w)
	for _, p := range pool[:min(n, len(pool))] {
		fmt.Fprintf(bw, "{\"text_id\": %s, \"text\": %s, \"fd\": %s}\n", pyJSONString(p.id), pyJSONString(p.text), pyJSONString(p.fd))
	}
	if err := bw.Flush(); err != nil {
		return 0, 0, fmt.Errorf("judge tune set: write: %w", err)
	}
	return len(pool), min(n, len(pool)), nil
}

// runePrefix is s[:n] in Python: the first n characters.
func runePrefix(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// pyStrip is Python's str.strip(): Go's Unicode spaces and the ASCII
// separators \x1c–\x1f, which Python also counts as whitespace.
func pyStrip(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f) })
}

// pyJSONString is json.dumps(s, ensure_ascii=False): only the quote, the
// backslash and control characters escaped (Go's encoder also escapes
// HTML characters and U+2028/2029).
func pyJSONString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			if r < 0x20 {
				fmt.Fprintf(&b, `\u%04x`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}
