// Package errgroupderive holds the errgroup fixtures with
// -goroutine-deriver=github.com/example/apm.NewGoroutineContext (SPEC §3.3, §4.3): the deriver
// is an alternative to using the context, flow-aware for a direct literal (P10, at start only:
// a deferred-only deriver fails, with no special message) and flat for a traced variable
// (P11); factories, selectors and indexes are still judged on context use only. Every
// message gains the suffix " or call goroutine deriver". Direct literals and context
// detection in basic.go; identifiers, factories, selectors, indexes and the package-level
// initializer in advanced.go; directives and other cases in evil.go.
//
// The goroutine and goroutinederive checkers also run here: the few go statements below
// either propagate ctx and derive, or carry their own expectation.
package errgroupderive

import (
	"context"

	"github.com/example/apm"

	"golang.org/x/sync/errgroup"
)

// Helpers: no API call inside, so nothing is checked in them.

func useErr(ctx context.Context) error { _ = ctx; return nil }

func work(n int) error { _ = n; return nil }

func release(ctx context.Context) { _ = ctx }

// ---------------------------------------------------------------------------
// Direct literals: P2 (context captured) or P10 = AtStart (deriver called when it runs).
// ---------------------------------------------------------------------------

// badNeither: neither context nor deriver; the message has the suffix.
func badNeither(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
}

// badTryGoNeither: TryGo, same suffix.
func badTryGoNeither(ctx context.Context, g *errgroup.Group) bool {
	return g.TryGo(func() error { return work(1) }) // want `^errgroup\.Group\.TryGo\(\) closure should use context "ctx" or call goroutine deriver$`
}

// goodStillUsesContext: using the context is still enough.
func goodStillUsesContext(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { return useErr(ctx) })
}

// goodDeriverAtStart: the deriver (on a fresh background context, so nothing is captured).
func goodDeriverAtStart(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error {
		dctx := apm.NewGoroutineContext(context.Background())
		return useErr(dctx)
	})
}

// goodDeriverTryGo: TryGo with a deriving callback.
func goodDeriverTryGo(ctx context.Context, g *errgroup.Group) bool {
	return g.TryGo(func() error {
		return useErr(apm.NewGoroutineContext(context.Background()))
	})
}

// goodDeriverInBranch: "at start" is a misnomer: a call in an if branch counts.
func goodDeriverInBranch(ctx context.Context, g *errgroup.Group, traced bool) {
	g.Go(func() error {
		if traced {
			_ = apm.NewGoroutineContext(context.Background())
		}
		return work(1)
	})
}

// goodDeriverInLoop: a call in a loop counts.
func goodDeriverInLoop(ctx context.Context, g *errgroup.Group, n int) {
	g.Go(func() error {
		for i := 0; i < n; i++ {
			_ = apm.NewGoroutineContext(context.Background())
		}
		return nil
	})
}

// goodDeriverInSwitchCase: a call in a switch case counts.
func goodDeriverInSwitchCase(ctx context.Context, g *errgroup.Group, mode int) {
	g.Go(func() error {
		switch mode {
		case 1:
			_ = apm.NewGoroutineContext(context.Background())
		}
		return nil
	})
}

// goodDeriverInSelectCase: a call in a select case counts.
func goodDeriverInSelectCase(ctx context.Context, g *errgroup.Group, ch chan int) {
	g.Go(func() error {
		select {
		case <-ch:
			_ = apm.NewGoroutineContext(context.Background())
		default:
		}
		return nil
	})
}

// goodValueGroupDerives: a zero Group declared with var; the callback derives.
func goodValueGroupDerives(ctx context.Context) error {
	var g errgroup.Group
	g.Go(func() error { return useErr(apm.NewGoroutineContext(context.Background())) })
	return g.Wait()
}

// goodDeriverInIIFE: P10 follows immediately invoked literals.
func goodDeriverInIIFE(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error {
		func() { _ = apm.NewGoroutineContext(context.Background()) }()
		return nil
	})
}

// goodDeriverInParenthesisedIIFE: also through parentheses.
func goodDeriverInParenthesisedIIFE(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error {
		(func() { _ = apm.NewGoroutineContext(context.Background()) })()
		return nil
	})
}

// goodDeriverThroughLocalClosure: `run := func(){…}; run()` is walked like an IIFE.
func goodDeriverThroughLocalClosure(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error {
		run := func() { _ = apm.NewGoroutineContext(context.Background()) }
		run()
		return nil
	})
}

// goodDeriverStraightLineReassign: a straight-line reassignment before the call wins.
func goodDeriverStraightLineReassign(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error {
		run := func() { _ = work(1) }
		run = func() { _ = apm.NewGoroutineContext(context.Background()) }
		run()
		return nil
	})
}

