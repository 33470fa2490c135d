// Stub of github.com/sourcegraph/conc/pool embedded in goroutinectx: declarations only.

package pool

import "context"

// ResultContextPool is a pool that runs tasks that take a context and return
// a result.
type ResultContextPool[T any] struct {
	contextPool ContextPool
}

// Go submits a task to the pool.
func (p *ResultContextPool[T]) Go(f func(context.Context) (T, error)) { panic("stub") }

// Wait cleans up all spawned goroutines, propagates any panics, and returns an
// error if any of the tasks errored.
func (p *ResultContextPool[T]) Wait() ([]T, error) { panic("stub") }

// WithCollectErrored configures the pool to still collect the result of a task
// even if the task returned an error.
func (p *ResultContextPool[T]) WithCollectErrored() *ResultContextPool[T] { return p }

// WithFirstError configures the pool to only return the first error returned
// by a task.
func (p *ResultContextPool[T]) WithFirstError() *ResultContextPool[T] { return p }

// WithCancelOnError configures the pool to cancel its context as soon as any
// task returns an error.
func (p *ResultContextPool[T]) WithCancelOnError() *ResultContextPool[T] { return p }

// WithFailFast is an alias for the combination of WithFirstError and
// WithCancelOnError.
func (p *ResultContextPool[T]) WithFailFast() *ResultContextPool[T] { return p }

// WithMaxGoroutines limits the number of goroutines in a pool.
func (p *ResultContextPool[T]) WithMaxGoroutines(n int) *ResultContextPool[T] { return p }
