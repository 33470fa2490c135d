// Package waitgroupderive holds the fixtures of the waitgroup checker with a deriver configured
// (flags.txt: -goroutine-deriver=github.com/example/apm.NewGoroutineContext). Calling the
// deriver is an alternative to using the context (SPEC §4.3): an inline literal passes when
// P10 is AtStart (flow-aware, deferred-only fails with the ordinary message), an identifier
// traced to literals passes when the flat body calls it (P11); factories, selectors and
// indexes are still judged on context use only. Every message gains the suffix
// ` or call goroutine deriver` (SPEC §3.4, §7.2 row 7).
//
// No go statements appear here except where a case needs one: the goroutine and
// goroutinederive checkers both run on them in this package.
package waitgroupderive

import (
	"context"
	"sync"

	"github.com/example/apm"
)

// Helpers: no go statements and no WaitGroup.Go calls.

func use(ctx context.Context) { _ = ctx }

func work() {}

// cond is an opaque condition.
var cond bool

// ---------------------------------------------------------------------------
// Inline literals: P2 (captures a context) or P10 = AtStart.
// ---------------------------------------------------------------------------

// badNeither: neither context nor deriver.
func badNeither(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
	wg.Wait()
}

// goodUsesContext: using the context is still enough.
func goodUsesContext(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { use(ctx) })
	wg.Wait()
}

// goodDerivesAtStart: the literal calls the deriver (without touching the outer context).
func goodDerivesAtStart(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() {
		apm.NewGoroutineContext(nil)
		work()
	})
	wg.Wait()
}

// goodDerivesAndUsesResult: the derived context bound to a local.
func goodDerivesAndUsesResult(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() {
		c := apm.NewGoroutineContext(context.Background())
		use(c)
	})
	wg.Wait()
}

// goodDeriverInIIFE: P10 follows immediately invoked literals.
func goodDeriverInIIFE(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() {
		func() { apm.NewGoroutineContext(nil) }()
	})
	wg.Wait()
}

// goodDeriverInParenthesisedIIFE: also through parentheses.
func goodDeriverInParenthesisedIIFE(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() {
		(func() { apm.NewGoroutineContext(nil) })()
	})
	wg.Wait()
}

// goodDeriverInBranch: position within the body is irrelevant; a branch counts.
func goodDeriverInBranch(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() {
		if cond {
			apm.NewGoroutineContext(nil)
		}
		work()
	})
	wg.Wait()
}

// goodDeriverInLoop: a loop body counts.
func goodDeriverInLoop(ctx context.Context, n int) {
	var wg sync.WaitGroup
	wg.Go(func() {
		for i := 0; i < n; i++ {
			apm.NewGoroutineContext(nil)
		}
	})
	wg.Wait()
}

// goodDeriverInArgument: a deriver call nested in another call's arguments.
func goodDeriverInArgument(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { use(apm.NewGoroutineContext(nil)) })
	wg.Wait()
}

// goodDeriverInReceiverChain: a deriver call in a receiver chain.
func goodDeriverInReceiverChain(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { <-apm.NewGoroutineContext(context.Background()).Done() })
	wg.Wait()
}

// badDeferredDeriver: a deriver only in defer does not count for a callback; the message is
// the ordinary one with the suffix (no defer message for call checkers).
func badDeferredDeriver(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		defer apm.NewGoroutineContext(nil)
		work()
	})
	wg.Wait()
}

// badDeferredIIFEDeriver: everything inside a deferred IIFE is deferred.
func badDeferredIIFEDeriver(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		defer func() { apm.NewGoroutineContext(nil) }()
		work()
	})
	wg.Wait()
}

// badOtherFunction: apm.Other is a lookalike, not the deriver.
func badOtherFunction(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { apm.Other(nil) }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
	wg.Wait()
}

// badDeriverStoredNotCalled: a literal that is stored but never invoked is not walked.
func badDeriverStoredNotCalled(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
		later := func() { apm.NewGoroutineContext(nil) }
		_ = later
	})
	wg.Wait()
}

// ---------------------------------------------------------------------------
// Receiver forms and names: the suffix is always there.
// ---------------------------------------------------------------------------

type service struct {
	wg  sync.WaitGroup
	pwg *sync.WaitGroup
}

type group struct {
	sync.WaitGroup
}