// goodDeriverFuncValue: a local variable bound to the declared deriver is a static call of it.
func goodDeriverFuncValue(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error {
		derive := apm.NewGoroutineContext
		return useErr(derive(context.Background()))
	})
}

// goodDeriverAsDeferArgument: the arguments of a deferred call are evaluated now, so the
// deriver call there is not deferred.
func goodDeriverAsDeferArgument(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error {
		defer release(apm.NewGoroutineContext(context.Background()))
		return nil
	})
}

// goodDeriverCalledThenDeferred: a literal is walked once, at its first call (not deferred).
func goodDeriverCalledThenDeferred(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error {
		run := func() { _ = apm.NewGoroutineContext(context.Background()) }
		run()
		defer run()
		return nil
	})
}

// badDeferredDeriver: a deriver only in defer does not count for a callback; the message is
// the ordinary one with the suffix (no defer message here).
func badDeferredDeriver(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		defer apm.NewGoroutineContext(context.Background())
		return work(1)
	})
}

// badDeferredIIFE: everything inside a deferred immediately invoked literal is deferred.
func badDeferredIIFE(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		defer func() { _ = apm.NewGoroutineContext(context.Background()) }()
		return work(1)
	})
}

// badDeferredLocalClosure: the local closure's only call is deferred.
func badDeferredLocalClosure(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		run := func() { _ = apm.NewGoroutineContext(context.Background()) }
		defer run()
		return nil
	})
}

// badDeferredThenCalled: the literal is walked at its first call in source order, the
// deferred one, and takes its deferred flag: DeferOnly, reported.
func badDeferredThenCalled(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		run := func() { _ = apm.NewGoroutineContext(context.Background()) }
		defer run()
		run()
		return nil
	})
}

// badStoredNotInvoked: a literal that is stored but never invoked is not walked.
func badStoredNotInvoked(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		later := func() { _ = apm.NewGoroutineContext(context.Background()) }
		_ = later
		return nil
	})
}

// badDeriverOnlyInNestedGo: the body of a nested go statement is not walked. The nested go
// statement itself derives (goroutinederive passes) but captures no context (goroutine reports).
func badDeriverOnlyInNestedGo(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		go func() { // want `^goroutine does not propagate context "ctx"$`
			_ = apm.NewGoroutineContext(context.Background())
		}()
		return nil
	})
}

// badDeriverAsGoCallee: the callee of a go statement is not a call executed by the body.
// That go statement spawns a package-qualified selector, which neither go checker inspects.
func badDeriverAsGoCallee(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		go apm.NewGoroutineContext(context.Background())
		return nil
	})
}

func consume(ctx context.Context) { _ = ctx }

// goodDeriverAsGoArgument: the arguments of a go statement's call are evaluated now. The go
// statement spawns a declared function: both go checkers pass it.
func goodDeriverAsGoArgument(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error {
		go consume(apm.NewGoroutineContext(context.Background()))
		return nil
	})
}

// badOtherIsNotDeriver: apm.Other is not configured.
func badOtherIsNotDeriver(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		return useErr(apm.Other(context.Background()))
	})
}

// badCapturedClosureNotFollowed: a closure variable captured from the enclosing function is
// not followed by P10.
func badCapturedClosureNotFollowed(ctx context.Context, g *errgroup.Group) {
	derive := func() { _ = apm.NewGoroutineContext(context.Background()) }
	g.Go(func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		derive()
		return nil
	})
}

// badMergedBranchesNotFollowed: assignments in different branches merging before the call
// are not followed, even though both derive.
func badMergedBranchesNotFollowed(ctx context.Context, g *errgroup.Group, fast bool) {
	g.Go(func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		var run func()
		if fast {
			run = func() { _ = apm.NewGoroutineContext(context.Background()) }
		} else {
			run = func() { _ = apm.NewGoroutineContext(context.TODO()) }
		}
		run()
		return nil
	})
}

// ---------------------------------------------------------------------------
// Context detection with the suffix.
// ---------------------------------------------------------------------------

// goodNoCtxParam: no context parameter: never checked.
func goodNoCtxParam(g *errgroup.Group) {
	g.Go(func() error { return work(1) })
}

// badOtherName: N is the parameter's name.
func badOtherName(reqCtx context.Context, g *errgroup.Group) {
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "reqCtx" or call goroutine deriver$`
}

// badNestedScope: a nested literal with its own context parameter changes N.
func badNestedScope(ctx context.Context, g *errgroup.Group) {
	func(inner context.Context) {
		g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "inner" or call goroutine deriver$`
	}(ctx)
}

// badBlankCtxParam: `_` is a scope name.
func badBlankCtxParam(_ context.Context, g *errgroup.Group) {
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "_" or call goroutine deriver$`
}

// goodUnnamedCtxParam: an unnamed context parameter makes no scope.
func goodUnnamedCtxParam(context.Context) {
	var g errgroup.Group
	g.Go(func() error { return work(1) })
}
