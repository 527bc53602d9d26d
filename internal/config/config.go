// Package config holds Leian's one configuration struct, filled from
// LEIAN_* environment variables and then from command-line flags.
package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/pflag"
)

// Config is every setting Leian reads. Environment variables give defaults;
// flags override them.
type Config struct {
	Data    string // LEIAN_DATA: the real-data bundle (../shared/data)
	Home    string // LEIAN_HOME: indexes, document store, eval runs
	Addr    string // LEIAN_ADDR: HTTP listen address, loopback by default
	TLSCert string // LEIAN_TLS_CERT: PEM certificate file; with TLSKey the server speaks HTTPS
	TLSKey  string // LEIAN_TLS_KEY: PEM private key file
	// MaxPushes is LEIAN_MAX_PUSHES: similar-case pushes searched at once
	// (0: twice the CPUs); more wait briefly, then get 503.
	MaxPushes int
	LogLevel  string // LEIAN_LOG_LEVEL: debug, info, warn, error
	Workers   int    // LEIAN_WORKERS: parallel workers for ingest and indexing

	Store       string // LEIAN_STORE: "embedded" (default) or "postgres"
	PostgresURL string // LEIAN_POSTGRES_URL: pgx connection string for the postgres store

	EmbeddingsURL   string // LEIAN_EMBEDDINGS_URL: optional OpenAI-compatible /v1 base URL
	EmbeddingsModel string // LEIAN_EMBEDDINGS_MODEL
	LLMURL          string // LEIAN_LLM_URL: optional OpenAI-compatible /v1 base URL for chat
	LLMModel        string // LEIAN_LLM_MODEL
	LLMKey          string // LEIAN_LLM_KEY: API key for both endpoints (never logged)
}

// FromEnv returns the defaults overlaid with LEIAN_* variables read by getenv.
func FromEnv(getenv func(string) string) (Config, error) {
	c := Config{
		Data: "../shared/data",
		Home: "./var",
		// Loopback: a court exposes the service through its own reverse
		// proxy or sets LEIAN_ADDR deliberately, never by accident.
		Addr:     "127.0.0.1:8080",
		LogLevel: "info",
		Workers:  2,
		Store:    "embedded",
	}
	str := map[string]*string{
		"LEIAN_DATA":             &c.Data,
		"LEIAN_HOME":             &c.Home,
		"LEIAN_ADDR":             &c.Addr,
		"LEIAN_TLS_CERT":         &c.TLSCert,
		"LEIAN_TLS_KEY":          &c.TLSKey,
		"LEIAN_LOG_LEVEL":        &c.LogLevel,
		"LEIAN_STORE":            &c.Store,
		"LEIAN_POSTGRES_URL":     &c.PostgresURL,
		"LEIAN_EMBEDDINGS_URL":   &c.EmbeddingsURL,
		"LEIAN_EMBEDDINGS_MODEL": &c.EmbeddingsModel,
		"LEIAN_LLM_URL":          &c.LLMURL,
		"LEIAN_LLM_MODEL":        &c.LLMModel,
		"LEIAN_LLM_KEY":          &c.LLMKey,
	}
	for name, dst := range str {
		if v := getenv(name); v != "" {
			*dst = v
		}
	}
	for name, dst := range map[string]*int{"LEIAN_WORKERS": &c.Workers, "LEIAN_MAX_PUSHES": &c.MaxPushes} {
		if v := getenv(name); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil {
				return c, fmt.Errorf("环境变量 %s=%q 不是整数", name, v)
			}
			*dst = n
		}
	}
	return c, nil
}

