// Stub of the /v2 major version: an unversioned external spec matches it (SPEC §3.0.3).

// Package workers runs functions in the background.
package workers

// Submit runs f in the background.
func Submit(f func()) { go f() }
