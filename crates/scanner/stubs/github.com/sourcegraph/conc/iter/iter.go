// Stub of github.com/sourcegraph/conc/iter embedded in goroutinectx: declarations only.

// Package iter provides generic, bounded-concurrency versions of for-each and
// map over slices. (Unrelated to the standard library package iter.)
package iter

// Iterator can be used to configure the behaviour of ForEach and ForEachIdx.
// The zero value is safe to use with reasonable defaults.
type Iterator[T any] struct {
	// MaxGoroutines controls the maximum number of goroutines to use on this
	// Iterator's methods.
	MaxGoroutines int
}

// ForEach executes f in parallel over each element in input.
func ForEach[T any](input []T, f func(*T)) { panic("stub") }

// ForEach executes f in parallel over each element in input, using up to the
// Iterator's configured maximum number of goroutines.
func (iter Iterator[T]) ForEach(input []T, f func(*T)) { panic("stub") }

// ForEachIdx is the same as ForEach except it also provides the index of the
// element to the callback.
func ForEachIdx[T any](input []T, f func(int, *T)) { panic("stub") }

// ForEachIdx is the same as ForEach except it also provides the index of the
// element to the callback.
func (iter Iterator[T]) ForEachIdx(input []T, f func(int, *T)) { panic("stub") }