// BindFlags registers one flag per field on fs, defaulting to c's values.
func (c *Config) BindFlags(fs *pflag.FlagSet) {
	fs.StringVar(&c.Data, "data", c.Data, "real-data bundle folder (LEIAN_DATA)")
	fs.StringVar(&c.Home, "home", c.Home, "folder for indexes, document store and eval runs (LEIAN_HOME)")
	fs.StringVar(&c.Addr, "addr", c.Addr, "HTTP listen address (LEIAN_ADDR); 0.0.0.0:8080 listens on every interface")
	fs.StringVar(&c.TLSCert, "tls-cert", c.TLSCert, "PEM certificate file for HTTPS (LEIAN_TLS_CERT)")
	fs.StringVar(&c.TLSKey, "tls-key", c.TLSKey, "PEM private key file for HTTPS (LEIAN_TLS_KEY)")
	fs.IntVar(&c.MaxPushes, "max-pushes", c.MaxPushes, "similar-case pushes searched at once, 0 for twice the CPUs (LEIAN_MAX_PUSHES)")
	fs.StringVar(&c.LogLevel, "log-level", c.LogLevel, "debug, info, warn or error (LEIAN_LOG_LEVEL)")
	fs.IntVar(&c.Workers, "workers", c.Workers, "parallel workers (LEIAN_WORKERS)")
	fs.StringVar(&c.Store, "store", c.Store, "search store: embedded or postgres (LEIAN_STORE)")
	fs.StringVar(&c.PostgresURL, "postgres-url", c.PostgresURL, "PostgreSQL connection string (LEIAN_POSTGRES_URL)")
	fs.StringVar(&c.EmbeddingsURL, "embeddings-url", c.EmbeddingsURL, "optional OpenAI-compatible embeddings base URL (LEIAN_EMBEDDINGS_URL)")
	fs.StringVar(&c.EmbeddingsModel, "embeddings-model", c.EmbeddingsModel, "embeddings model name (LEIAN_EMBEDDINGS_MODEL)")
	fs.StringVar(&c.LLMURL, "llm-url", c.LLMURL, "optional OpenAI-compatible chat base URL (LEIAN_LLM_URL)")
	fs.StringVar(&c.LLMModel, "llm-model", c.LLMModel, "chat model name (LEIAN_LLM_MODEL)")
}

// Validate reports every invalid setting at once.
func (c Config) Validate() error {
	var errs []error
	if strings.TrimSpace(c.Home) == "" {
		errs = append(errs, errors.New("数据目录 LEIAN_HOME（--home）为空"))
	}
	if strings.TrimSpace(c.Data) == "" {
		errs = append(errs, errors.New("数据包目录 LEIAN_DATA（--data）为空"))
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		errs = append(errs, fmt.Errorf("日志级别 %q 无效，应为 debug、info、warn 或 error（LEIAN_LOG_LEVEL）", c.LogLevel))
	}
	if c.Workers < 1 || c.Workers > 256 {
		errs = append(errs, fmt.Errorf("并行数 %d 无效，应为 1 到 256（LEIAN_WORKERS）", c.Workers))
	}
	if c.MaxPushes < 0 {
		errs = append(errs, fmt.Errorf("同时检索数 %d 无效，应为 0（自动）或正整数（LEIAN_MAX_PUSHES）", c.MaxPushes))
	}
	switch c.Store {
	case "embedded":
	case "postgres":
		if c.PostgresURL == "" {
			errs = append(errs, errors.New("检索库 postgres 需要设置 LEIAN_POSTGRES_URL（--postgres-url）"))
		}
	default:
		errs = append(errs, fmt.Errorf("检索库 %q 无效，应为 embedded 或 postgres（LEIAN_STORE）", c.Store))
	}
	if (c.EmbeddingsURL == "") != (c.EmbeddingsModel == "") {
		errs = append(errs, errors.New("LEIAN_EMBEDDINGS_URL 与 LEIAN_EMBEDDINGS_MODEL 须同时设置"))
	}
	if (c.LLMURL == "") != (c.LLMModel == "") {
		errs = append(errs, errors.New("LEIAN_LLM_URL 与 LEIAN_LLM_MODEL 须同时设置"))
	}
	if (c.TLSCert == "") != (c.TLSKey == "") {
		errs = append(errs, errors.New("LEIAN_TLS_CERT 与 LEIAN_TLS_KEY 须同时设置（证书与私钥文件）"))
	}
	for _, f := range []struct{ name, path string }{{"LEIAN_TLS_CERT", c.TLSCert}, {"LEIAN_TLS_KEY", c.TLSKey}} {
		if f.path == "" {
			continue
		}
		if st, err := os.Stat(f.path); err != nil || st.IsDir() {
			errs = append(errs, fmt.Errorf("%s：找不到文件 %s", f.name, f.path))
		}
	}
	return errors.Join(errs...)
}

// RequireData checks that the data bundle exists, naming the variable to set
// when it does not.
func (c Config) RequireData() error {
	st, err := os.Stat(filepath.Join(c.Data, "README.md"))
	if err != nil || st.IsDir() {
		return fmt.Errorf("在 %q 找不到数据包（请将 LEIAN_DATA 或 --data 设为含 README.md 的真实数据目录）：%w", c.Data, err)
	}
	return nil
}

// TLS reports whether the server speaks HTTPS.
func (c Config) TLS() bool { return c.TLSCert != "" && c.TLSKey != "" }

// Path joins elem under Home.
func (c Config) Path(elem ...string) string {
	return filepath.Join(append([]string{c.Home}, elem...)...)
}
