package auth

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// BootstrapUser is the holder of the first-run token.
const BootstrapUser = "本机用户"

// Bootstrap gives a fresh installation a usable UI: when the tokens file does
// not exist yet it creates it with one judge token and returns that token.
// Once the file exists (even empty, after every token was revoked) it does
// nothing and returns "", so a deployment never gains a token it did not ask for.
func Bootstrap(t *Tokens) (string, error) {
	_, err := os.Stat(t.path)
	if err == nil {
		return "", nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("tokens file %s: %w", t.path, err)
	}
	token, _, err := t.Add(BootstrapUser, Judge)
	if err != nil {
		return "", fmt.Errorf("bootstrap token: %w", err)
	}
	return token, nil
}
