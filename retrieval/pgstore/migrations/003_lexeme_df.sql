-- Document frequencies of lexemes per field, kept by Upsert and Delete in
-- their own transactions, so that Lexical can weight query terms by inverse
-- document frequency (ts_rank has none). Same grants as 001.
CREATE TABLE leian.lexeme_df (
    field text NOT NULL,
    lexeme text NOT NULL,
    df int NOT NULL,
    PRIMARY KEY (field, lexeme)
);
