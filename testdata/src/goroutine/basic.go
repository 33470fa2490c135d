// Package goroutine holds the fixtures of the goroutine checker (SPEC §2, §3.1, §6, §9):
// direct literals, context scopes and the printed name in basic.go; tracing, factories,
// selectors and indexes in advanced.go; type identity and upstream quirks in evil.go;
// ignore directives in directive.go.
package goroutine

import (
	"context"
	"fmt"
)

// Helpers: they take a context but contain no go statement, so nothing is checked in them.

func use(ctx context.Context) { _ = ctx }

func work(n int) { _ = n }

func depth(ctx context.Context) int {
	_ = ctx
	return 0
}

// pkgCtx is a package-level context: never captured by a literal (P2 (a)).
var pkgCtx = context.Background()

// crossFileHook is declared here without any assignment; evil.go assigns it (P4 is per file).
var crossFileHook func()

// ---------------------------------------------------------------------------
// Direct literals: P1 (own context parameter) or P2 (captures a context).
// ---------------------------------------------------------------------------

// badNoContextUse: the literal neither has a context parameter nor captures one.
func badNoContextUse(ctx context.Context) {
	go func() { // want `^goroutine does not propagate context "ctx"$`
		work(1)
	}()
}

// goodCapturesCtx: the literal captures the function's context.
func goodCapturesCtx(ctx context.Context) {
	go func() {
		use(ctx)
	}()
}

// goodNamingCtxIsEnough: merely selecting on the captured context is a capture.
func goodNamingCtxIsEnough(ctx context.Context) {
	go func() {
		<-ctx.Done()
	}()
}

// goodBlankAssignCapture: `_ = ctx` is a capture too.
func goodBlankAssignCapture(ctx context.Context) {
	go func() {
		_ = ctx
		work(1)
	}()
}

// goodOwnCtxParam: P1, the literal declares a named context parameter (not used in the body).
func goodOwnCtxParam(ctx context.Context) {
	go func(c context.Context) {
		work(1)
	}(ctx)
}

// goodOwnUnnamedCtxParam: P1 also accepts an unnamed context parameter.
func goodOwnUnnamedCtxParam(ctx context.Context) {
	go func(context.Context) { work(1) }(ctx)
}

// goodOwnBlankCtxParam: P1 accepts a parameter named _.
func goodOwnBlankCtxParam(ctx context.Context) {
	go func(_ context.Context) { work(1) }(ctx)
}

// goodOwnCtxParamAmongOthers: P1 holds whatever the position of the context parameter.
func goodOwnCtxParamAmongOthers(ctx context.Context) {
	go func(n int, c context.Context) { work(n) }(1, ctx)
}

// goodCaptureInIIFE: P2 counts captures inside a nested immediately invoked literal.
func goodCaptureInIIFE(ctx context.Context) {
	go func() {
		func() {
			use(ctx)
		}()
	}()
}

// goodCaptureInDeferredClosure: P2 counts captures inside a deferred closure.
func goodCaptureInDeferredClosure(ctx context.Context) {
	go func() {
		defer func() { use(ctx) }()
		work(1)
	}()
}

// goodCaptureInDeferredCallArgs: a deferred call's argument is inside the literal: captured.
func goodCaptureInDeferredCallArgs(ctx context.Context) {
	go func() {
		defer use(ctx)
		work(1)
	}()
}

// goodCaptureInInnerGo: P2 counts captures inside an inner go statement (which passes too).
func goodCaptureInInnerGo(ctx context.Context) {
	go func() {
		go func() { use(ctx) }()
	}()
}

// goodCaptureInUncalledClosure: a closure that is never called still captures.
func goodCaptureInUncalledClosure(ctx context.Context) {
	go func() {
		f := func() { use(ctx) }
		_ = f
	}()
}

// goodCaptureThreeLevelsDeep: any nesting depth.
func goodCaptureThreeLevelsDeep(ctx context.Context) {
	go func() {
		func() {
			func() {
				func() { _ = ctx }()
			}()
		}()
	}()
}

// badInnerGoOfGoodOuter: the outer literal captures ctx; the inner go statement is checked on
// its own (the outer literal has no context parameter, so it is transparent: N is still ctx).
func badInnerGoOfGoodOuter(ctx context.Context) {
	go func() {
		use(ctx)
		go func() { // want `^goroutine does not propagate context "ctx"$`
			work(2)
		}()
	}()
}

// badOnlyArgumentsMentionCtx: the arguments handed to the literal are never inspected.
func badOnlyArgumentsMentionCtx(ctx context.Context) {
	go func(n int) { // want `^goroutine does not propagate context "ctx"$`
		work(n)
	}(depth(ctx))
}

// badCtxPassedAsNonCtxParam: passing ctx as an `any` argument is still "only arguments".
func badCtxPassedAsNonCtxParam(ctx context.Context) {
	go func(v any) { // want `^goroutine does not propagate context "ctx"$`
		fmt.Println(v)
	}(ctx)
}

// badPackageLevelCtx: package-level context variables are not captured.
func badPackageLevelCtx(ctx context.Context) {
	go func() { // want `^goroutine does not propagate context "ctx"$`
		use(pkgCtx)
	}()
}

// badLocalCtxInsideLiteral: a context created inside the literal is not captured.
func badLocalCtxInsideLiteral(ctx context.Context) {
	go func() { // want `^goroutine does not propagate context "ctx"$`
		c := context.TODO()
		use(c)
	}()
}

// badDerivedInsideLiteralFromPackageCtx: deriving from a package-level context inside the
// literal captures nothing.
func badDerivedInsideLiteralFromPackageCtx(ctx context.Context) {
	go func() { // want `^goroutine does not propagate context "ctx"$`
		c, cancel := context.WithCancel(pkgCtx)
		defer cancel()
		use(c)
	}()
}

