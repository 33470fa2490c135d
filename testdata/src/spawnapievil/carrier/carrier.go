// Package carrier declares a context carrier (configured with -context-carriers).
package carrier

// Txn carries a request's context.
type Txn struct{ name string }

// Name returns the transaction's name.
func (t *Txn) Name() string { return t.name }
