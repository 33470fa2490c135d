// Stub of github.com/sourcegraph/conc/pool embedded in goroutinectx: declarations only.

package pool

import "context"

// ResultErrorPool is a pool that executes tasks that return a generic result
// type and an error.
type ResultErrorPool[T any] struct {
	errorPool ErrorPool
}

// Go submits a task to the pool.
func (p *ResultErrorPool[T]) Go(f func() (T, error)) { panic("stub") }

// Wait cleans up any spawned goroutines, propagating any panics and returning
// the results and any errors from tasks.
func (p *ResultErrorPool[T]) Wait() ([]T, error) { panic("stub") }

// WithCollectErrored configures the pool to still collect the result of a task
// even if the task returned an error.
func (p *ResultErrorPool[T]) WithCollectErrored() *ResultErrorPool[T] { return p }

// WithContext converts the pool to a ResultContextPool for tasks that should
// run under the same context.
func (p *ResultErrorPool[T]) WithContext(ctx context.Context) *ResultContextPool[T] {
	return &ResultContextPool[T]{}
}

// WithFirstError configures the pool to only return the first error returned
// by a task.
func (p *ResultErrorPool[T]) WithFirstError() *ResultErrorPool[T] { return p }

// WithMaxGoroutines limits the number of goroutines in a pool.
func (p *ResultErrorPool[T]) WithMaxGoroutines(n int) *ResultErrorPool[T] { return p }
