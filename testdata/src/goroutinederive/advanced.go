package goroutinederive

import (
	"context"

	"github.com/example/apm"
)

// ---------------------------------------------------------------------------
// P10: calls through local closure variables (§3.0.4, §11.14).
// ---------------------------------------------------------------------------

// goodLocalClosureCalled: `run := func(){…}; run()` is walked like an IIFE.
func goodLocalClosureCalled(ctx context.Context) {
	go func() {
		run := func() { use(apm.NewGoroutineContext(ctx)) }
		run()
	}()
}

// goodStraightLineReassignmentWins: the second literal reaches the call.
func goodStraightLineReassignmentWins(ctx context.Context) {
	go func() {
		run := func() { use(ctx) }
		run = func() { use(apm.NewGoroutineContext(ctx)) }
		run()
	}()
}

// badStraightLineReassignmentLoses: the deriving literal is replaced before the call.
func badStraightLineReassignmentLoses(ctx context.Context) {
	go func() { // want `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
		run := func() { use(apm.NewGoroutineContext(ctx)) }
		run = func() { use(ctx) }
		run()
	}()
}

// badBranchMergedNotFollowed: assignments in branches that merge before the call are not
// followed, even though both derive.
func badBranchMergedNotFollowed(ctx context.Context, flag bool) {
	go func() { // want `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
		var run func()
		if flag {
			run = func() { use(apm.NewGoroutineContext(ctx)) }
		} else {
			run = func() { _ = apm.NewGoroutineContext(ctx) }
		}
		run()
	}()
}

// badCapturedClosureVarNotFollowed: g is walked, but f() inside g goes through a captured
// variable and is not followed.
func badCapturedClosureVarNotFollowed(ctx context.Context) {
	go func() { // want `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
		f := func() { use(apm.NewGoroutineContext(ctx)) }
		g := func() { f() }
		g()
	}()
}

// badOuterClosureVarNotFollowed: a closure variable of the enclosing function is captured by
// the goroutine literal: not followed.
func badOuterClosureVarNotFollowed(ctx context.Context) {
	f := func() { use(apm.NewGoroutineContext(ctx)) }
	go func() { // want `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
		use(ctx)
		f()
	}()
}

// goodWalkedAtFirstCallNormal: the literal is walked once, at its first (normal) call.
func goodWalkedAtFirstCallNormal(ctx context.Context) {
	go func() {
		run := func() { use(apm.NewGoroutineContext(ctx)) }
		run()
		defer run()
	}()
}

// badWalkedAtFirstCallDeferred: the first call is deferred: the literal is walked once, as
// deferred, and the later normal call does not walk it again.
func badWalkedAtFirstCallDeferred(ctx context.Context) {
	go func() { // want `^goroutine calls github\.com/example/apm\.NewGoroutineContext in defer, but it should be called at goroutine start$`
		run := func() { use(apm.NewGoroutineContext(ctx)) }
		defer run()
		run()
	}()
}

// goodLocalFuncValue: a variable bound to a declared function is a static call of it.
func goodLocalFuncValue(ctx context.Context) {
	go func() {
		fork := apm.NewGoroutineContext
		use(fork(ctx))
	}()
}

// badCapturedFuncValue: the same variable declared outside the literal is captured: not
// followed.
func badCapturedFuncValue(ctx context.Context) {
	fork := apm.NewGoroutineContext
	go func() { // want `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
		use(fork(ctx))
	}()
}

// badParameterFuncNotFollowed: calls through parameters are not followed.
func badParameterFuncNotFollowed(ctx context.Context, fork func(context.Context) context.Context) {
	go func() { // want `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
		use(fork(ctx))
	}()
}

// ---------------------------------------------------------------------------
// P10: unreachable code is not counted (it still counts as a capture for P2).
// ---------------------------------------------------------------------------

// badAfterReturn: the deriver call after return is unreachable.
func badAfterReturn(ctx context.Context) {
	go func() { // want `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
		return
		use(apm.NewGoroutineContext(ctx))
	}()
}

// badAfterPanic: the deriver call after panic is unreachable.
func badAfterPanic(ctx context.Context) {
	go func() { // want `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
		panic("boom")
		use(apm.NewGoroutineContext(ctx))
	}()
}

// badAfterInfiniteLoop: a for loop without condition that no break leaves.
func badAfterInfiniteLoop(ctx context.Context) {
	go func() { // want `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
		for {
			use(ctx)
		}
		use(apm.NewGoroutineContext(ctx))
	}()
}

// badAfterEmptySelect: `select {}` blocks forever.
func badAfterEmptySelect(ctx context.Context) {
	go func() { // want `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
		use(ctx)
		select {}
		use(apm.NewGoroutineContext(ctx))
	}()
}

// badAfterGoto: the statements between goto and its label are unreachable.
func badAfterGoto(ctx context.Context) {
	go func() { // want `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
		use(ctx)
		goto done
		use(apm.NewGoroutineContext(ctx))
	done:
		work(1)
	}()
}

// goodAfterConditionalReturn: a return inside an if does not make what follows unreachable.
func goodAfterConditionalReturn(ctx context.Context, flag bool) {
	go func() {
		if flag {
			return
		}
		use(apm.NewGoroutineContext(ctx))
	}()
}

