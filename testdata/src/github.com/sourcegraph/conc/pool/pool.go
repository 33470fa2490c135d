// Stub of github.com/sourcegraph/conc/pool embedded in goroutinectx: declarations only.

// Package pool provides goroutine pools with bounded concurrency, optional
// error and result collection, and context cancellation.
package pool

import "context"

// New creates a new Pool.
func New() *Pool { return &Pool{} }

// Pool is a pool of goroutines used to execute tasks concurrently.
type Pool struct {
	limit int
}

// Go submits a task to be run in the pool.
func (p *Pool) Go(f func()) { panic("stub") }

// Wait cleans up spawned goroutines, propagating any panics that were raised
// by a task.
func (p *Pool) Wait() { panic("stub") }

// MaxGoroutines returns the maximum size of the pool.
func (p *Pool) MaxGoroutines() int { return p.limit }

// WithMaxGoroutines limits the number of goroutines in a pool.
func (p *Pool) WithMaxGoroutines(n int) *Pool { return p }

// WithErrors converts the pool to an ErrorPool so the submitted tasks can
// return errors.
func (p *Pool) WithErrors() *ErrorPool { return &ErrorPool{} }

// WithContext converts the pool to a ContextPool for tasks that should run
// under the same context.
func (p *Pool) WithContext(ctx context.Context) *ContextPool { return &ContextPool{} }
