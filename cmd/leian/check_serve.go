package main

import (
	"context"
	"sync/atomic"

	"leian/api"
	"leian/corpus/docstore"
	"leian/corpus/rules"
	"leian/drafting/check"
)

// liveChecker serves the checker at once and swaps in the one with the
// typo rule when the language model has loaded (or been counted, the
// first time): until then reports say the typo check is unavailable.
type liveChecker struct{ cur atomic.Pointer[check.Checker] }

func (l *liveChecker) Check(ctx context.Context, text string) (*check.Report, error) {
	return l.cur.Load().Check(ctx, text)
}

// wireChecker gives the server its judgment checker, reusing the rule
// library wireRules loaded.
func wireChecker(ctx context.Context, a *app, docs *docstore.Store, opts *api.Options) {
	var lib *rules.Library
	if rl, ok := opts.Law.(api.RuleLibrary); ok {
		lib = rl.Lib
	}
	live := &liveChecker{}
	live.cur.Store(check.Default(check.Deps{Library: lib}))
	opts.Checker = live
	go func() {
		lm, err := check.OpenLM(ctx, check.LMPath(a.cfg.Home), check.CorpusSource(docs, lib, nil), a.log)
		if err != nil {
			a.log.Warn("checker language model unavailable: typo checks are off", "err", err)
			return
		}
		live.cur.Store(check.Default(check.Deps{Library: lib, LM: lm}))
		a.log.Info("checker ready with the typo rule")
	}()
}
