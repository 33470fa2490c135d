// Package context (import path spawnapievil/fakectx) declares a type named Context that is not
// the standard one (§0: the ctx type is `Context` of the package whose path is exactly
// "context").
package context

// Context looks like the standard interface.
type Context interface {
	Done() <-chan struct{}
	Err() error
}
