-- Indexes: GIN for the full-text vectors and the array filters, B-tree for
-- the scalar filters, HNSW (cosine) for the embedding.
CREATE INDEX documents_facts_tsv ON leian.documents USING gin (facts_tsv);
CREATE INDEX documents_reasoning_tsv ON leian.documents USING gin (reasoning_tsv);
CREATE INDEX documents_verdict_tsv ON leian.documents USING gin (verdict_tsv);
CREATE INDEX documents_full_tsv ON leian.documents USING gin (full_tsv);
CREATE INDEX documents_facts_bigram_tsv ON leian.documents USING gin (facts_bigram_tsv);
CREATE INDEX documents_charges ON leian.documents USING gin (charges);
CREATE INDEX documents_articles ON leian.documents USING gin (articles);
CREATE INDEX documents_year ON leian.documents (year);
CREATE INDEX documents_court ON leian.documents (court);
CREATE INDEX documents_case_type ON leian.documents (case_type);
CREATE INDEX documents_embedding ON leian.documents USING hnsw (embedding vector_cosine_ops);
