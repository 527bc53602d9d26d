// Package retrieval finds similar decided cases: analysis, full-text and
// vector indexes behind one store interface, and ranking with reasons.
package retrieval
