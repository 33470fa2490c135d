// Package gotaskevil holds adversarial fixtures for the gotask checker (SPEC §3.8) with one
// function deriver, github.com/example/apm.NewGoroutineContext. Every case is a small function
// whose comment names the deciding rule.
package gotaskevil

import (
	"context"

	"github.com/example/apm"
	"github.com/siketyan/gotask/v2"
)

func use(ctx context.Context) int { _ = ctx; return 0 }

func work(n int) int { return n }

// plainTask does not derive.
func plainTask(c context.Context) int { return use(c) }

// cancelOf returns a function to be deferred or spawned.
func cancelOf(c context.Context) func() { return func() { _ = c } }

// identity passes a task through.
func identity(t *gotask.Task[int]) *gotask.Task[int] { return t }

// taskFn is a defined function type (conversions are CallExprs in go/ast).
type taskFn func(context.Context) int

// taskList is a named slice type.
type taskList []func(context.Context) int

type svc struct {
	task *gotask.Task[int]
	fns  []func(context.Context) int
}

// MakeTask is a method on a concrete type producing a deriving task.
func (s *svc) MakeTask() *gotask.Task[int] {
	return gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })
}

// MakeTaskWith takes an argument.
func (s *svc) MakeTaskWith(c context.Context) *gotask.Task[int] {
	return gotask.NewTask(func(context.Context) int { return use(c) })
}

// fnsFor returns a slice of task functions.
func fnsFor() []func(context.Context) int { return nil }

// fakeRunner has methods named like gotask's API.
type fakeRunner struct{}

func (fakeRunner) DoAllFns(ctx context.Context, fns ...func(context.Context) int) []int { return nil }

// newTaskErr returns a task and an error.
func newTaskErr() (*gotask.Task[int], error) { return nil, nil }

// process is a generic function taking a context (called with explicit instantiation).
func process[T any](ctx context.Context) { _ = ctx }

// nested holds a task in an anonymous struct field.
type nested struct {
	inner struct{ t *gotask.Task[int] }
}

// consume takes task results.
func consume(xs []int) { _ = xs }
