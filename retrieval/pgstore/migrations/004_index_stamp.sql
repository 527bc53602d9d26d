-- Which build of the index folder the documents were written under
-- (engine.Index): cleared before Index writes, set once every document is
-- written, so an interrupted index is never taken for a complete one. It
-- lives in the database, not beside the folder, because the database can
-- be emptied, replaced or shared apart from the folder. Same grants as 001.
CREATE TABLE leian.index_stamp (
    one bool PRIMARY KEY DEFAULT true CHECK (one),
    stamp text NOT NULL
);
