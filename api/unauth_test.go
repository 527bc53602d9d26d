package api

import (
	"net/http"
	"testing"
	"time"

	"leian/api/audit"
)

// TestUnauthenticatedFloodIsCoalesced: anyone can send requests without a
// token; each client's 401s within a minute share one audit line carrying
// their count, a header the client chooses does not make it a new client,
// and the chain stays valid.
func TestUnauthenticatedFloodIsCoalesced(t *testing.T) {
	ts := newTestServer(t, Options{})
	send := func(addr, forwarded string) {
		req := newRequest(http.MethodPost, "/api/v1/similar")
		req.RemoteAddr = addr
		if forwarded != "" {
			req.Header.Set("X-Forwarded-For", forwarded)
		}
		if rec := serve(ts.srv, req); rec.Code != http.StatusUnauthorized {
			t.Fatalf("no token = %d, want 401", rec.Code)
		}
	}
	for i := range 200 {
		send("192.0.2.1:1234", "10.0.0."+string(rune('0'+i%10)))
	}
	for range 3 {
		send("198.51.100.7:4321", "")
	}
	entries := readAudit(t, ts.auditDir)
	if len(entries) != 2 || entries[0].Client != "192.0.2.1" || entries[1].Client != "198.51.100.7" {
		t.Fatalf("audit after 203 refusals from two clients = %+v, want one line per client", entries)
	}
	for _, e := range entries {
		if e.Count != 1 || e.Status != http.StatusUnauthorized || e.Route != "POST /api/v1/similar" || e.RequestID == "" {
			t.Errorf("first line of a client = %+v, want count 1, 401, the route and its request id", e)
		}
	}
	ts.srv.flushUnauthenticated() // as a stopping server does
	entries = readAudit(t, ts.auditDir)
	total := 0
	for _, e := range entries {
		total += e.Count
	}
	if len(entries) != 4 || total != 203 {
		t.Errorf("after the flush: %d lines counting %d refusals, want 4 lines counting 203", len(entries), total)
	}
	if n, err := audit.Verify(ts.auditDir); err != nil || n != len(entries) {
		t.Errorf("audit verify = %d, %v; want %d lines and an intact chain", n, err, len(entries))
	}
}

// TestUnauthLinesWindows: a client gets at most one line a minute; what
// the window held is written with its next line, or by a later 401 from
// anyone once the window is over.
func TestUnauthLinesWindows(t *testing.T) {
	var u unauthLines
	t0 := time.Date(2026, 12, 5, 4, 0, 0, 0, time.UTC)
	const route = "POST /api/v1/similar"
	type want struct {
		swept map[string]int // client → count
		own   int            // 0: coalesced
	}
	steps := []struct {
		at     time.Duration
		client string
		want   want
	}{
		{0, "a", want{nil, 1}},
		{10 * time.Second, "a", want{nil, 0}},
		{20 * time.Second, "a", want{nil, 0}},
		{30 * time.Second, "b", want{nil, 1}},
		{40 * time.Second, "b", want{nil, 0}},
		{61 * time.Second, "a", want{nil, 3}}, // a's window is over: 2 held + this one
		{62 * time.Second, "a", want{nil, 0}},
		// Both windows are over (b's from 30 s, a's from 61 s): c's 401
		// writes what they held.
		{121 * time.Second, "c", want{map[string]int{"a": 1, "b": 1}, 1}},
		// That line opened a's next window: still one line a minute.
		{130 * time.Second, "a", want{nil, 0}},
	}
	for i, s := range steps {
		swept, own := u.admit(s.client, route, t0.Add(s.at))
		got := map[string]int{}
		for _, e := range swept {
			got[e.Client] = e.Count
		}
		if len(got) != len(s.want.swept) {
			t.Errorf("step %d (%s at %v): swept %v, want %v", i, s.client, s.at, got, s.want.swept)
		}
		for c, n := range s.want.swept {
			if got[c] != n {
				t.Errorf("step %d: swept %v, want %v", i, got, s.want.swept)
			}
		}
		switch {
		case s.want.own == 0 && own != nil:
			t.Errorf("step %d (%s at %v): wrote %+v, want it coalesced", i, s.client, s.at, *own)
		case s.want.own > 0 && (own == nil || own.Count != s.want.own || own.Client != s.client):
			t.Errorf("step %d (%s at %v): own line %+v, want count %d", i, s.client, s.at, own, s.want.own)
		}
	}
	rest := u.flush(t0.Add(140 * time.Second))
	if len(rest) != 1 || rest[0].Client != "a" || rest[0].Count != 1 {
		t.Errorf("flush = %+v, want a's one held 401", rest)
	}
}
