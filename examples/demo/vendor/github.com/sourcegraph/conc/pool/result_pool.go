// Stub of github.com/sourcegraph/conc/pool embedded in goroutinectx: declarations only.

package pool

import "context"

// NewWithResults creates a new ResultPool for tasks with a result of type T.
func NewWithResults[T any]() *ResultPool[T] { return &ResultPool[T]{} }

// ResultPool is a pool that executes tasks that return a generic result type.
type ResultPool[T any] struct {
	pool Pool
}

// Go submits a task to the pool.
func (p *ResultPool[T]) Go(f func() T) { panic("stub") }

// Wait cleans up all spawned goroutines, propagating any panics, and returning
// a slice of results from tasks that did not panic.
func (p *ResultPool[T]) Wait() []T { panic("stub") }

// MaxGoroutines returns the maximum size of the pool.
func (p *ResultPool[T]) MaxGoroutines() int { return p.pool.MaxGoroutines() }

// WithErrors converts the pool to a ResultErrorPool so the submitted tasks can
// return errors.
func (p *ResultPool[T]) WithErrors() *ResultErrorPool[T] { return &ResultErrorPool[T]{} }

// WithContext converts the pool to a ResultContextPool for tasks that should
// run under the same context.
func (p *ResultPool[T]) WithContext(ctx context.Context) *ResultContextPool[T] {
	return &ResultContextPool[T]{}
}

// WithMaxGoroutines limits the number of goroutines in a pool.
func (p *ResultPool[T]) WithMaxGoroutines(n int) *ResultPool[T] { return p }
