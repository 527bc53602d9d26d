package embed

import (
	"context"
	"encoding/json"
	"math"
	"net/http"
	"net/http/httptest"
	"testing"
)

// TestRemote runs the remote embedder against a local OpenAI-compatible server.
func TestRemote(t *testing.T) {
	var gotModel, gotAuth string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/embeddings" {
			http.NotFound(w, r)
			return
		}
		var req struct {
			Model string   `json:"model"`
			Input []string `json:"input"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		gotModel, gotAuth = req.Model, r.Header.Get("Authorization")
		type datum struct {
			Object    string    `json:"object"`
			Embedding []float32 `json:"embedding"`
			Index     int       `json:"index"`
		}
		resp := struct {
			Object string  `json:"object"`
			Data   []datum `json:"data"`
			Model  string  `json:"model"`
		}{Object: "list", Model: req.Model}
		for i, s := range req.Input {
			resp.Data = append(resp.Data, datum{"embedding", []float32{float32(len([]rune(s))), 3, 4}, i})
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(resp)
	}))
	defer srv.Close()

	r, err := NewRemote(srv.URL+"/v1", "bge-m3", "secret")
	if err != nil {
		t.Fatal(err)
	}
	vs, err := r.EmbedDocuments(context.Background(), []string{"被告人张某盗窃", "诈骗"})
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 2 || gotModel != "bge-m3" || gotAuth != "Bearer secret" {
		t.Fatalf("got %d vectors, model %q, auth %q", len(vs), gotModel, gotAuth)
	}
	want := []float64{7 / math.Sqrt(74), 3 / math.Sqrt(74), 4 / math.Sqrt(74)}
	for i := range want {
		if math.Abs(float64(vs[0][i])-want[i]) > 1e-5 {
			t.Fatalf("vector %v, want %v", vs[0], want)
		}
	}
	q, err := r.EmbedQuery(context.Background(), "诈骗")
	if err != nil || math.Abs(dot(q, q)-1) > 1e-6 {
		t.Fatalf("query vector %v, err %v", q, err)
	}

	bad, err := NewRemote("http://127.0.0.1:1/v1", "m", "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bad.EmbedQuery(context.Background(), "x"); err == nil {
		t.Error("unreachable endpoint gave no error")
	}
}
