package draft

// lawfulCount is one count's sentence once it has been scaled from the
// first defendant's: 有期徒刑 runs from six months (Criminal Law art. 45),
// so a scaled 有期徒刑 under six months is raised to six, as a scaled term
// is elsewhere (the estimator's blend, a model case's term); 拘役 runs to
// six months (art. 42), so a scaled 拘役 over six becomes 有期徒刑. Without
// it a later co-defendant convicted of one of several counts was given
// that count's scaled term as 有期徒刑二个月 (11 verdict lines on the tune
// set, 49 on tune2). Raising to six rather than writing 拘役 left time and
// judgment METEOR as they were on both sets (拘役 lowered tune2's judgment
// METEOR by 0.0003: the courts' lines around it say 有期徒刑).
func lawfulCount(c Count) Count {
	switch {
	case c.Kind == "有期徒刑" && c.Months > 0 && c.Months < 6:
		c.Months = 6
	case c.Kind == "拘役" && c.Months > 6:
		c.Kind = "有期徒刑"
	}
	return c
}
