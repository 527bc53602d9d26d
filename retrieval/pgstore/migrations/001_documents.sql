-- Documents and their filter columns, full-text vectors and embedding.
--
-- Least privilege. Everything lives in schema leian. The role the service
-- runs as needs only:
--   GRANT USAGE, CREATE ON SCHEMA leian TO leian_app;  -- CREATE: migrations
--   GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA leian TO leian_app;
-- plus, once per database, a superuser (or the database owner, pgvector
-- being a trusted extension from 0.5 on) to run CREATE EXTENSION vector,
-- and CREATE on the database for the schema itself.
--
-- {{DIM}} is the embedding dimension, fixed when the store is created; Go
-- validates it as an integer in 1..2000 (the HNSW limit) before substituting.
CREATE EXTENSION IF NOT EXISTS vector;

CREATE TABLE leian.store_config (
    one bool PRIMARY KEY DEFAULT true CHECK (one),
    dim int NOT NULL CHECK (dim > 0)
);
INSERT INTO leian.store_config (dim) VALUES ({{DIM}});

CREATE TABLE leian.documents (
    id text PRIMARY KEY,
    charges text[] NOT NULL DEFAULT '{}',
    articles text[] NOT NULL DEFAULT '{}',
    court text NOT NULL DEFAULT '',
    court_level text NOT NULL DEFAULT '',
    province text NOT NULL DEFAULT '',
    year int,  -- NULL when unknown: year filters never match it
    procedure text NOT NULL DEFAULT '',
    doc_type text NOT NULL DEFAULT '',
    case_type text NOT NULL DEFAULT '',
    cause text NOT NULL DEFAULT '',
    -- Built in Go from analysis.SearchTokens (Search mode), with positions;
    -- queries use analysis.Tokens (Precise mode). The 'simple' parser is
    -- not involved: Go writes the lexemes itself.
    facts_tsv tsvector NOT NULL DEFAULT '',
    reasoning_tsv tsvector NOT NULL DEFAULT '',
    verdict_tsv tsvector NOT NULL DEFAULT '',
    full_tsv tsvector NOT NULL DEFAULT '',
    facts_bigram_tsv tsvector NOT NULL DEFAULT '',
    embedding vector({{DIM}})
);
