// Stub of golang.org/x/sync/errgroup embedded in goroutinectx: declarations only.

// Package errgroup provides synchronization, error propagation, and Context
// cancelation for groups of goroutines working on subtasks of a common task.
package errgroup

import "context"

// A Group is a collection of goroutines working on subtasks that are part of
// the same overall task. A zero Group is valid.
type Group struct {
	cancel func(error)
	err    error
}

// WithContext returns a new Group and an associated Context derived from ctx.
func WithContext(ctx context.Context) (*Group, context.Context) { panic("stub") }

// Wait blocks until all function calls from the Go method have returned, then
// returns the first non-nil error (if any) from them.
func (g *Group) Wait() error { panic("stub") }

// Go calls the given function in a new goroutine.
func (g *Group) Go(f func() error) { panic("stub") }

// TryGo calls the given function in a new goroutine only if the number of
// active goroutines in the group is currently below the configured limit.
func (g *Group) TryGo(f func() error) bool { panic("stub") }

// SetLimit limits the number of active goroutines in this group to at most n.
// A negative value indicates no limit.
func (g *Group) SetLimit(n int) { panic("stub") }
