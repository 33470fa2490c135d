// Stub of github.com/sourcegraph/conc/stream embedded in goroutinectx: declarations only.

// Package stream provides a concurrent, ordered stream implementation.
package stream

// New creates a new Stream with default settings.
func New() *Stream { return &Stream{} }

// Stream is used to execute a stream of tasks concurrently while maintaining
// the order of the results.
type Stream struct {
	maxGoroutines int
}

// Task is a task that is submitted to the stream. Submitted tasks will be
// executed concurrently. It returns a callback that will be called after the
// task has completed.
type Task func() Callback

// Callback is a function that is returned by a Task. Callbacks are called in
// the same order that tasks are submitted.
type Callback func()

// Go schedules a task to be run in the stream's pool.
func (s *Stream) Go(f Task) { panic("stub") }

// Wait signals to the stream that all tasks have been submitted. Wait will not
// return until all tasks and callbacks have been run.
func (s *Stream) Wait() { panic("stub") }

// WithMaxGoroutines limits the number of goroutines executing tasks.
func (s *Stream) WithMaxGoroutines(n int) *Stream { s.maxGoroutines = n; return s }
