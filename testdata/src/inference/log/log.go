// Package log mimics github.com/containerd/log: the logger accessor is a package-level
// variable initialised with a function.
package log

import "context"

// Entry is a logger; not a context.
type Entry struct{}

func (e *Entry) WithField(k string, v any) *Entry { return e }
func (e *Entry) Info(string)                      {}

// Holder embeds a context-carrying struct.
type Holder struct{ Ctx context.Context }

// G is GetLogger (as containerd/log declares it).
var G = GetLogger

// L is G again: a variable initialised with another variable.
var L = G

// GetLogger returns the logger of a context.
func GetLogger(ctx context.Context) *Entry { return &Entry{} }

// CtxOf returns a context: a variable holding it has a context type.
func CtxOf(ctx context.Context) context.Context { return ctx }

// C is CtxOf.
var C = CtxOf

// Identity is generic: a variable initialised with it would need instantiation.
func Identity[T any](v T) T { return v }

// Level is a logging level.
type Level int

// Levels: typed constants in an iota group (later names repeat the type).
const (
	Debug Level = iota
	Info
)

// Name is an untyped constant.
const Name = "log"
