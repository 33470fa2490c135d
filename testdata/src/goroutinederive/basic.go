// Package goroutinederive holds the fixtures of the goroutinederive checker with a single
// function deriver (SPEC §3.2, §4.4, §9.7). The goroutine checker runs too: both may report on
// the same go line.
package goroutinederive

import (
	"context"

	"github.com/example/apm"
)

// Helpers: no go statements.

func use(ctx context.Context) { _ = ctx }

func work(n int) { _ = n }

// ---------------------------------------------------------------------------
// Direct literals: P1, then P10 (flow-aware deriver detection).
// ---------------------------------------------------------------------------

// goodDerives: the literal calls the deriver.
func goodDerives(ctx context.Context) {
	go func() {
		c := apm.NewGoroutineContext(ctx)
		use(c)
	}()
}

// goodDerivesNestedInArgument: the deriver call may sit inside another call's arguments.
func goodDerivesNestedInArgument(ctx context.Context) {
	go func() {
		use(apm.NewGoroutineContext(ctx))
	}()
}

// goodDerivesInReceiverChain: a deriver call in a receiver chain counts.
func goodDerivesInReceiverChain(ctx context.Context) {
	go func() {
		<-apm.NewGoroutineContext(ctx).Done()
	}()
}

// badNoDeriver: the literal uses ctx but does not derive.
func badNoDeriver(ctx context.Context) {
	go func() { // want `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
		use(ctx)
	}()
}

// badNeitherContextNorDeriver: both checkers report on the same go line.
func badNeitherContextNorDeriver(ctx context.Context) {
	go func() { // want `^goroutine does not propagate context "ctx"$` `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
		work(1)
	}()
}

// badOtherFunction: a similar-looking function that is not the deriver.
func badOtherFunction(ctx context.Context) {
	go func() { // want `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
		use(apm.Other(ctx))
	}()
}

// badDeferOnly: the deriver is only called in defer.
func badDeferOnly(ctx context.Context) {
	go func() { // want `^goroutine calls github\.com/example/apm\.NewGoroutineContext in defer, but it should be called at goroutine start$`
		defer apm.NewGoroutineContext(ctx)
		use(ctx)
	}()
}

// goodDeferPlusNormal: a normal call satisfies even if a deferred one exists too.
func goodDeferPlusNormal(ctx context.Context) {
	go func() {
		defer apm.NewGoroutineContext(ctx)
		use(apm.NewGoroutineContext(ctx))
	}()
}

// goodIIFE: calls inside an immediately invoked literal are followed.
func goodIIFE(ctx context.Context) {
	go func() {
		func() {
			use(apm.NewGoroutineContext(ctx))
		}()
	}()
}

// goodNestedIIFE: recursively.
func goodNestedIIFE(ctx context.Context) {
	go func() {
		func() {
			func() { use(apm.NewGoroutineContext(ctx)) }()
		}()
	}()
}

// badDeferredIIFE: everything inside a deferred IIFE is deferred.
func badDeferredIIFE(ctx context.Context) {
	go func() { // want `^goroutine calls github\.com/example/apm\.NewGoroutineContext in defer, but it should be called at goroutine start$`
		defer func() {
			use(apm.NewGoroutineContext(ctx))
		}()
	}()
}

// goodDeferredCallArgument: the arguments of a deferred call are evaluated now: normal call.
func goodDeferredCallArgument(ctx context.Context) {
	go func() {
		defer use(apm.NewGoroutineContext(ctx))
	}()
}

// goodDeferredIIFEArgument: same for the argument of a deferred IIFE.
func goodDeferredIIFEArgument(ctx context.Context) {
	go func() {
		defer func(c context.Context) { use(c) }(apm.NewGoroutineContext(ctx))
	}()
}

// badNestedGoStatement: the body of an inner go literal is not followed; the inner go
// statement itself derives and passes.
func badNestedGoStatement(ctx context.Context) {
	go func() { // want `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
		go func() {
			use(apm.NewGoroutineContext(ctx))
		}()
	}()
}

// goodInnerGoArgument: the arguments of an inner go statement are evaluated now.
func goodInnerGoArgument(ctx context.Context) {
	go func() {
		go use(apm.NewGoroutineContext(ctx))
	}()
}

// badStoredNotInvoked: a literal that is stored but never invoked is not walked.
func badStoredNotInvoked(ctx context.Context) {
	go func() { // want `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
		later := func() { use(apm.NewGoroutineContext(ctx)) }
		_ = later
	}()
}

// goodDerivesInIfBranch: position is irrelevant: a branch counts.
func goodDerivesInIfBranch(ctx context.Context, flag bool) {
	go func() {
		if flag {
			use(apm.NewGoroutineContext(ctx))
		}
	}()
}

// goodDerivesInLoop: a loop body counts.
func goodDerivesInLoop(ctx context.Context, n int) {
	go func() {
		for i := 0; i < n; i++ {
			use(apm.NewGoroutineContext(ctx))
		}
	}()
}

// goodDerivesInSelect: a select case counts.
func goodDerivesInSelect(ctx context.Context, ch chan int) {
	go func() {
		select {
		case <-ch:
			use(apm.NewGoroutineContext(ctx))
		case <-ctx.Done():
		}
	}()
}

// goodDerivesInSwitchCase: a switch case counts.
func goodDerivesInSwitchCase(ctx context.Context, mode int) {
	go func() {
		switch mode {
		case 1:
			use(apm.NewGoroutineContext(ctx))
		}
	}()
}

// goodDerivesAtEnd: "at start" is a misnomer: the last statement counts.
func goodDerivesAtEnd(ctx context.Context) {
	go func() {
		use(ctx)
		work(1)
		use(apm.NewGoroutineContext(ctx))
	}()
}

// goodOwnCtxParam: a literal with its own context parameter passes both checkers (§9.7).
func goodOwnCtxParam(ctx context.Context) {
	go func(c context.Context) {
		use(c)
	}(ctx)
}

// goodOwnCtxParamUnused: P1 even if the body uses nothing.
func goodOwnCtxParamUnused(ctx context.Context) {
	go func(c context.Context) {
		work(1)
	}(ctx)
}

// goodNoScope: a function without a context parameter is not checked by either checker.
func goodNoScope() {
	go func() {
		work(1)
	}()
}

// goodDeclaredFunction: named function calls pass (§9.7).
func goodDeclaredFunction(ctx context.Context) {
	go use(ctx)
}

type worker struct{}

func (worker) loop(ctx context.Context) { _ = ctx }

// goodMethodSpawn: method/selector spawns pass (§9.7).
func goodMethodSpawn(ctx context.Context) {
	var w worker
	go w.loop(ctx)
}
