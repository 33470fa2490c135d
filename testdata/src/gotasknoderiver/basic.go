// Package gotasknoderiver holds gotask calls analysed without -goroutine-deriver: the gotask
// checker never matches (SPEC §3.8: active only with ≥1 deriver group), so nothing below is
// reported except ignore directives that nothing consults (§6.2: "gotask" is enabled only
// with a deriver). No `go` statement sits in a context scope here.
package gotasknoderiver

import (
	"context"

	"github.com/samber/lo"
	"github.com/siketyan/gotask/v2"
)

func use(ctx context.Context) int { _ = ctx; return 0 }

func plainTask(c context.Context) int { return use(c) }

// goodVariadicNotChecked: failing tasks in every variadic API: silent.
func goodVariadicNotChecked(ctx context.Context, items []int, fns []func(context.Context) int) {
	bad := func(c context.Context) int { return use(c) }
	_ = gotask.DoAllFns(ctx, bad, func(c context.Context) int { return use(c) })
	_ = gotask.DoAllFnsSettled(ctx, fns...)
	_ = gotask.DoRaceFns(ctx, bad)
	_ = gotask.DoAll(ctx, gotask.NewTask(plainTask))
	_ = gotask.DoAllSettled(ctx, gotask.NewTask(bad))
	_ = gotask.DoRace(ctx, lo.Map(items, func(x int, _ int) *gotask.Task[int] {
		return gotask.NewTask(bad)
	})...)
}

// goodDoAsyncNotChecked: non-derived first arguments and untraceable receivers: silent.
func goodDoAsyncNotChecked(ctx context.Context, task *gotask.Task[int]) {
	ch := make(chan int, 1)
	task.DoAsync(ctx, ch)
	gotask.NewTask(plainTask).Cancelable().DoAsync(ctx, ch)
}

// badIgnoreGotaskNotEnabled: gotask is not an enabled name without a deriver.
func badIgnoreGotaskNotEnabled(ctx context.Context) {
	//goroutinectx:ignore gotask // want `^unused goroutinectx:ignore directive for checker\(s\): gotask$`
	_ = gotask.DoAllFns(ctx, plainTask, func(c context.Context) int { return use(c) })
}

// badIgnoreGotaskDoAsyncNotEnabled: the same above DoAsync.
func badIgnoreGotaskDoAsyncNotEnabled(ctx context.Context, task *gotask.CancelableTask[int]) {
	ch := make(chan int, 1)
	//goroutinectx:ignore gotask - would be needed with a deriver // want `^unused goroutinectx:ignore directive for checker\(s\): gotask$`
	task.DoAsync(ctx, ch)
}

// badIgnoreAllNotConsulted: no enabled checker matches a gotask call.
func badIgnoreAllNotConsulted(ctx context.Context) {
	//goroutinectx:ignore - nothing consults this // want `^unused goroutinectx:ignore directive$`
	_ = gotask.DoRaceFns(ctx, func(c context.Context) int { return use(c) })
}

// badIgnoreErrgroupAndGotask: errgroup is enabled but not consulted; gotask is not enabled.
func badIgnoreErrgroupAndGotask(ctx context.Context) {
	//goroutinectx:ignore errgroup, gotask // want `^unused goroutinectx:ignore directive for checker\(s\): errgroup, gotask$`
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { return use(c) })
}
