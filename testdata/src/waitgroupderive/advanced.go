package waitgroupderive

import (
	"context"
	"sync"

	"github.com/example/apm"
)

// Callback forms other than inline literals with a deriver configured (SPEC §3.3 table, §4.3).

// ---------------------------------------------------------------------------
// Identifier callbacks: pred(lit) = P1 || P3 || P11(lit.body) (flat, defer included, literals
// not entered).
// ---------------------------------------------------------------------------

// goodTracedDerives: the traced literal's flat body calls the deriver.
func goodTracedDerives(ctx context.Context) {
	var wg sync.WaitGroup
	job := func() {
		apm.NewGoroutineContext(nil)
		work()
	}
	wg.Go(job)
	wg.Wait()
}

// goodTracedDeferredDeriver: P11 has no defer distinction: a deferred deriver passes here,
// while it fails for an inline literal (badDeferredDeriver).
func goodTracedDeferredDeriver(ctx context.Context) {
	var wg sync.WaitGroup
	job := func() {
		defer apm.NewGoroutineContext(nil)
		work()
	}
	wg.Go(job)
	wg.Wait()
}

// badTracedDeriverInIIFE: P11 does not enter literals, so the IIFE is invisible (while it
// passes for an inline literal, goodDeriverInIIFE).
func badTracedDeriverInIIFE(ctx context.Context) {
	var wg sync.WaitGroup
	job := func() {
		func() { apm.NewGoroutineContext(nil) }()
	}
	wg.Go(job) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
	wg.Wait()
}

// goodTracedGoOperandDeriver: P11 includes the callee of a go statement (no go/defer
// distinction). The inner go statement itself passes both go checkers (a selector callee).
func goodTracedGoOperandDeriver(ctx context.Context) {
	var wg sync.WaitGroup
	job := func() {
		go apm.NewGoroutineContext(nil)
	}
	wg.Go(job)
	wg.Wait()
}

// goodTracedMentionsContext: P3 still works.
func goodTracedMentionsContext(ctx context.Context) {
	var wg sync.WaitGroup
	job := func() { use(ctx) }
	wg.Go(job)
	wg.Wait()
}

// badTracedNeither: neither a context nor a deriver.
func badTracedNeither(ctx context.Context) {
	var wg sync.WaitGroup
	job := func() { work() }
	wg.Go(job) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
	wg.Wait()
}

// badTracedOtherFunction: the lookalike is not the deriver.
func badTracedOtherFunction(ctx context.Context) {
	var wg sync.WaitGroup
	job := func() { apm.Other(nil) }
	wg.Go(job) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
	wg.Wait()
}

// badTracedConditionalOneFails: both assignments conditional, one neither derives nor uses
// the context.
func badTracedConditionalOneFails(ctx context.Context) {
	var wg sync.WaitGroup
	var job func()
	if cond {
		job = func() { apm.NewGoroutineContext(nil) }
	} else {
		job = func() { work() }
	}
	wg.Go(job) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
	wg.Wait()
}

// goodTracedConditionalMixed: one branch derives, the other uses the context.
func goodTracedConditionalMixed(ctx context.Context) {
	var wg sync.WaitGroup
	var job func()
	if cond {
		job = func() { apm.NewGoroutineContext(nil) }
	} else {
		job = func() { use(ctx) }
	}
	wg.Go(job)
	wg.Wait()
}

// badTracedReassignedAfterCall: the reassignment after the call is the last unconditional
// entry and does neither.
func badTracedReassignedAfterCall(ctx context.Context) {
	var wg sync.WaitGroup
	job := func() { apm.NewGoroutineContext(nil) }
	wg.Go(job) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
	wg.Wait()
	job = func() { work() }
	_ = job
}

// goodTracedUntraceable: var declarations, declared functions and parameters pass.
func goodTracedUntraceable(ctx context.Context, param func()) {
	var wg sync.WaitGroup
	var declared = func() { work() }
	wg.Go(declared)
	wg.Go(work)
	wg.Go(param)
	wg.Wait()
}

// ---------------------------------------------------------------------------
// Factories: judged on context use only (SPEC §4.3).
// ---------------------------------------------------------------------------

func makeDeriving() func() {
	return func() { apm.NewGoroutineContext(nil) }
}

func makeWith(ctx context.Context) func() {
	return func() { use(ctx) }
}

// badFactoryDeriverIgnored: the factory's literal derives, but that is not considered.
func badFactoryDeriverIgnored(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(makeDeriving()) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
	wg.Wait()
}

// goodFactoryGetsContext: an argument mentions the context.
func goodFactoryGetsContext(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(makeWith(ctx))
	wg.Wait()
}

// badLocalFactoryDeriverIgnored: same with a local factory variable.
func badLocalFactoryDeriverIgnored(ctx context.Context) {
	var wg sync.WaitGroup
	mk := func() func() { return func() { apm.NewGoroutineContext(nil) } }
	wg.Go(mk()) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
	wg.Wait()
}

// ---------------------------------------------------------------------------
// Selectors and indexes: P8/P9 judge the literal with P3 only (SPEC §3.0.4): a deriver call
// does not help there.
// ---------------------------------------------------------------------------

type hooks struct {
	onStop func()
}

// badFieldDeriverOnly: the keyed field literal derives but mentions no context.
func badFieldDeriverOnly(ctx context.Context) {
	var wg sync.WaitGroup
	h := hooks{onStop: func() { apm.NewGoroutineContext(nil) }}
	wg.Go(h.onStop) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
	wg.Wait()
}

// goodFieldMentionsContext: the field literal mentions the context.
func goodFieldMentionsContext(ctx context.Context) {
	var wg sync.WaitGroup
	h := hooks{onStop: func() { use(ctx) }}
	wg.Go(h.onStop)
	wg.Wait()
}

// badIndexDeriverOnly: slice element #0 derives but mentions no context; element #1 binds the
// derived context to a context-typed local, which P3 sees.
func badIndexDeriverOnly(ctx context.Context) {
	var wg sync.WaitGroup
	steps := []func(){
		func() { apm.NewGoroutineContext(nil) },
		func() { c := apm.NewGoroutineContext(nil); use(c) },
	}
	wg.Go(steps[0]) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
	wg.Go(steps[1])
	wg.Wait()
}

// badMapKeyDeriverOnly: same with a map string key.
func badMapKeyDeriverOnly(ctx context.Context) {
	var wg sync.WaitGroup
	table := map[string]func(){
		"derive": func() { apm.NewGoroutineContext(nil) },
		"use":    func() { use(ctx) },
	}
	wg.Go(table["derive"]) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx" or call goroutine deriver$`
	wg.Go(table["use"])
	wg.Wait()
}
