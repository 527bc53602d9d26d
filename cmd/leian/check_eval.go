package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"leian/corpus"
	"leian/corpus/docstore"
	"leian/corpus/rules"
	"leian/drafting/check"
	"leian/evals"
)

// openChecker builds, for the proofread and check suites, the checker the
// server runs. With o.Exclude the language model is counted without those
// documents (kept under LEIAN_HOME/check/lm-heldout-*.bin).
func openChecker(a *app) evals.OpenChecker {
	return func(ctx context.Context, o evals.CheckerOptions) (evals.TextChecker, func(), error) {
		lib, err := rules.Load(ctx, a.cfg.Data)
		if err != nil {
			return nil, nil, fmt.Errorf("load the rule library: %w", err)
		}
		st, err := docstore.Open(a.cfg.Path("docs.db"))
		if err != nil {
			return nil, nil, err
		}
		defer st.Close()
		path := check.LMPath(a.cfg.Home)
		var skip func(*corpus.Document) bool
		if len(o.Exclude) > 0 || len(o.ExcludeWindows) > 0 {
			keys := make([]string, 0, len(o.Exclude))
			squashed := map[string]bool{}
			for w := range o.ExcludeWindows {
				keys = append(keys, "w:"+w)
			}
			for t := range o.Exclude {
				s := strings.Join(strings.Fields(t), "")
				squashed[s] = true
				keys = append(keys, s)
			}
			slices.Sort(keys)
			h := sha256.Sum256([]byte(strings.Join(keys, "\x00")))
			path = filepath.Join(filepath.Dir(path), "lm-heldout-"+hex.EncodeToString(h[:6])+".bin")
			skip = func(d *corpus.Document) bool {
				s := strings.Join(strings.Fields(d.Text), "")
				return squashed[s] || holdsWindow(s, o.ExcludeWindows)
			}
		}
		lm, err := check.OpenLM(ctx, path, check.CorpusSource(st, lib, skip), a.log)
		if err != nil {
			return nil, nil, err
		}
		ck := check.Default(check.Deps{Library: lib, LM: lm, TypoThreshold: o.TypoThreshold})
		return ck, func() {}, nil
	}
}

// holdsWindow reports whether s contains one of the windows.
func holdsWindow(s string, windows map[string]bool) bool {
	if len(windows) == 0 {
		return false
	}
	rs := []rune(s)
	for i := 0; i+evals.WindowRunes <= len(rs); i++ {
		if windows[string(rs[i:i+evals.WindowRunes])] {
			return true
		}
	}
	return false
}
