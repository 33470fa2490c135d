// Package lookalike imports a package named gotask whose path (gotask/fakegotask) is not the
// gotask spec path: no call matches, so nothing is reported (SPEC §3.0.3, §10.1: APIs are
// matched by import path, never by local name).
package lookalike

import (
	"context"

	"gotask/fakegotask"
)

func use(ctx context.Context) int { _ = ctx; return 0 }

// goodFakeVariadic: every variadic look-alike with non-deriving tasks: silent.
func goodFakeVariadic(ctx context.Context) {
	bad := func(c context.Context) int { return use(c) }
	_ = gotask.DoAllFns(ctx, bad, bad)
	_ = gotask.DoAllFnsSettled(ctx, func(c context.Context) int { return use(c) })
	_ = gotask.DoRaceFns(ctx, bad)
	_ = gotask.DoAll(ctx, gotask.NewTask(bad))
	_ = gotask.DoAllSettled(ctx, gotask.NewTask(bad))
	_ = gotask.DoRace(ctx, gotask.NewTask(bad))
}

// goodFakeDoAsync: the look-alike DoAsync methods: silent.
func goodFakeDoAsync(ctx context.Context) {
	ch := make(chan int, 1)
	gotask.NewTask(func(c context.Context) int { return use(c) }).DoAsync(ctx, ch)
	gotask.NewTask(func(c context.Context) int { return use(c) }).Cancelable().DoAsync(ctx, ch)
}

// badIgnoreFake: no gotask API matches, so the directive is never consulted.
func badIgnoreFake(ctx context.Context) {
	//goroutinectx:ignore gotask // want `^unused goroutinectx:ignore directive for checker\(s\): gotask$`
	_ = gotask.DoAllFns(ctx, func(c context.Context) int { return use(c) })
}
