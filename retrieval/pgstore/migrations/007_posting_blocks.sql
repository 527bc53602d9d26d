-- Postings as arrays: one row per term and block of documents written
-- together (a bulk load's block of several thousand, or one Upsert), with
-- the documents' numbers and the term's ts_rank in each, instead of one
-- row per (term, document). A row of leian.postings cost ~140 bytes with
-- its two indexes (2.2 GiB at 17k judgments, ~130 GB projected at 1M);
-- in an array a posting costs 8 bytes, and the index holds one entry per
-- block. A document's postings are found through its stored tsvectors
-- when it is replaced or deleted (deletePostingsSQL), so no index on the
-- documents is needed. Same grants as 001.
--
-- docs are documents.num as int: a store holds fewer than 2^31 documents.
CREATE TABLE leian.posting_blocks (
    term int NOT NULL,
    docs int[] NOT NULL,
    ranks real[] NOT NULL CHECK (cardinality(ranks) = cardinality(docs))
);
-- The arrays are read whole: keep them uncompressed in line when they
-- fit, and out of line uncompressed when they do not (pglz gains little
-- on ascending integers and costs a decompression per read).
ALTER TABLE leian.posting_blocks ALTER COLUMN docs SET STORAGE EXTERNAL;
ALTER TABLE leian.posting_blocks ALTER COLUMN ranks SET STORAGE EXTERNAL;
CREATE INDEX posting_blocks_term ON leian.posting_blocks (term);

INSERT INTO leian.posting_blocks (term, docs, ranks)
SELECT term, array_agg(doc::int ORDER BY doc), array_agg(rank ORDER BY doc)
FROM leian.postings GROUP BY term;
DROP TABLE leian.postings;
