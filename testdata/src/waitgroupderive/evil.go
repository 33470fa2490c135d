package waitgroupderive

import (
	"context"
	"sync"

	"github.com/example/apm"
)

// Adversarial P10 cases (SPEC §3.0.4 P10, §11.8, §11.14), go statements inside callbacks, and
// package-level initializers (P10 falls back to P11).

// ---------------------------------------------------------------------------
// P10: calls through local variables of the literal being walked.
// ---------------------------------------------------------------------------

// goodLocalClosureCalled: `run := func(){…}; run()` is walked like an IIFE.
func goodLocalClosureCalled(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() {
		run := func() { apm.NewGoroutineContext(nil) }
		run()
	})
	wg.Wait()
}

// goodStraightLineReassignment: the straight-line reassignment before the call wins.
func goodStraightLineReassignment(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() {
		run := func() { work() }
		run = func() { apm.NewGoroutineContext(nil) }
		run()
	})
	wg.Wait()
}

// badMergedBranches: assignments in different branches that merge before the call are not
// followed, even though both derive.
func badMergedBranches(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		var run func()
		if cond {
			run = func() { apm.NewGoroutineContext(nil) }
		} else {
			run = func() { apm.NewGoroutineContext(nil) }
		}
		run()
	})
	wg.Wait()
}

// badDeferThenCall: the literal is walked once, at its first call (the deferred one).
func badDeferThenCall(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		run := func() { apm.NewGoroutineContext(nil) }
		defer run()
		run()
	})
	wg.Wait()
}

// goodCallThenDefer: the first call is not deferred.
func goodCallThenDefer(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() {
		run := func() { apm.NewGoroutineContext(nil) }
		run()
		defer run()
	})
	wg.Wait()
}

// badCapturedClosureNotFollowed: a variable captured from the enclosing function is not
// followed.
func badCapturedClosureNotFollowed(ctx context.Context) {
	var wg sync.WaitGroup
	derive := func() { apm.NewGoroutineContext(nil) }
	wg.Go(func() { derive() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
	wg.Wait()
}

// goodFunctionValueVariable: a local bound to the declared deriver is a static call of it.
func goodFunctionValueVariable(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() {
		d := apm.NewGoroutineContext
		d(nil)
	})
	wg.Wait()
}

// badFunctionValueOfOther: bound to the lookalike.
func badFunctionValueOfOther(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		d := apm.Other
		d(nil)
	})
	wg.Wait()
}

// goodDeferArgumentEvaluatedNow: the arguments of a deferred call are evaluated now.
func goodDeferArgumentEvaluatedNow(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() {
		defer use(apm.NewGoroutineContext(nil))
		work()
	})
	wg.Wait()
}

// goodDeriverInSelectCase: a select case counts.
func goodDeriverInSelectCase(ctx context.Context, ch chan int) {
	var wg sync.WaitGroup
	wg.Go(func() {
		select {
		case <-ch:
			apm.NewGoroutineContext(nil)
		default:
		}
	})
	wg.Wait()
}

// ---------------------------------------------------------------------------
// go statements inside callbacks (the goroutine and goroutinederive checkers run on them).
// ---------------------------------------------------------------------------

// goodGoArgumentEvaluatedNow: the arguments of a go statement's call are evaluated by the
// callback itself. The inner go statement spawns a declared function: both go checkers pass.
func goodGoArgumentEvaluatedNow(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() {
		go use(apm.NewGoroutineContext(nil))
	})
	wg.Wait()
}

// badGoCalleeIsDeriver: the callee of a go statement runs elsewhere: not a call of the
// callback (P10). The go statement itself has a selector callee: both go checkers pass.
func badGoCalleeIsDeriver(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		go apm.NewGoroutineContext(nil)
	})
	wg.Wait()
}

// badDeriverOnlyInNestedGo: a go literal's body is not followed. The inner go statement
// derives (goroutinederive passes) but captures no context (the goroutine checker reports).
func badDeriverOnlyInNestedGo(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		go func() { // want `^goroutine does not propagate context "ctx"$`
			apm.NewGoroutineContext(nil)
		}()
	})
	wg.Wait()
}

// ---------------------------------------------------------------------------
// Package-level variable initializers: P10 becomes P11 (a deferred deriver counts, a deriver
// inside an IIFE does not), P2 becomes P1 || P3.
// ---------------------------------------------------------------------------

// initDeferredDeriver: passes here, although it fails inside a function (badDeferredDeriver).
var initDeferredDeriver = func(ctx context.Context, wg *sync.WaitGroup) {
	wg.Go(func() {
		defer apm.NewGoroutineContext(nil)
		work()
	})
}

// initIIFEDeriver: fails here, although it passes inside a function (goodDeriverInIIFE).
var initIIFEDeriver = func(ctx context.Context, wg *sync.WaitGroup) {
	wg.Go(func() { // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		func() { apm.NewGoroutineContext(nil) }()
	})
}

// initDirectDeriver: a plain deriver call passes.
var initDirectDeriver = func(reqCtx context.Context, wg *sync.WaitGroup) {
	wg.Go(func() { apm.NewGoroutineContext(nil) })
}

// initNeither: N is the initializer literal's first context parameter.
var initNeither = func(reqCtx context.Context, wg *sync.WaitGroup) {
	wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "reqCtx" or call goroutine deriver$`
}