// goodAfterLoopWithBreak: a for loop that a break leaves.
func goodAfterLoopWithBreak(ctx context.Context, ch chan int) {
	go func() {
		for {
			if <-ch == 0 {
				break
			}
		}
		use(apm.NewGoroutineContext(ctx))
	}()
}

// badAfterLoopLeftOnlyByReturn: a return leaves the function, not the loop: what follows the
// loop is unreachable.
func badAfterLoopLeftOnlyByReturn(ctx context.Context, ch chan int) {
	go func() { // want `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
		for {
			if <-ch == 0 {
				return
			}
		}
		use(apm.NewGoroutineContext(ctx))
	}()
}

// badAfterLoopWithSelectBreak: a break inside select leaves the select, not the loop.
func badAfterLoopWithSelectBreak(ctx context.Context, ch chan int) {
	go func() { // want `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
		for {
			select {
			case <-ch:
				break
			case <-ctx.Done():
			}
		}
		use(apm.NewGoroutineContext(ctx))
	}()
}

// goodAfterLoopWithLabeledBreak: a labelled break leaves the loop.
func goodAfterLoopWithLabeledBreak(ctx context.Context, ch chan int) {
	go func() {
	loop:
		for {
			select {
			case <-ch:
				break loop
			case <-ctx.Done():
			}
		}
		use(apm.NewGoroutineContext(ctx))
	}()
}

// goodDerivesInIfInit: a call in an if statement's init is a normal call.
func goodDerivesInIfInit(ctx context.Context) {
	go func() {
		if c := apm.NewGoroutineContext(ctx); c != nil {
			use(c)
		}
	}()
}

// goodDerivesInSelectSend: a call in a select case's send statement.
func goodDerivesInSelectSend(ctx context.Context, ch chan context.Context) {
	go func() {
		select {
		case ch <- apm.NewGoroutineContext(ctx):
		default:
		}
	}()
}

// badDeferredLocalFuncValue: a deferred call through a local function value is a deferred
// static call of the deriver.
func badDeferredLocalFuncValue(ctx context.Context) {
	go func() { // want `^goroutine calls github\.com/example/apm\.NewGoroutineContext in defer, but it should be called at goroutine start$`
		fork := apm.NewGoroutineContext
		defer fork(ctx)
	}()
}

// ---------------------------------------------------------------------------
// Identifiers: Trace with P1 || P11 (flat; deferred counts, IIFE does not).
// ---------------------------------------------------------------------------

// goodTracedDerives: the traced literal calls the deriver.
func goodTracedDerives(ctx context.Context) {
	f := func() { use(apm.NewGoroutineContext(ctx)) }
	go f()
}

// badTracedNoDeriver: the traced literal uses ctx but does not derive.
func badTracedNoDeriver(ctx context.Context) {
	f := func() { use(ctx) }
	go f() // want `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
}

// goodTracedDeferredDeriver: flat detection: a deferred deriver satisfies this path.
func goodTracedDeferredDeriver(ctx context.Context) {
	f := func() {
		defer apm.NewGoroutineContext(ctx)
	}
	go f()
}

// goodTracedGoOperandDeriver: flat detection includes the operand of a go statement.
func goodTracedGoOperandDeriver(ctx context.Context) {
	f := func() {
		go apm.NewGoroutineContext(ctx)
	}
	go f()
}

// badTracedIIFEDeriver: flat detection does not enter an IIFE; the goroutine checker's P3
// does not either (§9.12), so both report.
func badTracedIIFEDeriver(ctx context.Context) {
	f := func() {
		func() { use(apm.NewGoroutineContext(ctx)) }()
	}
	go f() // want `^goroutine does not propagate context "ctx"$` `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
}

// goodTracedOwnCtxParam: P1 on the traced literal.
func goodTracedOwnCtxParam(ctx context.Context) {
	f := func(c context.Context) { use(c) }
	go f(ctx)
}

// goodTracedConditionalAllDerive: conditional entries only; every one derives.
func goodTracedConditionalAllDerive(ctx context.Context, flag bool) {
	var f func()
	if flag {
		f = func() { use(apm.NewGoroutineContext(ctx)) }
	} else {
		f = func() { _ = apm.NewGoroutineContext(ctx) }
	}
	go f()
}

// badTracedConditionalOneMisses: one conditional entry does not derive.
func badTracedConditionalOneMisses(ctx context.Context, flag bool) {
	var f func()
	if flag {
		f = func() { use(apm.NewGoroutineContext(ctx)) }
	} else {
		f = func() { use(ctx) }
	}
	go f() // want `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
}

// goodTracedLastUnconditionalDerives: earlier non-deriving literals are irrelevant.
func goodTracedLastUnconditionalDerives(ctx context.Context) {
	f := func() { use(ctx) }
	f = func() { use(apm.NewGoroutineContext(ctx)) }
	go f()
}

// badTracedLaterReassignment: §9.14, a later reassignment participates.
func badTracedLaterReassignment(ctx context.Context) {
	f := func() { use(apm.NewGoroutineContext(ctx)) }
	go f() // want `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
	f = func() { use(ctx) }
	_ = f
}

// goodTracedParameter: an untraceable parameter passes.
func goodTracedParameter(ctx context.Context, fn func()) {
	go fn()
}

// goodParenthesizedCallee: `go (f)()` passes both checkers.
func goodParenthesizedCallee(ctx context.Context) {
	f := func() { work(1) }
	go (f)()
}
