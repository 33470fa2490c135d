// Package tracer is a stub APM agent for the gotaskevilmethod fixtures: declarations only.
package tracer

import "context"

// Tracer has the deriving methods Fork and Begin.
type Tracer struct{}

// Fork derives a goroutine context (deriver).
func (t *Tracer) Fork(ctx context.Context) context.Context { return ctx }

// Begin derives and returns a function that ends the span (deriver).
func (t *Tracer) Begin(ctx context.Context) func() { return func() {} }

// Other has a method named Fork that is not a deriver.
type Other struct{}

// Fork is not configured.
func (o *Other) Fork(ctx context.Context) context.Context { return ctx }

// Span is generic; Span.Fork is a deriver.
type Span[T any] struct{ v T }

// Fork derives.
func (s *Span[T]) Fork(ctx context.Context) context.Context { return ctx }

// From returns the tracer of a context.
func From(ctx context.Context) *Tracer { return &Tracer{} }

// OtherFrom returns a non-deriving value.
func OtherFrom(ctx context.Context) *Other { return &Other{} }
