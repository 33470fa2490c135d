// Stub of github.com/sourcegraph/conc/pool embedded in goroutinectx: declarations only.

package pool

import "context"

// ContextPool is a pool that runs tasks that take a context.
type ContextPool struct {
	errorPool ErrorPool
	ctx       context.Context
}

// Go submits a task. If it returns an error, the error will be collected and
// returned by Wait.
func (p *ContextPool) Go(f func(ctx context.Context) error) { panic("stub") }

// Wait cleans up all spawned goroutines, propagates any panics, and returns an
// error if any of the tasks errored.
func (p *ContextPool) Wait() error { panic("stub") }

// WithFirstError configures the pool to only return the first error returned
// by a task.
func (p *ContextPool) WithFirstError() *ContextPool { return p }

// WithCancelOnError configures the pool to cancel its context as soon as any
// task returns an error or panics.
func (p *ContextPool) WithCancelOnError() *ContextPool { return p }

// WithFailFast is an alias for the combination of WithFirstError and
// WithCancelOnError.
func (p *ContextPool) WithFailFast() *ContextPool { return p }

// WithMaxGoroutines limits the number of goroutines in a pool.
func (p *ContextPool) WithMaxGoroutines(n int) *ContextPool { return p }
