package derivegocallee

import (
	"context"
	"sync"

	"github.com/example/apm"
	"golang.org/x/sync/errgroup"
)

// The spawned function's value `apm.Fork(c)` is computed in the callback (SSA: `t0 :=
// apm.Fork(c); go t0()`), as the callee of `defer apm.Fork(c)()` is.

func goodWaitGroup(ctx context.Context, wg *sync.WaitGroup) {
	wg.Go(func() {
		go apm.Fork(context.Background())()
	})
}

func goodErrgroup(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error {
		go apm.Fork(context.Background())()
		return nil
	})
}

func goodGoroutineDerive(ctx context.Context) {
	go func() { // want `^goroutine does not propagate context "ctx"$`
		go apm.Fork(context.Background())()
	}()
}

func goodDeferControl(ctx context.Context, wg *sync.WaitGroup) {
	wg.Go(func() {
		defer apm.Fork(context.Background())()
	})
}

func goodPlainControl(ctx context.Context, wg *sync.WaitGroup) {
	wg.Go(func() {
		f := apm.Fork(context.Background())
		go f()
	})
}

// The spawned function itself is not a call evaluated now: `go run()` with `run` a
// parameter calls nothing here.
func badSpawnedValueOnly(ctx context.Context, wg *sync.WaitGroup, run func()) {
	wg.Go(func() { // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		go run()
	})
}

// A call in the spawned function's arguments is evaluated now too, but it is not the
// deriver here.
func badOtherCallee(ctx context.Context, wg *sync.WaitGroup) {
	wg.Go(func() { // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		go apm.Other(context.Background())
	})
}

// A swap: `a` holds the deriving literal at the call (SPEC §3.0.4 P10, calls through a local
// variable; the right-hand side is read before the assignment takes effect).
func goodSwap(ctx context.Context, wg *sync.WaitGroup) {
	wg.Go(func() {
		a, b := func() {}, func() { apm.Fork(context.Background())() }
		a, b = b, a
		a()
		_ = b
	})
}

func badSwap(ctx context.Context, wg *sync.WaitGroup) {
	wg.Go(func() { // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		a, b := func() { apm.Fork(context.Background())() }, func() {}
		a, b = b, a
		a()
		_ = b
	})
}
