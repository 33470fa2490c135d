// Package spawnapievilderive: errgroup, waitgroup and conc callbacks with a deriver configured.
// A direct literal passes when P10 finds the deriver called (not only deferred) in reachable
// code; a traced literal when its flat body calls it (P11); factories never count it.
package spawnapievilderive

import (
	"context"
	"os"
	"sync"

	"github.com/example/apm"
	"github.com/sourcegraph/conc/iter"
	"github.com/sourcegraph/conc/pool"
	"golang.org/x/sync/errgroup"
)

func work(n int) error { _ = n; return nil }

func consume(ctx context.Context) { _ = ctx }

// badDeriverAfterReturn: statically unreachable after return.
func badDeriverAfterReturn(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		return nil
		consume(apm.NewGoroutineContext(context.Background()))
		return nil
	})
}

// badDeriverAfterPanic: unreachable after panic(...).
func badDeriverAfterPanic(ctx context.Context, wg *sync.WaitGroup) {
	wg.Go(func() { // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		panic("boom")
		consume(apm.NewGoroutineContext(context.Background()))
	})
}

// goodShadowedPanicIsOrdinaryCall: a local function named panic does not end the block.
func goodShadowedPanicIsOrdinaryCall(ctx context.Context, g *errgroup.Group) {
	panic := func(string) {}
	g.Go(func() error {
		panic("not really")
		consume(apm.NewGoroutineContext(context.Background()))
		return nil
	})
}

// goodAfterOsExit: os.Exit is an ordinary call for reachability.
func goodAfterOsExit(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error {
		if false {
			os.Exit(1)
		}
		os.Exit(2)
		consume(apm.NewGoroutineContext(context.Background()))
		return nil
	})
}

// goodLoopLeftByBreak: a for loop without condition that a break leaves: the code after it is
// reachable.
func goodLoopLeftByBreak(ctx context.Context, g *errgroup.Group, ch chan int) {
	g.Go(func() error {
		for {
			if <-ch > 0 {
				break
			}
		}
		consume(apm.NewGoroutineContext(context.Background()))
		return nil
	})
}

// goodLoopLeftByLabeledBreakInSelect: `break outer` inside a select leaves the loop.
func goodLoopLeftByLabeledBreakInSelect(ctx context.Context, g *errgroup.Group, ch chan int) {
	g.Go(func() error {
	outer:
		for {
			select {
			case <-ch:
				break outer
			}
		}
		consume(apm.NewGoroutineContext(context.Background()))
		return nil
	})
}

// badBreakInsideSelectLeavesOnlySelect: an unlabeled break in a select case leaves the select,
// not the loop: the loop is never left and the deriver after it is unreachable.
func badBreakInsideSelectLeavesOnlySelect(ctx context.Context, g *errgroup.Group, ch chan int) {
	g.Go(func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		for {
			select {
			case <-ch:
				break
			}
		}
		consume(apm.NewGoroutineContext(context.Background()))
		return nil
	})
}

// badBreakInsideSwitchLeavesOnlySwitch: the same with a switch.
func badBreakInsideSwitchLeavesOnlySwitch(ctx context.Context, g *errgroup.Group, n int) {
	g.Go(func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		for {
			switch n {
			case 1:
				break
			}
		}
		consume(apm.NewGoroutineContext(context.Background()))
		return nil
	})
}

// badDeriverAfterEmptySelect: `select {}` blocks forever.
func badDeriverAfterEmptySelect(ctx context.Context, xs []int) {
	iter.ForEach(xs, func(x *int) { // want `^iter\.ForEach\(\) closure should use context "ctx" or call goroutine deriver$`
		select {}
		consume(apm.NewGoroutineContext(context.Background()))
	})
}

// goodDeriverInTypeSwitchCase: a call in a type switch case counts.
func goodDeriverInTypeSwitchCase(ctx context.Context, g *errgroup.Group, v any) {
	g.Go(func() error {
		switch v.(type) {
		case int:
			consume(apm.NewGoroutineContext(context.Background()))
		}
		return nil
	})
}

// fakeApm has a method named like the deriver.
type fakeApm struct{}

func (fakeApm) NewGoroutineContext(c context.Context) context.Context { return c }

// badVariableNamedApmShadowsPackage: `apm.NewGoroutineContext` is fakeApm's method.
func badVariableNamedApmShadowsPackage(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		apm := fakeApm{}
		consume(apm.NewGoroutineContext(context.Background()))
		return nil
	})
}

// badCapturedDeriverValueNotFollowed: `d` is bound outside the literal: a captured variable
// is not followed (P10).
func badCapturedDeriverValueNotFollowed(ctx context.Context, g *errgroup.Group) {
	d := apm.NewGoroutineContext
	g.Go(func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		consume(d(context.Background()))
		return nil
	})
}

// goodLocalDeriverValueFollowed: bound inside the literal: a static call of the deriver.
func goodLocalDeriverValueFollowed(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error {
		d := apm.NewGoroutineContext
		consume(d(context.Background()))
		return nil
	})
}

// badTracedDeriverThroughValue: P11 (flat, AST) identifies static callees only; `d(…)` calls a
// variable.
func badTracedDeriverThroughValue(ctx context.Context, g *errgroup.Group) {
	f := func() error {
		d := apm.NewGoroutineContext
		consume(d(context.Background()))
		return nil
	}
	g.Go(f) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
}

// goodTracedDeriverInDeferArgument: P11 includes `go`/`defer` operands and arguments.
func goodTracedDeriverInDeferArgument(ctx context.Context) {
	p := pool.New()
	f := func() {
		defer consume(apm.NewGoroutineContext(context.Background()))
	}
	p.Go(f)
	p.Wait()
}

// hooks stores a deriving closure in a field.
type hooks struct{ start func() }

// badDeriverThroughFieldCall: calls through fields are not followed (P10).
func badDeriverThroughFieldCall(ctx context.Context, g *errgroup.Group) {
	h := hooks{start: func() { consume(apm.NewGoroutineContext(context.Background())) }}
	g.Go(func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		h.start()
		return nil
	})
}

// badDeriverAfterGoto: a deriver after an unconditional goto in the same block.
func badDeriverAfterGoto(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		goto end
		consume(apm.NewGoroutineContext(context.Background()))
	end:
		return nil
	})
}

// goodStraightLineReassignedLocalClosure: the second literal reaches the call.
func goodStraightLineReassignedLocalClosure(ctx context.Context, xs []int) {
	iter.ForEach(xs, func(x *int) {
		run := func() {}
		run = func() { consume(apm.NewGoroutineContext(context.Background())) }
		run()
	})
}

// goodDeriverAfterLabelReachedByGoto: the labeled statement after the goto is its target: it
// is reachable (an SSA block of its own), so the deriver counts.
func goodDeriverAfterLabelReachedByGoto(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error {
		goto mid
	mid:
		consume(apm.NewGoroutineContext(context.Background()))
		return nil
	})
}

// goodDeriverAfterInfiniteLoopLeftByGoto: the loop is left by a goto to a label after it.
func goodDeriverAfterInfiniteLoopLeftByGoto(ctx context.Context, g *errgroup.Group, ch chan int) {
	g.Go(func() error {
		for {
			if <-ch > 0 {
				goto done
			}
		}
	done:
		consume(apm.NewGoroutineContext(context.Background()))
		return nil
	})
}

// badBreakOfInnerLoopOnly: the break leaves the inner loop; the outer one is never left.
func badBreakOfInnerLoopOnly(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		for {
			for {
				break
			}
		}
		consume(apm.NewGoroutineContext(context.Background()))
		return nil
	})
}
