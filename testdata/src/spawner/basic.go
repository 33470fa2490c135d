// Package spawner exercises the spawner checker (SPEC §3.6): calls to functions marked
// //goroutinectx:spawner, inside functions that received a context, must pass function
// arguments that use the context.
package spawner

import (
	"context"

	"spawner/lib"
)

func beat()                       {}
func beatCtx(ctx context.Context) { _ = ctx }
func heartbeat()                  {}

//goroutinectx:spawner
func background(tag string, jobs ...func()) {
	for _, j := range jobs {
		go j()
	}
}

//goroutinectx:spawner
func runOne(f func()) { go f() }

// badLiteral: a literal that ignores the context, at the literal's start.
func badLiteral(reqCtx context.Context) {
	runOne(func() { beat() }) // want `^runOne\(\) func argument should use context "reqCtx"$`
}

// goodLiteralCaptures: the literal captures the context.
func goodLiteralCaptures(reqCtx context.Context) {
	runOne(func() { beatCtx(reqCtx) })
}

// goodLiteralOwnCtx: a literal with its own context parameter passes (P1).
func goodLiteralOwnCtx(reqCtx context.Context) {
	background("x", func() {
		func(c context.Context) { beatCtx(c) }(reqCtx)
	})
}

// goodNestedCapture: a capture at any depth counts for a literal written inline (P2).
func goodNestedCapture(reqCtx context.Context) {
	runOne(func() {
		defer func() { _ = reqCtx }()
	})
}

// badVariadicEach: every failing argument gets its own diagnostic, on its own line.
func badVariadicEach(reqCtx context.Context) {
	background("tick",
		heartbeat,                  // passes: a declared function cannot be traced
		func() { beat() },          // want `^background\(\) func argument should use context "reqCtx"$`
		func() { beatCtx(reqCtx) }, // passes
		func() {},                  // want `^background\(\) func argument should use context "reqCtx"$`
	)
}

// badTwoOnOneLine: two failing arguments on one line give two diagnostics.
func badTwoOnOneLine(reqCtx context.Context) {
	background("t", func() { beat() }, func() { beat() }) // want `background\(\) func argument` `background\(\) func argument`
}

// badTracedVariable: a variable traced to a literal that does not mention the context.
func badTracedVariable(reqCtx context.Context) {
	job := func() { beat() }
	runOne(job) // want `^runOne\(\) func argument should use context "reqCtx"$`
}

// goodTracedVariable: the traced literal mentions the context in its flat body.
func goodTracedVariable(reqCtx context.Context) {
	job := func() { beatCtx(reqCtx) }
	runOne(job)
}

// badTracedNestedOnly: a traced literal must mention the context in its own flat body
// (SPEC §9.12), a nested closure does not count.
func badTracedNestedOnly(reqCtx context.Context) {
	job := func() {
		func() { beatCtx(reqCtx) }()
	}
	runOne(job) // want `^runOne\(\) func argument should use context "reqCtx"$`
}

// goodUntraceable: parameters cannot be traced.
func goodUntraceable(reqCtx context.Context, f func()) {
	runOne(f)
}

func makeJob() func() {
	return func() { beat() }
}

func makeJobCtx(ctx context.Context) func() {
	return func() { beatCtx(ctx) }
}

// badFactory: the factory's returned literal does not use a context (P6/P7).
func badFactory(reqCtx context.Context) {
	runOne(makeJob()) // want `^runOne\(\) func argument should use context "reqCtx"$`
}

// goodFactoryGetsCtx: a context passed to the factory passes.
func goodFactoryGetsCtx(reqCtx context.Context) {
	runOne(makeJobCtx(reqCtx))
}

type holder struct{ run func() }

// goodSelectorAndIndex: selectors and index expressions are not traced by this checker.
func goodSelectorAndIndex(reqCtx context.Context) {
	h := holder{run: func() { beat() }}
	jobs := []func(){func() { beat() }}
	runOne(h.run)
	runOne(jobs[0])
	background("spread", jobs...)
}

// goodNotFuncTyped: only function-typed arguments are checked; nil is not one.
func goodNotFuncTyped(reqCtx context.Context) {
	background("nil", nil)
	n := 3
	_ = n
}

// goodNoContext: outside a ctx scope nothing is checked.
func goodNoContext() {
	runOne(func() { beat() })
}

// badInsideGo: the call in `go background(...)` is checked as a call; the goroutine itself
// runs a declared function, which the goroutine checker cannot trace.
func badInsideGo(reqCtx context.Context) {
	go background("g", func() { beat() }) // want `^background\(\) func argument should use context "reqCtx"$`
}

// badDeferred: a deferred spawner call is a call too.
func badDeferred(reqCtx context.Context) {
	defer runOne(func() { beat() }) // want `^runOne\(\) func argument should use context "reqCtx"$`
}

// badCrossPackage: a directive of another package is honoured (SPEC §12.2).
func badCrossPackage(reqCtx context.Context) {
	lib.Run(func() { beat() }) // want `^Run\(\) func argument should use context "reqCtx"$`
	lib.Run(func() { beatCtx(reqCtx) })
	lib.Plain(func() { beat() })
}

// badCrossPackageMethod: the message names the bare method.
func badCrossPackageMethod(reqCtx context.Context, p *lib.Pool) {
	p.Submit(func() { beat() }) // want `^Submit\(\) func argument should use context "reqCtx"$`
	var q lib.Pool
	q.Submit(func() { beatCtx(reqCtx) })
}
