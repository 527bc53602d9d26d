package evals

import (
	"fmt"
	"io"
	"os"
	"strings"

	"leian/corpus/anonymize"
)

// anonMissWriter writes, for the tune fold only, each generated item the
// anonymiser left (and each protected item it touched, each name it
// removed that was not generated) with the text
// around it, so rules are read on tune documents and never on scored ones.
type anonMissWriter struct {
	w io.Writer
}

// openAnonMisses opens the --misses file; it refuses the scored fold.
func openAnonMisses(path, fold string) (*anonMissWriter, func() error, error) {
	if path == "" {
		return nil, func() error { return nil }, nil
	}
	if fold != "tune" && fold != "extra" {
		return nil, nil, fmt.Errorf("--misses %s: misses are listed for the tune folds only (--fold tune or extra)", path)
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, fmt.Errorf("--misses %s: %w", path, err)
	}
	return &anonMissWriter{w: f}, f.Close, nil
}

// write lists the document's missed truths ("miss"), touched protected
// items ("over") and name redactions that remove no generated item
// ("extra": a real name the bundle left unmasked, or a word read as a
// name), one per line: id, kind, the item, and 24 characters of the
// generated text either side with the item in 【】.
func (m *anonMissWriter) write(id string, g generated, out *anonymize.Result, prot map[string][][2]int) error {
	if m == nil {
		return nil
	}
	for _, tr := range g.truths {
		if !redactionCovers(out.Redactions, tr.s, tr.e) {
			if _, err := fmt.Fprintf(m.w, "miss\t%s\t%s\t%s\t%s\n", id, tr.kind, g.text[tr.s:tr.e], around(g.text, tr.s, tr.e)); err != nil {
				return fmt.Errorf("misses of %s: %w", id, err)
			}
		}
	}
	for _, r := range out.Redactions {
		if r.Kind == anonymize.Name && !truthOverlaps(g.truths, r) {
			if _, err := fmt.Fprintf(m.w, "extra\t%s\t%s\t%s\t%s\n", id, r.Kind, g.text[r.ByteStart:r.ByteEnd], around(g.text, r.ByteStart, r.ByteEnd)); err != nil {
				return fmt.Errorf("misses of %s: %w", id, err)
			}
		}
	}
	for k, spans := range prot {
		for _, sp := range spans {
			for _, r := range out.Redactions {
				if r.ByteStart < sp[1] && sp[0] < r.ByteEnd && !truthOverlaps(g.truths, r) {
					if _, err := fmt.Fprintf(m.w, "over\t%s\t%s\t%s\t%s\n", id, k, g.text[r.ByteStart:r.ByteEnd], around(g.text, sp[0], sp[1])); err != nil {
						return fmt.Errorf("misses of %s: %w", id, err)
					}
					break
				}
			}
		}
	}
	return nil
}

// redactionCovers says whether one redaction covers bytes s..e whole.
func redactionCovers(rs []anonymize.Redaction, s, e int) bool {
	for _, r := range rs {
		if r.ByteStart <= s && r.ByteEnd >= e {
			return true
		}
	}
	return false
}

// truthOverlaps says whether r removes any generated item.
func truthOverlaps(ts []truth, r anonymize.Redaction) bool {
	for _, tr := range ts {
		if r.ByteStart < tr.e && tr.s < r.ByteEnd {
			return true
		}
	}
	return false
}

// around is text[s:e] in 【】 with up to 24 runes either side, on one line.
func around(text string, s, e int) string {
	b := []rune(text[:s])
	a := []rune(text[e:])
	ctx := string(b[max(0, len(b)-24):]) + "【" + text[s:e] + "】" + string(a[:min(24, len(a))])
	return strings.NewReplacer("\n", "⏎", "\t", " ").Replace(ctx)
}
