// Stub of context embedded in goroutinectx: declarations only.

// Package context defines the Context type, which carries deadlines,
// cancellation signals, and other request-scoped values across API boundaries
// and between processes.
package context

import (
	"errors"
	"time"
)

// A Context carries a deadline, a cancellation signal, and other values across
// API boundaries.
type Context interface {
	Deadline() (deadline time.Time, ok bool)
	Done() <-chan struct{}
	Err() error
	Value(key any) any
}

// Canceled is the error returned by Context.Err when the context is canceled.
var Canceled = errors.New("context canceled")

// DeadlineExceeded is the error returned by Context.Err when the context's
// deadline passes.
var DeadlineExceeded error = deadlineExceededError{}

type deadlineExceededError struct{}

func (deadlineExceededError) Error() string   { return "context deadline exceeded" }
func (deadlineExceededError) Timeout() bool   { return true }
func (deadlineExceededError) Temporary() bool { return true }

// A CancelFunc tells an operation to abandon its work.
type CancelFunc func()

// A CancelCauseFunc behaves like a CancelFunc but additionally sets the
// cancellation cause.
type CancelCauseFunc func(cause error)

// Background returns a non-nil, empty Context.
func Background() Context { panic("stub") }

// TODO returns a non-nil, empty Context.
func TODO() Context { panic("stub") }

// WithCancel returns a derived context with a new Done channel.
func WithCancel(parent Context) (ctx Context, cancel CancelFunc) { panic("stub") }

// WithCancelCause behaves like WithCancel but returns a CancelCauseFunc.
func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc) { panic("stub") }

// Cause returns a non-nil error explaining why c was canceled.
func Cause(c Context) error { panic("stub") }

// AfterFunc arranges to call f in its own goroutine after ctx is canceled.
func AfterFunc(ctx Context, f func()) (stop func() bool) { panic("stub") }

// WithoutCancel returns a derived context that is not canceled when parent is.
func WithoutCancel(parent Context) Context { panic("stub") }

// WithDeadline returns a derived context that is canceled no later than d.
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) { panic("stub") }

// WithDeadlineCause behaves like WithDeadline but also sets the cause.
func WithDeadlineCause(parent Context, d time.Time, cause error) (Context, CancelFunc) {
	panic("stub")
}

// WithTimeout returns WithDeadline(parent, time.Now().Add(timeout)).
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) { panic("stub") }

// WithTimeoutCause behaves like WithTimeout but also sets the cause.
func WithTimeoutCause(parent Context, timeout time.Duration, cause error) (Context, CancelFunc) {
	panic("stub")
}

// WithValue returns a derived context in which the value associated with key
// is val.
func WithValue(parent Context, key, val any) Context { panic("stub") }
