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
		{name: "zero workers", env: map[string]string{"LEIAN_WORKERS": "0"}, wantErr: "workers 0"},
		{name: "postgres without url", env: map[string]string{"LEIAN_STORE": "postgres"}, wantErr: "LEIAN_POSTGRES_URL"},
		{name: "unknown store", env: map[string]string{"LEIAN_STORE": "mysql"}, wantErr: "store \"mysql\""},
		{name: "llm url without model", env: map[string]string{"LEIAN_LLM_URL": "http://127.0.0.1:1/v1"}, wantErr: "LEIAN_LLM_MODEL"},
		{name: "bad log level", env: map[string]string{"LEIAN_LOG_LEVEL": "loud"}, wantErr: "log level"},
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