// badPointerParam: a *sync.WaitGroup parameter; N is reqCtx.
func badPointerParam(id int, reqCtx context.Context, wg *sync.WaitGroup) {
	wg.Go(func() { _ = id }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "reqCtx" or call goroutine deriver$`
}

// badNew: `new(sync.WaitGroup)`.
func badNew(ctx context.Context) {
	wg := new(sync.WaitGroup)
	wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
	wg.Wait()
}

// badField: a struct field.
func (s *service) badField(ctx context.Context) {
	s.wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
}

// goodPointerFieldDerives: a pointer field, the callback derives.
func (s *service) goodPointerFieldDerives(ctx context.Context) {
	s.pwg.Go(func() { apm.NewGoroutineContext(nil) })
}

// badEmbedded: the promoted method.
func badEmbedded(ctx context.Context) {
	var g group
	g.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
	g.Wait()
}

// goodEmbeddedDerives: the promoted method, the callback derives.
func goodEmbeddedDerives(ctx context.Context) {
	g := &group{}
	g.Go(func() { apm.NewGoroutineContext(nil) })
	g.Wait()
}

// badNestedScopeName: the nested literal with its own context parameter is the scope.
func badNestedScopeName(parent context.Context) {
	func(inner context.Context) {
		var wg sync.WaitGroup
		wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "inner" or call goroutine deriver$`
		wg.Wait()
	}(parent)
}

// goodNoContext: no ctx scope, nothing is checked, deriver or not.
func goodNoContext() {
	var wg sync.WaitGroup
	wg.Go(func() { work() })
	wg.Wait()
}

// goodMethodExpressionAndValue: never reported (SPEC §3.0.2).
func goodMethodExpressionAndValue(ctx context.Context) {
	var wg sync.WaitGroup
	(*sync.WaitGroup).Go(&wg, func() { work() })
	run := wg.Go
	run(func() { work() })
	wg.Wait()
}

// ---------------------------------------------------------------------------
// Ignore directives. Enabled names here: goroutine, goroutinederive, waitgroup, errgroup,
// gotask (spawner is not: no spawner in this package).
// ---------------------------------------------------------------------------

// goodIgnoreWaitgroup: suppressed.
func goodIgnoreWaitgroup(ctx context.Context) {
	var wg sync.WaitGroup
	//goroutinectx:ignore waitgroup
	wg.Go(func() { work() })
	wg.Wait()
}

// goodIgnoreAllAboveDerivingCall: consulted, hence used, although the call passes.
func goodIgnoreAllAboveDerivingCall(ctx context.Context) {
	var wg sync.WaitGroup
	//goroutinectx:ignore
	wg.Go(func() { apm.NewGoroutineContext(nil) })
	wg.Wait()
}

// badIgnoreGoroutinederive: goroutinederive is enabled but only consulted for go statements.
func badIgnoreGoroutinederive(ctx context.Context) {
	var wg sync.WaitGroup
	//goroutinectx:ignore goroutinederive // want `^unused goroutinectx:ignore directive for checker\(s\): goroutinederive$`
	wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
	wg.Wait()
}

// badIgnoreGotaskAndErrgroup: both enabled, neither consulted here; waitgroup is used.
func badIgnoreGotaskAndErrgroup(ctx context.Context) {
	var wg sync.WaitGroup
	//goroutinectx:ignore gotask, waitgroup, errgroup // want `^unused goroutinectx:ignore directive for checker\(s\): gotask, errgroup$`
	wg.Go(func() { work() })
	wg.Wait()
}

// ---------------------------------------------------------------------------
// More passing callbacks.
// ---------------------------------------------------------------------------

// goodDeriverInSwitch: a switch case counts.
func goodDeriverInSwitch(ctx context.Context, mode int) {
	var wg sync.WaitGroup
	wg.Go(func() {
		switch mode {
		case 1:
			apm.NewGoroutineContext(nil)
		}
	})
	wg.Wait()
}

// goodContextAndDeferredDeriver: a deferred deriver does not count, but the captured context
// does.
func goodContextAndDeferredDeriver(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() {
		defer apm.NewGoroutineContext(nil)
		use(ctx)
	})
	wg.Wait()
}

// goodTracedLocalContext: P3 sees a context-typed local of the traced literal.
func goodTracedLocalContext(ctx context.Context) {
	var wg sync.WaitGroup
	job := func() {
		c := context.TODO()
		use(c)
	}
	wg.Go(job)
	wg.Wait()
}

// goodInterfaceGo: a Go method of an interface is not the API.
func goodInterfaceGo(ctx context.Context, r interface{ Go(func()) }) {
	r.Go(func() { work() })
}

// goodNestedScopeDerives: in a nested scope, deriving is enough too.
func goodNestedScopeDerives(parent context.Context) {
	func(inner context.Context) {
		var wg sync.WaitGroup
		wg.Go(func() { apm.NewGoroutineContext(nil) })
		wg.Wait()
	}(parent)
}

// goodUntracedForms: parenthesised, receive and nil callbacks.
func goodUntracedForms(ctx context.Context, q chan func()) {
	var wg sync.WaitGroup
	wg.Go((func() { work() }))
	wg.Go(<-q)
	wg.Go(nil)
	wg.Wait()
}
