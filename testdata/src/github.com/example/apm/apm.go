// Stub of an APM agent used by the goroutinederive fixtures: declarations only.

// Package apm derives goroutine-scoped contexts.
package apm

import "context"

// NewGoroutineContext derives the context a new goroutine should use (the deriver).
func NewGoroutineContext(ctx context.Context) context.Context { return ctx }

// Other looks like a deriver but is not configured as one.
func Other(ctx context.Context) context.Context { return ctx }

// Fork derives a goroutine context and returns the function to run with it (a deriver whose
// result is called: `go apm.Fork(ctx)()`).
func Fork(ctx context.Context) func() { return func() {} }

// GFork is a generic deriver (explicitly instantiated or inferred at its calls).
func GFork[T any](ctx context.Context, x T) func() { return func() {} }
