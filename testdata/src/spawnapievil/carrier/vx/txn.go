// Package vx (import path spawnapievil/carrier/vx) declares a Txn type for -context-carriers path
// matching (SPEC §5.1, §3.0.3).
package vx

// Txn has the configured carrier type name.
type Txn struct{ id int }
