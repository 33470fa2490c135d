// Stub of github.com/siketyan/gotask/v2 (same API as the v1 stub beside it): declarations only.

// Package gotask runs context-aware tasks asynchronously and collects their
// results.
package gotask

import "context"

// Task is a unit of work producing a value of type T.
type Task[T any] struct {
	fn func(ctx context.Context) T
}

// NewTask creates a task that runs fn.
func NewTask[T any](fn func(ctx context.Context) T) *Task[T] { return &Task[T]{fn: fn} }

// DoAsync runs the task in a new goroutine and sends its value to result.
func (t *Task[T]) DoAsync(ctx context.Context, result chan<- T) { panic("stub") }

// Cancelable converts the task into a task that can be canceled.
func (t *Task[T]) Cancelable() *CancelableTask[T] { return &CancelableTask[T]{task: t} }

// CancelableTask is a task that can be canceled while it runs.
type CancelableTask[T any] struct {
	task   *Task[T]
	cancel context.CancelFunc
}

// DoAsync runs the task in a new goroutine and sends its value to result.
func (t *CancelableTask[T]) DoAsync(ctx context.Context, result chan<- T) { panic("stub") }

// Cancel cancels the running task.
func (t *CancelableTask[T]) Cancel() { panic("stub") }

// Result is the outcome of a settled task.
type Result[T any] struct {
	Value T
	Err   error
}

// DoAll runs all tasks concurrently and returns their values in order.
func DoAll[T any](ctx context.Context, tasks ...*Task[T]) []T { panic("stub") }

// DoAllSettled runs all tasks concurrently and returns every outcome.
func DoAllSettled[T any](ctx context.Context, tasks ...*Task[T]) []Result[T] { panic("stub") }

// DoRace runs all tasks concurrently and returns the first value produced.
func DoRace[T any](ctx context.Context, tasks ...*Task[T]) T { panic("stub") }

// DoAllFns runs all functions concurrently and returns their values in order.
func DoAllFns[T any](ctx context.Context, fns ...func(ctx context.Context) T) []T {
	panic("stub")
}

// DoAllFnsSettled runs all functions concurrently and returns every outcome.
func DoAllFnsSettled[T any](ctx context.Context, fns ...func(ctx context.Context) T) []Result[T] {
	panic("stub")
}

// DoRaceFns runs all functions concurrently and returns the first value
// produced.
func DoRaceFns[T any](ctx context.Context, fns ...func(ctx context.Context) T) T {
	panic("stub")
}
