// Package lib declares spawners and helpers used by package spawnerevil from another
// package (SPEC §12.2).
package lib

import "context"

// Ctx is an alias of context.Context declared in another package (SPEC §0, §12.7).
type Ctx = context.Context

// Task is a named function type of another package.
type Task func()

// Go runs f in the background.
//
//goroutinectx:spawner
func Go(f func()) { go f() }

// GoTask runs a Task.
//
//goroutinectx:spawner
func GoTask(t Task) { go t() }

// Gen is a marked generic function.
//
//goroutinectx:spawner
func Gen[T any](v T, f func(T)) { go f(v) }

// Pool is a worker pool.
type Pool struct{ n int }

// Submit is a marked method with a pointer receiver.
//
//goroutinectx:spawner
func (p *Pool) Submit(f func()) { go f() }

// Box is a generic type; its marked method is never recognised (SPEC §11.11).
type Box[T any] struct{ v T }

// Put is marked but belongs to a generic type.
//
//goroutinectx:spawner
func (b *Box[T]) Put(f func()) { go f() }

// MakeJob is a factory of another package: never followed (SPEC §3.0.4 P6).
func MakeJob() func() { return func() {} }

// Unmarked is not a spawner.
func Unmarked(f func()) { go f() }

// NewPool makes a pool.
func NewPool() *Pool { return &Pool{} }

// DefaultPool and DefaultPool2 are package-level pools of another package.
var DefaultPool = &Pool{}
var DefaultPool2 = NewPool()
