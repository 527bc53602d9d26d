-- B-tree indexes for the scalar filter columns 002 left out, so that a
-- push filtered on any of them can find its rows by index rather than by
-- scanning the table. Same grants as 001.
CREATE INDEX documents_court_level ON leian.documents (court_level);
CREATE INDEX documents_province ON leian.documents (province);
CREATE INDEX documents_procedure ON leian.documents (procedure);
CREATE INDEX documents_doc_type ON leian.documents (doc_type);
CREATE INDEX documents_cause ON leian.documents (cause);
