package extract

// Version is the extraction version: it names what parse.Parse and Extract
// (with NormaliseCharge and every rule they read) produce for a text.
// Documents are stored with the version that analysed them, and `leian
// ingest` re-parses and re-extracts a stored document whose version is
// older, so a court's store never keeps elements an older extractor wrote.
//
// Bump it with every change that alters what is extracted from some text,
// and record the new output's digest: TestVersionDigest fails until both
// are done (go test ./corpus/extract -run TestVersionDigest -update).
// Stores written before versions existed read as version 0.
const Version = 1
