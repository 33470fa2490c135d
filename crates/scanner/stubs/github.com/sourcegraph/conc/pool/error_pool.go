// Stub of github.com/sourcegraph/conc/pool embedded in goroutinectx: declarations only.

package pool

import "context"

// ErrorPool is a pool that runs tasks that may return an error.
type ErrorPool struct {
	pool Pool
}

// Go submits a task to the pool.
func (p *ErrorPool) Go(f func() error) { panic("stub") }

// Wait cleans up any spawned goroutines, propagating any panics and returning
// any errors from tasks.
func (p *ErrorPool) Wait() error { panic("stub") }

// WithContext converts the pool to a ContextPool for tasks that should run
// under the same context.
func (p *ErrorPool) WithContext(ctx context.Context) *ContextPool { return &ContextPool{} }

// WithFirstError configures the pool to only return the first error returned
// by a task.
func (p *ErrorPool) WithFirstError() *ErrorPool { return p }

// WithMaxGoroutines limits the number of goroutines in a pool.
func (p *ErrorPool) WithMaxGoroutines(n int) *ErrorPool { return p }
