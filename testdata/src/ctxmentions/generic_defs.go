package ctxmentions

import "context"

func identity[T any](t T) T { return t }

// Package-level variables whose type comes from an inferred generic call, used from
// generic_use.go.
var g1 = identity(context.Background())

type Box[T any] struct{ V T }

func newBox[T any](v T) Box[T] { return Box[T]{V: v} }

var bx = newBox(context.Background())
