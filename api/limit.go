package api

import (
	"fmt"
	"sync/atomic"
	"time"

	"github.com/gin-gonic/gin"
)

// pushWait is how long a push past the bound waits for a free slot before 503.
const pushWait = 2 * time.Second

// limiter bounds concurrent work: n run at once, up to queue more wait at
// most wait for a slot, and the rest are refused at once. Unbounded pushes
// on two cores made every push slow (23 s each at 8 concurrent long ones)
// and grew memory past 1.4 GB.
type limiter struct {
	slots   chan struct{}
	waiting atomic.Int64
	queue   int64
	wait    time.Duration
}

func newLimiter(n, queue int, wait time.Duration) *limiter {
	return &limiter{slots: make(chan struct{}, n), queue: int64(queue), wait: wait}
}

// limitPushes admits a push when a slot is free, answering 503 with
// Retry-After otherwise; a client that leaves while waiting frees its place.
func (s *Server) limitPushes(c *gin.Context) {
	l := s.pushes
	select {
	case l.slots <- struct{}{}:
	default:
		if l.waiting.Add(1) > l.queue {
			l.waiting.Add(-1)
			s.writeError(c, fmt.Errorf("%d pushes running, %d waiting: %w", cap(l.slots), l.queue, ErrBusy))
			return
		}
		t := time.NewTimer(l.wait)
		select {
		case l.slots <- struct{}{}:
			t.Stop()
			l.waiting.Add(-1)
		case <-t.C:
			l.waiting.Add(-1)
			s.writeError(c, fmt.Errorf("no push slot in %s: %w", l.wait, ErrBusy))
			return
		case <-c.Request.Context().Done():
			t.Stop()
			l.waiting.Add(-1)
			s.writeError(c, fmt.Errorf("waiting for a push slot: %w", ErrCanceled))
			return
		}
	}
	defer func() { <-l.slots }()
	c.Next()
}
