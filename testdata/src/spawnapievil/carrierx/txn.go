// Package carrierx (import path spawnapievil/carrierx) declares a Txn type for -context-carriers path
// matching (SPEC §5.1, §3.0.3).
package carrierx

// Txn has the configured carrier type name.
type Txn struct{ id int }
