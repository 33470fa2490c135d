// Package spawnerevilderive: spawner arguments judged with a deriver configured.
package spawnerevilderive

import (
	"context"

	"github.com/example/apm"
)

func beat()                       {}
func beatCtx(ctx context.Context) { _ = ctx }

//goroutinectx:spawner
func runOne(f func()) { go f() }

// goodDeriverInBranch: position in the body is irrelevant (P10 "AtStart" is a misnomer).
func goodDeriverInBranch(ctx context.Context, ok bool, ch chan int) {
	runOne(func() {
		if ok {
			apm.NewGoroutineContext(nil)
		}
	})
	runOne(func() {
		select {
		case <-ch:
			apm.NewGoroutineContext(nil)
		}
	})
}

// goodDeriverInDeferArguments: the arguments of a defer (and of a go statement) are
// evaluated now: normal calls (P10).
func goodDeriverInDeferArguments(ctx context.Context) {
	runOne(func() {
		defer beatCtx(apm.NewGoroutineContext(nil))
	})
}

// badDeferredOnly: a deferred call and a deferred literal are deferred; no special message
// for spawner arguments.
func badDeferredOnly(ctx context.Context) {
	runOne(func() { // want `^runOne\(\) func argument should use context "ctx" or call goroutine deriver$`
		defer func() { apm.NewGoroutineContext(nil) }()
	})
}

// goodLocalClosureFollowed: a call through a local variable bound to a literal is walked
// like an IIFE; a straight-line reassignment before the call wins.
func goodLocalClosureFollowed(ctx context.Context) {
	runOne(func() {
		run := func() { apm.NewGoroutineContext(nil) }
		run()
	})
	runOne(func() {
		run := func() { beat() }
		run = func() { apm.NewGoroutineContext(nil) }
		run()
	})
}

// badMergedBranchesNotFollowed: assignments in different branches that merge before the
// call are not followed (SPEC §3.0.4 P10).
func badMergedBranchesNotFollowed(ctx context.Context, ok bool) {
	runOne(func() { // want `^runOne\(\) func argument should use context "ctx" or call goroutine deriver$`
		var run func()
		if ok {
			run = func() { apm.NewGoroutineContext(nil) }
		} else {
			run = func() { apm.NewGoroutineContext(nil) }
		}
		run()
	})
}

// badFirstCallTakesDeferredFlag: a literal is walked once, at its first call in source
// order, with that call's deferred flag.
func badFirstCallTakesDeferredFlag(ctx context.Context) {
	runOne(func() { // want `^runOne\(\) func argument should use context "ctx" or call goroutine deriver$`
		run := func() { apm.NewGoroutineContext(nil) }
		defer run()
		run()
	})
	runOne(func() {
		run := func() { apm.NewGoroutineContext(nil) }
		run()
		defer run()
	})
}

// goodDeriverFuncValue: a variable bound to the deriver function is a static call of it.
func goodDeriverFuncValue(ctx context.Context) {
	runOne(func() {
		fork := apm.NewGoroutineContext
		fork(nil)
	})
}

// badCapturedClosureNotFollowed: a variable captured from the enclosing function is not
// followed.
func badCapturedClosureNotFollowed(ctx context.Context) {
	derive := func() { apm.NewGoroutineContext(nil) }
	runOne(func() { derive() }) // want `^runOne\(\) func argument should use context "ctx" or call goroutine deriver$`
}

// badUnreachable: statically unreachable code after panic is not walked.
func badUnreachable(ctx context.Context) {
	runOne(func() { // want `^runOne\(\) func argument should use context "ctx" or call goroutine deriver$`
		panic("no")
		apm.NewGoroutineContext(nil)
	})
}

// badNotTheDeriver: a similar function of the same package is not the deriver.
func badNotTheDeriver(ctx context.Context) {
	runOne(func() { apm.Other(nil) }) // want `^runOne\(\) func argument should use context "ctx" or call goroutine deriver$`
}

// goodTracedDeferredDeriver: a traced literal uses flat detection (P11), where a deferred
// deriver counts.
func goodTracedDeferredDeriver(ctx context.Context) {
	f := func() { defer apm.NewGoroutineContext(nil) }
	runOne(f)
}

// badTracedDeriverInGo: P11 does not enter the literal of a go statement.
func badTracedDeriverInGo(ctx context.Context) {
	f := func() {
		go func() { apm.NewGoroutineContext(nil) }() // want `^goroutine does not propagate context "ctx"$`
	}
	runOne(f) // want `^runOne\(\) func argument should use context "ctx" or call goroutine deriver$`
}

// Package-level initializer: P10 becomes P11 (a deferred deriver counts, one inside an IIFE
// does not; SPEC §3.0.4).
var initJob = func(ctx context.Context) {
	runOne(func() { defer apm.NewGoroutineContext(nil) })
	runOne(func() { func() { apm.NewGoroutineContext(nil) }() }) // want `^runOne\(\) func argument should use context "ctx" or call goroutine deriver$`
}

// goodTracedDeriverFlatForms: P11 sees a deriver in a branch and in the arguments of a go
// statement of a traced literal.
func goodTracedDeriverFlatForms(ctx context.Context, ok bool) {
	f := func() {
		if ok {
			apm.NewGoroutineContext(nil)
		}
	}
	runOne(f)
	g := func() {
		go beatCtx(apm.NewGoroutineContext(nil))
	}
	runOne(g)
}

func keep(f func()) { _ = f }

// badDeriverNotInvoked: literals that are stored or passed but not invoked are not walked
// (P10).
func badDeriverNotInvoked(ctx context.Context) {
	runOne(func() { // want `^runOne\(\) func argument should use context "ctx" or call goroutine deriver$`
		h := func() { apm.NewGoroutineContext(nil) }
		_ = h
	})
	runOne(func() { keep(func() { apm.NewGoroutineContext(nil) }) }) // want `^runOne\(\) func argument should use context "ctx" or call goroutine deriver$`
}

// goodDeriverInReceiverChain: a deriver evaluated as the receiver of another call counts.
func goodDeriverInReceiverChain(ctx context.Context) {
	runOne(func() { _ = apm.NewGoroutineContext(nil).Done() })
}

// badAfterEndlessLoop: code after a for loop without condition and without break is
// unreachable (P10).
func badAfterEndlessLoop(ctx context.Context) {
	runOne(func() { // want `^runOne\(\) func argument should use context "ctx" or call goroutine deriver$`
		for {
			beat()
		}
		apm.NewGoroutineContext(nil)
	})
}
