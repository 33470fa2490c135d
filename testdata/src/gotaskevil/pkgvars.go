package gotaskevil

import (
	"context"

	"github.com/example/apm"
	"github.com/siketyan/gotask/v2"
)

// Package-level variables declared (and assigned) in this file but used from evil.go.
// P4/P5 read the assignments of "the file that declares x" (SPEC §3.0.4).
var (
	otherDerivedCtx context.Context
	otherGoodTask   *gotask.Task[int]
	otherBadTask    *gotask.Task[int]
	otherGoodFn     func(context.Context) int
	otherBadFn      func(context.Context) int
	otherFactory    func() *gotask.Task[int]
	otherFns        []func(context.Context) int
)

// init has no context parameter: nothing here is checked (SPEC §2.1).
func init() {
	otherDerivedCtx = apm.NewGoroutineContext(context.Background())
	otherGoodTask = gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })
	otherBadTask = gotask.NewTask(func(c context.Context) int { return use(c) })
	otherGoodFn = func(c context.Context) int { return use(apm.NewGoroutineContext(c)) }
	otherBadFn = func(c context.Context) int { return use(c) }
	otherFactory = func() *gotask.Task[int] {
		return gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })
	}
	otherFns = []func(context.Context) int{otherGoodFn}
}
