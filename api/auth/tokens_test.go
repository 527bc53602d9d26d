package auth

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestAddAuthenticateRevoke(t *testing.T) {
	path := filepath.Join(t.TempDir(), "home", "tokens.json")
	toks, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	judge, p, err := toks.Add("张三", Judge)
	if err != nil {
		t.Fatal(err)
	}
	admin, _, err := toks.Add("李四", Admin)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		token    string
		wantUser string // "" = rejected
	}{
		{judge, "张三"},
		{admin, "李四"},
		{judge + "x", ""},
		{judge[:len(judge)-1], ""},
		{strings.TrimPrefix(judge, tokenPrefix), ""},
		{"", ""},
		{tokenPrefix + strings.Repeat("A", 200), ""},
	}
	for _, tt := range tests {
		got, err := toks.Authenticate(tt.token)
		if tt.wantUser == "" {
			if !errors.Is(err, ErrInvalidToken) {
				t.Errorf("Authenticate(%.12q…) = %+v, %v; want ErrInvalidToken", tt.token, got, err)
			}
			continue
		}
		if err != nil || got.User != tt.wantUser {
			t.Errorf("Authenticate(%.12q…) = %+v, %v; want %s", tt.token, got, err, tt.wantUser)
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), strings.TrimPrefix(judge, tokenPrefix)) || !strings.Contains(string(data), p.TokenID) {
		t.Errorf("tokens file holds a plaintext token or lacks the token id:\n%s", data)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("tokens file mode %v, want 0600", st.Mode().Perm())
	}
	if err := toks.Revoke(p.TokenID); err != nil {
		t.Fatal(err)
	}
	if _, err := toks.Authenticate(judge); !errors.Is(err, ErrInvalidToken) {
		t.Errorf("revoked token still authenticates: %v", err)
	}
	if err := toks.Revoke(p.TokenID); err == nil {
		t.Error("revoking an unknown id succeeded")
	}
}

// TestReload: a token added by another process (`leian token add` while
// the server runs) is honoured without a restart.
func TestReload(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tokens.json")
	server, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	cli, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	tok, _, err := cli.Add("王五", Reviewer)
	if err != nil {
		t.Fatal(err)
	}
	if p, err := server.Authenticate(tok); err != nil || p.Role != Reviewer {
		t.Fatalf("server did not see the new token: %+v, %v", p, err)
	}
}

func TestAddInvalid(t *testing.T) {
	toks, err := Open(filepath.Join(t.TempDir(), "tokens.json"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		user string
		role Role
	}{
		{"", Judge},
		{"   ", Judge},
		{"张三", Role("clerk")},
		{"张\n三", Judge},
		{strings.Repeat("张", 65), Judge},
	}
	for _, tt := range tests {
		if _, _, err := toks.Add(tt.user, tt.role); err == nil {
			t.Errorf("Add(%q, %q) succeeded", tt.user, tt.role)
		}
	}
}

func TestCorruptFile(t *testing.T) {
	tests := []struct{ name, content, want string }{
		{"not json", "{", "tokens.json"},
		{"bad hash", `{"tokens":[{"token_id":"ab","user":"x","role":"judge","sha256":"zz"}]}`, "record 1"},
		{"bad role", `{"tokens":[{"token_id":"ab","user":"x","role":"clerk","sha256":"` + strings.Repeat("0", 64) + `"}]}`, "clerk"},
	}
	for _, tt := range tests {
		path := filepath.Join(t.TempDir(), "tokens.json")
		if err := os.WriteFile(path, []byte(tt.content), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := Open(path); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Open = %v, want an error naming %q", tt.name, err, tt.want)
		}
	}
}

func TestBootstrap(t *testing.T) {
	toks, err := Open(filepath.Join(t.TempDir(), "tokens.json"))
	if err != nil {
		t.Fatal(err)
	}
	tok, err := Bootstrap(toks)
	if err != nil || tok == "" {
		t.Fatalf("first Bootstrap = %q, %v", tok, err)
	}
	if p, err := toks.Authenticate(tok); err != nil || p.User != BootstrapUser || p.Role != Judge {
		t.Errorf("bootstrap token authenticates as %+v, %v", p, err)
	}
	if again, err := Bootstrap(toks); again != "" || err != nil {
		t.Errorf("second Bootstrap = %q, %v; want nothing", again, err)
	}
}
