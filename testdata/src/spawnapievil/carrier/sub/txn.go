// Package sub (import path spawnapievil/carrier/sub) declares a Txn type for -context-carriers path
// matching (SPEC §5.1, §3.0.3).
package sub

// Txn has the configured carrier type name.
type Txn struct{ id int }
