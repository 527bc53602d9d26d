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
	Data     string // LEIAN_DATA: the real-data bundle (../shared/data)
	Home     string // LEIAN_HOME: indexes, document store, eval runs
	Addr     string // LEIAN_ADDR: HTTP listen address
	LogLevel string // LEIAN_LOG_LEVEL: debug, info, warn, error
	Workers  int    // LEIAN_WORKERS: parallel workers for ingest and indexing

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
		Data:     "../shared/data",
		Home:     "./var",
		Addr:     ":8080",
		LogLevel: "info",
		Workers:  2,
		Store:    "embedded",
	}
	str := map[string]*string{
		"LEIAN_DATA":             &c.Data,
		"LEIAN_HOME":             &c.Home,
		"LEIAN_ADDR":             &c.Addr,
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
	if v := getenv("LEIAN_WORKERS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			return c, fmt.Errorf("LEIAN_WORKERS=%q: %w", v, err)
		}
		c.Workers = n
	}
	return c, nil
}

// BindFlags registers one flag per field on fs, defaulting to c's values.
func (c *Config) BindFlags(fs *pflag.FlagSet) {
	fs.StringVar(&c.Data, "data", c.Data, "real-data bundle folder (LEIAN_DATA)")
	fs.StringVar(&c.Home, "home", c.Home, "folder for indexes, document store and eval runs (LEIAN_HOME)")
	fs.StringVar(&c.Addr, "addr", c.Addr, "HTTP listen address (LEIAN_ADDR)")
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
		errs = append(errs, errors.New("home (LEIAN_HOME) is empty"))
	}
	if strings.TrimSpace(c.Data) == "" {
		errs = append(errs, errors.New("data (LEIAN_DATA) is empty"))
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		errs = append(errs, fmt.Errorf("log level %q: want debug, info, warn or error", c.LogLevel))
	}
	if c.Workers < 1 || c.Workers > 256 {
		errs = append(errs, fmt.Errorf("workers %d: want 1 to 256", c.Workers))
	}
	switch c.Store {
	case "embedded":
	case "postgres":
		if c.PostgresURL == "" {
			errs = append(errs, errors.New("store postgres needs LEIAN_POSTGRES_URL (--postgres-url)"))
		}
	default:
		errs = append(errs, fmt.Errorf("store %q: want embedded or postgres", c.Store))
	}
	if (c.EmbeddingsURL == "") != (c.EmbeddingsModel == "") {
		errs = append(errs, errors.New("LEIAN_EMBEDDINGS_URL and LEIAN_EMBEDDINGS_MODEL go together"))
	}
	if (c.LLMURL == "") != (c.LLMModel == "") {
		errs = append(errs, errors.New("LEIAN_LLM_URL and LEIAN_LLM_MODEL go together"))
	}
	return errors.Join(errs...)
}

// RequireData checks that the data bundle exists, naming the variable to set
// when it does not.
func (c Config) RequireData() error {
	st, err := os.Stat(filepath.Join(c.Data, "README.md"))
	if err != nil || st.IsDir() {
		return fmt.Errorf("data bundle not found at %q (set LEIAN_DATA or --data to the folder holding the real-data README.md): %w", c.Data, err)
	}
	return nil
}

// Path joins elem under Home.
func (c Config) Path(elem ...string) string {
	return filepath.Join(append([]string{c.Home}, elem...)...)
}
