package auth

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// ErrInvalidToken is returned for a token that is malformed, unknown or revoked.
var ErrInvalidToken = errors.New("invalid API token")

// tokenPrefix marks Leian tokens so they are recognisable in a leaked log
// or paste and can be rejected early when malformed.
const tokenPrefix = "leian_"

// Principal is an authenticated caller.
type Principal struct {
	TokenID string    `json:"token_id"` // public id of the token, safe to log
	User    string    `json:"user"`
	Role    Role      `json:"role"`
	Created time.Time `json:"created"`
}

// record is one line of the tokens file: the token itself is never stored.
type record struct {
	Principal
	SHA256 string `json:"sha256"`
}

type tokensFile struct {
	Tokens []record `json:"tokens"`
}

// Tokens is the tokens file. It rereads the file when it changes on disk, so
// `leian token add` takes effect on a running server.
type Tokens struct {
	path string

	mu      sync.Mutex
	stamp   fileStamp
	records []record
	hashes  [][]byte
}

// Open reads the tokens file at path; a missing file is an empty set.
func Open(path string) (*Tokens, error) {
	t := &Tokens{path: path}
	if err := t.refresh(); err != nil {
		return nil, err
	}
	return t, nil
}

// Path is the tokens file's location.
func (t *Tokens) Path() string { return t.path }

// Authenticate returns who holds token. Every stored hash is compared in
// constant time, so timing reveals neither which token matched nor how much.
func (t *Tokens) Authenticate(token string) (Principal, error) {
	if err := t.refresh(); err != nil {
		return Principal{}, err
	}
	if !strings.HasPrefix(token, tokenPrefix) || len(token) > 128 {
		return Principal{}, ErrInvalidToken
	}
	sum := sha256.Sum256([]byte(token))
	t.mu.Lock()
	defer t.mu.Unlock()
	match := -1
	for i, h := range t.hashes {
		if subtle.ConstantTimeCompare(sum[:], h) == 1 {
			match = i
		}
	}
	if match < 0 {
		return Principal{}, ErrInvalidToken
	}
	return t.records[match].Principal, nil
}

// List returns every token's holder, oldest first.
func (t *Tokens) List() ([]Principal, error) {
	if err := t.refresh(); err != nil {
		return nil, err
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	out := make([]Principal, len(t.records))
	for i, r := range t.records {
		out[i] = r.Principal
	}
	return out, nil
}

// Add creates a token for user with role, stores its hash and returns the
// token: this is the only time it exists in plain text.
func (t *Tokens) Add(user string, role Role) (string, Principal, error) {
	if err := checkUser(user); err != nil {
		return "", Principal{}, err
	}
	if _, err := ParseRole(string(role)); err != nil {
		return "", Principal{}, err
	}
	secret, id := make([]byte, 32), make([]byte, 4)
	if _, err := rand.Read(secret); err != nil {
		return "", Principal{}, fmt.Errorf("generate token: %w", err)
	}
	if _, err := rand.Read(id); err != nil {
		return "", Principal{}, fmt.Errorf("generate token id: %w", err)
	}
	token := tokenPrefix + base64.RawURLEncoding.EncodeToString(secret)
	sum := sha256.Sum256([]byte(token))
	p := Principal{TokenID: hex.EncodeToString(id), User: user, Role: role, Created: time.Now().UTC().Truncate(time.Second)}
	err := t.update(func(rs []record) ([]record, error) {
		return append(rs, record{Principal: p, SHA256: hex.EncodeToString(sum[:])}), nil
	})
	if err != nil {
		return "", Principal{}, err
	}
	return token, p, nil
}

// Revoke deletes the token with the given public id.
func (t *Tokens) Revoke(tokenID string) error {
	return t.update(func(rs []record) ([]record, error) {
		for i, r := range rs {
			if r.TokenID == tokenID {
				return append(rs[:i:i], rs[i+1:]...), nil
			}
		}
		return nil, fmt.Errorf("token id %q not in %s", tokenID, t.path)
	})
}

func checkUser(user string) error {
	if strings.TrimSpace(user) == "" {
		return errors.New("user is empty")
	}
	if utf8.RuneCountInString(user) > 64 {
		return fmt.Errorf("user %q: longer than 64 characters", user)
	}
	if strings.IndexFunc(user, func(r rune) bool { return unicode.IsControl(r) || r == utf8.RuneError }) >= 0 {
		return fmt.Errorf("user %q: contains control characters", user)
	}
	return nil
}