// goodNoCtxParam: a function without a context parameter is never checked (§9.1), even if it
// creates a context locally.
func goodNoCtxParam() {
	c := context.Background()
	go func() {
		work(1)
	}()
	_ = c
}

// goodNoCtxParamLiteralOnly: same for an unused local context.
func goodNoCtxParamLiteralOnly(n int) {
	go func() { work(n) }()
}

// ---------------------------------------------------------------------------
// Context scopes and the printed name N (§2.1).
// ---------------------------------------------------------------------------

// badSecondParamName: N is the first ctx parameter, wherever it sits in the list.
func badSecondParamName(n int, reqCtx context.Context) {
	go func() { // want `^goroutine does not propagate context "reqCtx"$`
		work(n)
	}()
}

// badNestedScopeName: a nested literal with its own ctx parameter becomes the scope.
func badNestedScopeName(ctx context.Context) {
	func(inner context.Context) {
		go func() { // want `^goroutine does not propagate context "inner"$`
			work(1)
		}()
	}(ctx)
}

// goodNestedScopeOuterCapture: under the inner scope, capturing the outer ctx still counts.
func goodNestedScopeOuterCapture(ctx context.Context) {
	func(inner context.Context) {
		go func() {
			use(ctx)
		}()
	}(ctx)
}

// badNestedScopeNamedLiteralVar: the nested scope can be a literal stored in a variable.
func badNestedScopeNamedLiteralVar(ctx context.Context) {
	handler := func(hctx context.Context, n int) {
		go func() { // want `^goroutine does not propagate context "hctx"$`
			work(n)
		}()
	}
	handler(ctx, 1)
}

// badPlainClosureTransparent: a closure without ctx parameters is transparent.
func badPlainClosureTransparent(ctx context.Context) {
	wrap := func() {
		go func() { // want `^goroutine does not propagate context "ctx"$`
			work(1)
		}()
	}
	wrap()
}

// badUncalledClosureStillChecked: the closure is never called; its go statement is checked.
func badUncalledClosureStillChecked(ctx context.Context) {
	wrap := func() {
		go func() { // want `^goroutine does not propagate context "ctx"$`
			work(1)
		}()
	}
	_ = wrap
}

// badInsideDeferredClosure: a go statement inside a deferred closure is checked with N = ctx.
func badInsideDeferredClosure(ctx context.Context) {
	defer func() {
		go func() { // want `^goroutine does not propagate context "ctx"$`
			work(1)
		}()
	}()
}

// badBlankCtxParam: a parameter named _ makes a scope with N = _.
func badBlankCtxParam(_ context.Context) {
	go func() { // want `^goroutine does not propagate context "_"$`
		work(1)
	}()
}

// goodUnnamedCtxParamNotScope: an unnamed ctx parameter makes no scope: nothing is checked.
func goodUnnamedCtxParamNotScope(context.Context) {
	go func() {
		work(1)
	}()
}

// goodUnnamedLiteralParamNotScope: inside a literal with an unnamed ctx parameter the nearest
// scope is still searched outward; here there is none.
func goodUnnamedLiteralParamNotScope() {
	f := func(context.Context) {
		go func() { work(1) }()
	}
	f(context.Background())
}

// badUnnamedLiteralParamOuterScope: the unnamed-parameter literal is skipped; the outer
// function is the scope.
func badUnnamedLiteralParamOuterScope(outer context.Context) {
	f := func(context.Context) {
		go func() { // want `^goroutine does not propagate context "outer"$`
			work(1)
		}()
	}
	f(outer)
}

// badFirstOfMultipleCtx: several ctx parameters: the first is printed.
func badFirstOfMultipleCtx(a context.Context, n int, b context.Context) {
	go func() { // want `^goroutine does not propagate context "a"$`
		work(n)
	}()
}

// badFirstOfGroupedCtx: `a, b context.Context` contributes a, then b.
func badFirstOfGroupedCtx(a, b context.Context) {
	go func() { // want `^goroutine does not propagate context "a"$`
		work(1)
	}()
}

// goodSecondCtxCaptured: any ctx value counts, not only the printed one (§2.2).
func goodSecondCtxCaptured(a context.Context, n int, b context.Context) {
	go func() {
		use(b)
		work(n)
	}()
}

// goodLocalCtxOutsideLiteral: a local context declared outside the literal counts (§2.2).
func goodLocalCtxOutsideLiteral(ctx context.Context) {
	c2, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		use(c2)
	}()
}

// goodLocalCtxInEnclosingLiteral: a context declared in an enclosing literal outside F counts.
func goodLocalCtxInEnclosingLiteral(ctx context.Context) {
	func() {
		c := context.WithoutCancel(ctx)
		go func() {
			_ = c
		}()
	}()
}

// server has a context field; methods never get a scope from their receiver.
type server struct {
	ctx context.Context
}

// goodReceiverIsNotScope: a method without ctx parameters is not checked.
func (s *server) goodReceiverIsNotScope() {
	go func() {
		work(1)
	}()
}

// badMethodParamScope: a method's ctx parameter makes the scope; the receiver is never N.
func (s *server) badMethodParamScope(n int, c context.Context) {
	go func() { // want `^goroutine does not propagate context "c"$`
		work(n)
	}()
}

// badReceiverFieldNotCapture: capturing the receiver s (not ctx-ish) and reading its context
// field is not a capture of a context.
func (s *server) badReceiverFieldNotCapture(c context.Context) {
	go func() { // want `^goroutine does not propagate context "c"$`
		use(s.ctx)
	}()
}

// goodMethodCapture: capturing the method's own context parameter.
func (s server) goodMethodCapture(c context.Context) {
	go func() {
		use(c)
	}()
}
