package goroutinederive

import (
	"context"

	"github.com/example/apm"
)

func depth(ctx context.Context) int {
	_ = ctx
	return 0
}

// ---------------------------------------------------------------------------
// Factories: `go X(a…)(…)` (§3.2 FactoryDerives, §9.7).
// ---------------------------------------------------------------------------

// goodFactoryLiteralDerives: the returned literal derives.
func goodFactoryLiteralDerives(ctx context.Context) {
	go func() func() {
		return func() { use(apm.NewGoroutineContext(ctx)) }
	}()()
}

// badFactoryLiteralNoDeriver: the returned literal uses ctx but does not derive.
func badFactoryLiteralNoDeriver(ctx context.Context) {
	go func() func() { // want `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
		return func() { use(ctx) }
	}()()
}

// goodFactoryAnyFirstLevelLiteral: any first-level literal of the factory satisfies
// FactoryDerives, not only returned ones.
func goodFactoryAnyFirstLevelLiteral(ctx context.Context) {
	go func() func() {
		_ = func() { _ = apm.NewGoroutineContext(ctx) }
		return func() { use(ctx) }
	}()()
}

// badFactoryArgMentionsCtxNotEnough: an argument mentioning ctx satisfies the goroutine
// checker, not the deriver requirement.
func badFactoryArgMentionsCtxNotEnough(ctx context.Context) {
	go func(n int) func() { // want `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
		return func() { work(n) }
	}(depth(ctx))()
}

// goodFactoryLiteralOwnCtxParam: a factory literal with its own context parameter (§9.7).
func goodFactoryLiteralOwnCtxParam(ctx context.Context) {
	go func(c context.Context) func() {
		return func() { use(c) }
	}(ctx)()
}

// goodFactoryVariableDerives: a factory variable traced with FactoryDerives.
func goodFactoryVariableDerives(ctx context.Context) {
	mk := func() func() {
		return func() { use(apm.NewGoroutineContext(ctx)) }
	}
	go mk()()
}

// badFactoryVariableNoDeriver: the factory variable's literal never derives.
func badFactoryVariableNoDeriver(ctx context.Context) {
	mk := func() func() {
		return func() { use(ctx) }
	}
	go mk()() // want `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
}

// goodFactoryReturnsOwnCtxFunc: the returned function has its own context parameter (§9.7).
func goodFactoryReturnsOwnCtxFunc(ctx context.Context) {
	mk := func() func(context.Context) {
		return func(c context.Context) { use(c) }
	}
	go mk()(ctx)
}

func plainFactory(c context.Context) func() { return func() { use(c) } }

func noCtxFactory() func() { return func() { work(1) } }

// goodNamedFactory: a declared factory function has no literal assignments: pass (§9.7).
func goodNamedFactory(ctx context.Context) {
	go plainFactory(ctx)()
}

// badNamedFactoryNoCtx: the deriver checker passes (named factory), the goroutine checker
// does not (its returned literal mentions no context).
func badNamedFactoryNoCtx(ctx context.Context) {
	go noCtxFactory()() // want `^goroutine does not propagate context "ctx"$`
}

// goodTripleHigherOrder: `go a()()()` is never checked for the deriver (§9.7).
func goodTripleHigherOrder(ctx context.Context) {
	layered := func() func() func() {
		return func() func() { return func() { use(ctx) } }
	}
	go layered()()()
}

// badTripleHigherOrderNoCtx: same shape without a context: only the goroutine checker reports.
func badTripleHigherOrderNoCtx(ctx context.Context) {
	layered := func() func() func() {
		return func() func() { return func() { work(1) } }
	}
	go layered()()() // want `^goroutine does not propagate context "ctx"$`
}

// badParenthesizedFactoryVariable: the deriver checker removes one layer of parentheses from
// the factory callee and traces it; the goroutine checker does not (parenthesised: pass).
func badParenthesizedFactoryVariable(ctx context.Context) {
	mk := func() func() {
		return func() { work(1) }
	}
	go (mk)()() // want `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
}

var pkgDeriving func()

func setPkgDeriving(ctx context.Context) {
	pkgDeriving = func() { use(apm.NewGoroutineContext(ctx)) }
}

var pkgPlain func()

func setPkgPlain(ctx context.Context) {
	pkgPlain = func() { use(ctx) }
}

// goodFactoryReturnsTracedIdent: a returned identifier whose trace derives.
func goodFactoryReturnsTracedIdent(ctx context.Context) {
	go func() func() {
		return pkgDeriving
	}()()
}

// badFactoryReturnsTracedIdent: a returned identifier whose trace does not derive.
func badFactoryReturnsTracedIdent(ctx context.Context) {
	go func() func() { // want `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
		return pkgPlain
	}()()
}

