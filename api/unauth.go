package api

import (
	"net/http"
	"sync"
	"time"

	"github.com/gin-gonic/gin"

	"leian/api/audit"
)

// unauthWindow is how long one audit line stands for a client's
// unauthenticated requests: anyone can send 401s, and a line each would
// let them flood the audit log.
const unauthWindow = time.Minute

// unauthLines coalesces the audit lines of unauthenticated (401) requests:
// a client's first 401 is written at once, the rest within the window are
// counted, and the count is written with the client's next line — on its
// first 401 after the window, or once the window is over and any 401
// arrives, or when the server stops. A line's Count is the 401s it stands
// for, so the log still tells how many there were and from where.
type unauthLines struct {
	mu      sync.Mutex
	clients map[string]*unauthClient
	swept   time.Time
}

type unauthClient struct {
	since   time.Time // when the client's last line was written
	pending int       // 401s since then not yet written
	route   string    // the last of them
}

// admit is a 401 from client at now: the lines of other clients whose
// windows are over, and the client's own line unless it is coalesced.
func (u *unauthLines) admit(client, route string, now time.Time) (swept []audit.Entry, own *audit.Entry) {
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.clients == nil {
		u.clients = map[string]*unauthClient{}
	}
	c := u.clients[client]
	if c != nil && now.Sub(c.since) < unauthWindow {
		c.pending++
		c.route = route
	} else {
		count := 1
		if c != nil {
			count += c.pending
		}
		u.clients[client] = &unauthClient{since: now}
		e := unauthEntry(client, route, count, now)
		own = &e
	}
	if now.Sub(u.swept) >= unauthWindow {
		swept = u.sweep(now, false)
	}
	return swept, own
}

// sweep writes the counts of windows that are over (every window when
// all) and forgets clients that have been quiet a whole window.
func (u *unauthLines) sweep(now time.Time, all bool) []audit.Entry {
	u.swept = now
	var out []audit.Entry
	for ip, c := range u.clients {
		if !all && now.Sub(c.since) < unauthWindow {
			continue
		}
		if c.pending == 0 {
			delete(u.clients, ip)
			continue
		}
		out = append(out, unauthEntry(ip, c.route, c.pending, now))
		c.since, c.pending = now, 0
	}
	return out
}

// flush is every count not yet written, for a stopping server.
func (u *unauthLines) flush(now time.Time) []audit.Entry {
	u.mu.Lock()
	defer u.mu.Unlock()
	return u.sweep(now, true)
}

func unauthEntry(client, route string, count int, now time.Time) audit.Entry {
	return audit.Entry{Time: now, Route: route, Status: http.StatusUnauthorized, Client: client, Count: count}
}

// auditUnauthenticated records a 401 on an audited route, coalesced per
// client address (the connection's, not a header the client could vary).
func (s *Server) auditUnauthenticated(c *gin.Context) {
	route := c.Request.Method + " " + c.FullPath()
	swept, own := s.unauth.admit(c.RemoteIP(), route, time.Now())
	if own != nil {
		own.RequestID = requestID(c)
		swept = append(swept, *own)
	}
	for _, e := range swept {
		if err := s.opts.Audit.Record(e); err != nil {
			s.opts.Log.Error("audit failed", "request_id", requestID(c), "err", err)
		}
	}
}

// flushUnauthenticated writes the 401 counts still pending.
func (s *Server) flushUnauthenticated() {
	if s.opts.Audit == nil {
		return
	}
	for _, e := range s.unauth.flush(time.Now()) {
		if err := s.opts.Audit.Record(e); err != nil {
			s.opts.Log.Error("audit failed", "err", err)
		}
	}
}
