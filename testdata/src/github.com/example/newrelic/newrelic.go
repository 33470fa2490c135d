// Stub of a New Relic-like agent used by the goroutinederive fixtures: declarations only.

// Package newrelic attaches transactions to contexts.
package newrelic

import "context"

// Transaction is an in-flight transaction.
type Transaction struct {
	name string
}

// FromContext returns the transaction stored in ctx.
func FromContext(ctx context.Context) *Transaction {
	_ = ctx
	return &Transaction{name: "stub"}
}

// NewGoroutine returns a transaction usable by a new goroutine (a method deriver).
func (t *Transaction) NewGoroutine() *Transaction { return t }

// End ends the transaction (not a deriver).
func (t *Transaction) End() {}

// NewContext stores t in a copy of ctx.
func NewContext(ctx context.Context, t *Transaction) context.Context {
	_ = t
	return ctx
}