// ---------------------------------------------------------------------------
// Other spawned forms: anything but a literal, a call or an identifier passes.
// ---------------------------------------------------------------------------

type hooks struct {
	run func()
}

// goodIndexSpawn: an index expression passes the deriver checker (goroutine: P9 passes).
func goodIndexSpawn(ctx context.Context) {
	fns := []func(){func() { use(ctx) }}
	go fns[0]()
}

// goodSelectorSpawn: a selector passes the deriver checker (goroutine: P8 passes).
func goodSelectorSpawn(ctx context.Context) {
	h := hooks{run: func() { use(ctx) }}
	go h.run()
}

// badSelectorSpawnNoCtx: the goroutine checker still traces the field literal.
func badSelectorSpawnNoCtx(ctx context.Context) {
	h := hooks{run: func() { work(1) }}
	go h.run() // want `^goroutine does not propagate context "ctx"$`
}

// ---------------------------------------------------------------------------
// Package-level variable initializer: P10 falls back to P11, P2 to P1 || P3 (§3.0.4).
// ---------------------------------------------------------------------------

var spawnAll = func(ctx context.Context) {
	// A deferred deriver satisfies the flat form: no defer message here.
	go func() {
		defer apm.NewGoroutineContext(ctx)
	}()

	// A deriver inside an IIFE is invisible to the flat forms: both checkers report.
	go func() { // want `^goroutine does not propagate context "ctx"$` `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
		func() { use(apm.NewGoroutineContext(ctx)) }()
	}()

	// A normal deriver call passes.
	go func() { use(apm.NewGoroutineContext(ctx)) }()

	// Context without deriver: standard message.
	go func() { use(ctx) }() // want `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`

	// The flat form ignores reachability.
	go func() {
		return
		use(apm.NewGoroutineContext(ctx))
	}()

	// A nested go literal is not entered by the flat forms: both report on the outer one.
	go func() { // want `^goroutine does not propagate context "ctx"$` `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
		go func() { use(apm.NewGoroutineContext(ctx)) }()
	}()
}

// ---------------------------------------------------------------------------
// Ignore directives: goroutine and goroutinederive are separate names (§4.3, §6).
// ---------------------------------------------------------------------------

// badIgnoreDeriveOnly: ignoring goroutinederive leaves the goroutine report.
func badIgnoreDeriveOnly(ctx context.Context) {
	//goroutinectx:ignore goroutinederive
	go func() { work(1) }() // want `^goroutine does not propagate context "ctx"$`
}

// badIgnoreGoroutineOnly: ignoring goroutine leaves the goroutinederive report.
func badIgnoreGoroutineOnly(ctx context.Context) {
	//goroutinectx:ignore goroutine
	go func() { work(1) }() // want `^goroutine should call github\.com/example/apm\.NewGoroutineContext to derive context$`
}

// goodIgnoreAllBoth: ignore-all suppresses both.
func goodIgnoreAllBoth(ctx context.Context) {
	//goroutinectx:ignore
	go func() { work(1) }()
}

// goodIgnoreBothNames: a list naming both.
func goodIgnoreBothNames(ctx context.Context) {
	go func() { work(1) }() //goroutinectx:ignore goroutine, goroutinederive
}

// goodIgnoreDeferMessage: the defer message is filed under goroutinederive too.
func goodIgnoreDeferMessage(ctx context.Context) {
	//goroutinectx:ignore goroutinederive - cleanup only
	go func() {
		defer apm.NewGoroutineContext(ctx)
	}()
}

// goodIgnoreDeriveAbovePassing: consulted although the check passes: used.
func goodIgnoreDeriveAbovePassing(ctx context.Context) {
	//goroutinectx:ignore goroutinederive
	go func() { use(apm.NewGoroutineContext(ctx)) }()
}

// badIgnoreGotaskUnconsulted: gotask is enabled with a deriver but nothing consults it here.
func badIgnoreGotaskUnconsulted(ctx context.Context) {
	//goroutinectx:ignore goroutinederive, gotask // want `^unused goroutinectx:ignore directive for checker\(s\): gotask$`
	go func() { use(ctx) }()
}

// badIgnoreDeriveInPlainFunc: nothing is examined without a context scope.
func badIgnoreDeriveInPlainFunc() {
	//goroutinectx:ignore goroutinederive // want `^unused goroutinectx:ignore directive for checker\(s\): goroutinederive$`
	go func() { work(1) }()
}

// goodFactoryParameter: a factory passed as a parameter is not traced by either checker
// (§9.2, §9.7).
func goodFactoryParameter(ctx context.Context, mk func() func()) {
	go mk()()
}
