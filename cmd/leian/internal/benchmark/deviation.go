package benchmark

import (
	"context"
	"fmt"
	"time"

	"leian/drafting/deviation"
)

// DeviationChecker runs one deviation check (drafting/deviation.Checker).
type DeviationChecker interface {
	Check(ctx context.Context, in deviation.Input) (*deviation.Report, error)
}

// Deviation times one deviation check per input, similar-case push
// included, after warm-up checks; Results counts the alerts.
func Deviation(ctx context.Context, c DeviationChecker, ins []deviation.Input, warmup int) (Latency, error) {
	for i := range min(warmup, len(ins)) {
		if _, err := c.Check(ctx, ins[i]); err != nil {
			return Latency{}, fmt.Errorf("warm-up check %d: %w", i, err)
		}
	}
	l := Latency{Store: "embedded", Pushes: len(ins)}
	took := make([]time.Duration, 0, len(ins))
	cpu0, err := cpuTime()
	if err != nil {
		return Latency{}, err
	}
	for i, in := range ins {
		start := time.Now()
		rep, err := c.Check(ctx, in)
		if err != nil {
			return Latency{}, fmt.Errorf("check %d (%s): %w", i, in.DocID, err)
		}
		took = append(took, time.Since(start))
		l.Results += len(rep.Alerts)
	}
	cpu1, err := cpuTime()
	if err != nil {
		return Latency{}, err
	}
	l.summarise(took)
	l.CPUMS = ms((cpu1 - cpu0) / time.Duration(max(1, len(ins))))
	return l, nil
}
