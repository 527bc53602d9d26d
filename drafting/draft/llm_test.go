package draft_test

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/tmc/langchaingo/llms/fake"

	. "leian/drafting/draft"
)

// offlineReply is what a faithful model returns: the offline draft's own
// reasoning and verdict, reworded.
func offlineReply(t *testing.T, off *Offline, r Request) string {
	t.Helper()
	d, err := off.Draft(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Replace(d.Section("reasoning").Text(), "本院认为，", "本院认为：", 1) + d.Section("verdict").Text()
}

func theftRequest(t *testing.T, svc *Service) Request {
	t.Helper()
	id := theftDoc(t)
	q, err := svc.Facts.SimilarQuery(context.Background(), id, 1)
	if err != nil {
		t.Fatal(err)
	}
	return Request{Facts: q.Facts, Exclude: []string{id}}
}

func TestLLMDrafterFake(t *testing.T) {
	svc, off := testService(t)
	r := theftRequest(t, svc)
	good := offlineReply(t, off, r)
	tests := []struct {
		name, reply, drafter, note string
	}{
		{"faithful rewrite", good, "llm", ""},
		{"invented article", strings.Replace(good, "依照《中华人民共和国刑法》", "依照《中华人民共和国刑法》第九百九十九条、", 1), "offline", "查无此条"},
		{"no structure", "本案事实清楚。", "offline", "不符合判决书结构"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := &LLM{Model: fake.NewFakeLLM([]string{tt.reply}), Offline: off}
			d, err := l.Draft(context.Background(), r)
			if err != nil {
				t.Fatal(err)
			}
			if d.Drafter != tt.drafter {
				t.Errorf("drafter %q, want %q; notes %v", d.Drafter, tt.drafter, d.Notes)
			}
			if tt.note != "" && !strings.Contains(strings.Join(d.Notes, "\n"), tt.note) {
				t.Errorf("notes %v do not say %q", d.Notes, tt.note)
			}
		})
	}
}

// TestLLMDrafterOpenAIServer drives the langchaingo OpenAI client against
// an httptest server that speaks the chat-completions API.
func TestLLMDrafterOpenAIServer(t *testing.T) {
	svc, off := testService(t)
	r := theftRequest(t, svc)
	reply := offlineReply(t, off, r)
	var prompt string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if !strings.HasSuffix(req.URL.Path, "/chat/completions") {
			http.NotFound(w, req)
			return
		}
		var body struct {
			Messages []struct {
				Content any `json:"content"`
			} `json:"messages"`
		}
		if err := json.NewDecoder(req.Body).Decode(&body); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		b, _ := json.Marshal(body.Messages)
		prompt = string(b)
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{
			"id": "c1", "object": "chat.completion", "model": "test",
			"choices": []map[string]any{{"index": 0, "finish_reason": "stop", "message": map[string]any{"role": "assistant", "content": reply}}},
		})
	}))
	defer srv.Close()
	l, err := NewOpenAI(srv.URL+"/v1", "test", "", off)
	if err != nil {
		t.Fatal(err)
	}
	d, err := l.Draft(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	if d.Drafter != "llm" {
		t.Errorf("drafter %q, notes %v", d.Drafter, d.Notes)
	}
	for _, want := range []string{"案件事实", "可援引法条", "第二百六十四条", "类案参考"} {
		if !strings.Contains(prompt, want) {
			t.Errorf("the prompt sent lacks %q", want)
		}
	}
}

func TestLLMDrafterUnreachable(t *testing.T) {
	svc, off := testService(t)
	r := theftRequest(t, svc)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	url := "http://" + ln.Addr().String() + "/v1"
	ln.Close() // nothing listens there now
	l, err := NewOpenAI(url, "test", "", off)
	if err != nil {
		t.Fatal(err)
	}
	d, err := l.Draft(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	if d.Drafter != "offline" || !strings.Contains(strings.Join(d.Notes, "\n"), "大模型服务不可达，已改用离线起草") {
		t.Errorf("drafter %q notes %v; want the offline draft and a note", d.Drafter, d.Notes)
	}
}
