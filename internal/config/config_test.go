package config

import (
	"strings"
	"testing"
)

func TestFromEnvAndValidate(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		wantErr string
	}{
		{name: "defaults", env: nil},
		{name: "bad workers", env: map[string]string{"LEIAN_WORKERS": "x"}, wantErr: "LEIAN_WORKERS"},
		{name: "zero workers", env: map[string]string{"LEIAN_WORKERS": "0"}, wantErr: "并行数 0"},
		{name: "postgres without url", env: map[string]string{"LEIAN_STORE": "postgres"}, wantErr: "LEIAN_POSTGRES_URL"},
		{name: "unknown store", env: map[string]string{"LEIAN_STORE": "mysql"}, wantErr: "检索库 \"mysql\""},
		{name: "llm url without model", env: map[string]string{"LEIAN_LLM_URL": "http://127.0.0.1:1/v1"}, wantErr: "LEIAN_LLM_MODEL"},
		{name: "TLS cert without key", env: map[string]string{"LEIAN_TLS_CERT": "config.go"}, wantErr: "LEIAN_TLS_KEY"},
		{name: "TLS files missing", env: map[string]string{"LEIAN_TLS_CERT": "no-such.pem", "LEIAN_TLS_KEY": "no-such.key"}, wantErr: "找不到文件 no-such.pem"},
		{name: "TLS files", env: map[string]string{"LEIAN_TLS_CERT": "config.go", "LEIAN_TLS_KEY": "config_test.go"}},
		{name: "bad max pushes", env: map[string]string{"LEIAN_MAX_PUSHES": "-1"}, wantErr: "LEIAN_MAX_PUSHES"},
		{name: "bad log level", env: map[string]string{"LEIAN_LOG_LEVEL": "loud"}, wantErr: "日志级别"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := FromEnv(func(k string) string { return tt.env[k] })
			if err == nil {
				err = c.Validate()
			}
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("unexpected error: %v", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("error %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

// TestDefaultAddrIsLoopback: out of the box the service is reachable from
// this machine only.
func TestDefaultAddrIsLoopback(t *testing.T) {
	c, err := FromEnv(func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	if c.Addr != "127.0.0.1:8080" || c.TLS() {
		t.Errorf("default addr %q, TLS %v; want 127.0.0.1:8080 over plain HTTP", c.Addr, c.TLS())
	}
}
