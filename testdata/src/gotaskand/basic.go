// Package gotaskand holds the gotask fixtures with one AND group,
// github.com/example/apm.NewGoroutineContext+github.com/example/apm.Other (SPEC §3.8, §4).
// No `go` statement sits in a context scope here.
package gotaskand

import (
	"context"

	"github.com/example/apm"
	"github.com/samber/lo"
	"github.com/siketyan/gotask/v2"
)

func use(ctx context.Context) int { _ = ctx; return 0 }

// buildTask is a named factory (never looked into).
func buildTask(c context.Context) *gotask.Task[int] {
	return gotask.NewTask(func(context.Context) int { return use(c) })
}

// ---------------------------------------------------------------------------
// Variadic APIs: the whole group is required (P10 for literals, P11 for traced literals).
// ---------------------------------------------------------------------------

// goodBothMembers: both members are called (in any order, nested is fine).
func goodBothMembers(ctx context.Context) {
	_ = gotask.DoAllFns(ctx,
		func(c context.Context) int { return use(apm.Other(apm.NewGoroutineContext(c))) },
		func(c context.Context) int {
			d := apm.Other(c)
			return use(apm.NewGoroutineContext(d))
		},
	)
}

// badOnlyOneMember: one member per literal is not enough.
func badOnlyOneMember(ctx context.Context) {
	_ = gotask.DoAllFns(ctx, // want `^gotask\.DoAllFns\(\) 2nd argument should call goroutine deriver$` `^gotask\.DoAllFns\(\) 3rd argument should call goroutine deriver$`
		func(c context.Context) int { return use(apm.NewGoroutineContext(c)) },
		func(c context.Context) int { return use(apm.Other(c)) },
	)
}

// badSecondMemberDeferred: one member only in defer → DeferOnly → fail.
func badSecondMemberDeferred(ctx context.Context) {
	_ = gotask.DoRaceFns(ctx, func(c context.Context) int { // want `^gotask\.DoRaceFns\(\) 2nd argument should call goroutine deriver$`
		defer apm.Other(c)
		return use(apm.NewGoroutineContext(c))
	})
}

// goodSecondMemberInIIFE: an IIFE is walked with the same (non-deferred) flag.
func goodSecondMemberInIIFE(ctx context.Context) {
	_ = gotask.DoRaceFns(ctx, func(c context.Context) int {
		func() { _ = apm.Other(c) }()
		return use(apm.NewGoroutineContext(c))
	})
}

// goodTracedDeferredMemberCounts: flat detection (P11) counts the deferred member.
func goodTracedDeferredMemberCounts(ctx context.Context) {
	task := func(c context.Context) int {
		defer apm.Other(c)
		return use(apm.NewGoroutineContext(c))
	}
	_ = gotask.DoAllFnsSettled(ctx, task)
}

// badTracedOneMember: flat detection still needs the whole group.
func badTracedOneMember(ctx context.Context) {
	task := func(c context.Context) int { return use(apm.Other(c)) }
	_ = gotask.DoAllFnsSettled(ctx, task) // want `^gotask\.DoAllFnsSettled\(\) 2nd argument should call goroutine deriver$`
}

// goodNewTaskBothMembers / badNewTaskOneMember: TaskCallback(literal) = P10.
func goodNewTaskBothMembers(ctx context.Context) {
	_ = gotask.DoAll(ctx, gotask.NewTask(func(c context.Context) int {
		return use(apm.NewGoroutineContext(apm.Other(c)))
	}))
}

func badNewTaskOneMember(ctx context.Context) {
	_ = gotask.DoAll(ctx, gotask.NewTask(func(c context.Context) int { return use(apm.NewGoroutineContext(c)) })) // want `^gotask\.DoAll\(\) 2nd argument should call goroutine deriver$`
}

// goodFactoryArgumentsBothMembers: TaskCall step 4 (P11 over the call) sees both members.
func goodFactoryArgumentsBothMembers(ctx context.Context) {
	_ = gotask.DoAllSettled(ctx, buildTask(apm.Other(apm.NewGoroutineContext(ctx))))
}

// badFactoryArgumentsOneMember: only one member in the arguments.
func badFactoryArgumentsOneMember(ctx context.Context) {
	_ = gotask.DoAllSettled(ctx, buildTask(apm.NewGoroutineContext(ctx))) // want `^gotask\.DoAllSettled\(\) 2nd argument should call goroutine deriver$`
}

// goodLoMapBothMembers / badLoMapOneMember: the lo.Map pattern with the group.
func goodLoMapBothMembers(ctx context.Context, items []int) {
	_ = gotask.DoRace(ctx, lo.Map(items, func(x int, _ int) *gotask.Task[int] {
		return gotask.NewTask(func(c context.Context) int { return use(apm.Other(apm.NewGoroutineContext(c))) + x })
	})...)
}

func badLoMapOneMember(ctx context.Context, items []int) {
	_ = gotask.DoRace(ctx, lo.Map(items, func(x int, _ int) *gotask.Task[int] { // want `^gotask\.DoRace\(\) variadic argument should call goroutine deriver$`
		return gotask.NewTask(func(c context.Context) int { return use(apm.Other(c)) + x })
	})...)
}

// ---------------------------------------------------------------------------
// DoAsync: any single member in the first argument; the whole group for a traced callback.
// ---------------------------------------------------------------------------

// goodDoAsyncFirstMemberAlone: the first member alone passes.
func goodDoAsyncFirstMemberAlone(ctx context.Context, task *gotask.Task[int]) {
	ch := make(chan int, 1)
	task.DoAsync(apm.NewGoroutineContext(ctx), ch)
}

// goodDoAsyncSecondMemberAlone: so does the second member alone.
func goodDoAsyncSecondMemberAlone(ctx context.Context, task *gotask.CancelableTask[int]) {
	ch := make(chan int, 1)
	task.DoAsync(apm.Other(ctx), ch)
}

// goodDoAsyncMemberVariable: an identifier whose LastCall is one member.
func goodDoAsyncMemberVariable(ctx context.Context, task *gotask.Task[int]) {
	ch := make(chan int, 1)
	other := apm.Other(ctx)
	task.DoAsync(other, ch)
}

// badDoAsyncNoMember: neither member, receiver untraceable.
func badDoAsyncNoMember(ctx context.Context, task *gotask.Task[int]) {
	ch := make(chan int, 1)
	task.DoAsync(context.WithoutCancel(ctx), ch) // want `^gotask\.\(\*Task\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// badDoAsyncTracedCallbackOneMember: the traced callback needs the whole group.
func badDoAsyncTracedCallbackOneMember(ctx context.Context) {
	ch := make(chan int, 1)
	gotask.NewTask(func(c context.Context) int { return use(apm.Other(c)) }).Cancelable().DoAsync(ctx, ch) // want `^gotask\.\(\*CancelableTask\)\.DoAsync\(\) 1st argument should call goroutine deriver$`
}

// goodDoAsyncTracedCallbackBothMembers: the whole group in the traced callback.
func goodDoAsyncTracedCallbackBothMembers(ctx context.Context) {
	ch := make(chan int, 1)
	task := gotask.NewTask(func(c context.Context) int { return use(apm.Other(apm.NewGoroutineContext(c))) })
	task.DoAsync(ctx, ch)
}

// goodDoAsyncOneMemberRescuesTrace: the callback has one member only, but the first argument
// calls a member.
func goodDoAsyncOneMemberRescuesTrace(ctx context.Context) {
	ch := make(chan int, 1)
	gotask.NewTask(func(c context.Context) int { return use(apm.Other(c)) }).DoAsync(apm.Other(ctx), ch)
}
