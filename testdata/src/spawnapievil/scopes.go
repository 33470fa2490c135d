package spawnapievil

import (
	"context"

	"github.com/sourcegraph/conc/pool"
	"golang.org/x/sync/errgroup"
)

// ---------------------------------------------------------------------------
// Which function supplies the scope and N (§0, §2.1).
// ---------------------------------------------------------------------------

// goodFuncTypedParamWithCtxNameNoScope: `cb func(ctx context.Context)` is a parameter of
// function type; the ctx inside its type is no parameter of this function.
func goodFuncTypedParamWithCtxNameNoScope(cb func(ctx context.Context), g *errgroup.Group) {
	g.Go(func() error { return work(1) })
}

// goodNamedResultNoScope: results never create a scope.
func goodNamedResultNoScope(g *errgroup.Group) (ctx context.Context) {
	g.Go(func() error { return work(1) })
	return nil
}

// goodVariadicCtxNoScope: a variadic ...context.Context parameter makes no scope.
func goodVariadicCtxNoScope(g *errgroup.Group, ctxs ...context.Context) {
	g.Go(func() error { return work(1) })
}

// goodInterfaceMethodParamNoScope: a method signature inside a local interface type is no
// scope either.
func goodInterfaceMethodParamNoScope(g *errgroup.Group) {
	var r interface{ Run(ctx context.Context) }
	_ = r
	g.Go(func() error { return work(1) })
}

// badUnderscoreParamLiteralScope: a literal with a `_ context.Context` parameter is a scope
// with N = "_".
func badUnderscoreParamLiteralScope(ctx context.Context, g *errgroup.Group) {
	func(_ context.Context) {
		g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "_"$`
	}(ctx)
}

// badUnnamedParamLiteralIsTransparent: a literal with an unnamed context parameter is no
// scope: N stays the outer name.
func badUnnamedParamLiteralIsTransparent(reqCtx context.Context, g *errgroup.Group) {
	func(context.Context) {
		g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "reqCtx"$`
	}(reqCtx)
}

// badGroupedParamsFirstName: `a, b context.Context`: N is a.
func badGroupedParamsFirstName(n int, a, b context.Context, g *errgroup.Group) {
	g.Go(func() error { return work(n) }) // want `^errgroup\.Group\.Go\(\) closure should use context "a"$`
}

// badCarrierBeforeContext: the first ctx-ish parameter is the carrier.
func badCarrierBeforeContext(s Session, ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "s"$`
}

// goodCallbackCapturesOuterScopeContext: inside a literal that is its own scope (inner),
// the callback captures the OUTER function's context: any ctx-ish capture counts (§2.2).
func goodCallbackCapturesOuterScopeContext(outer context.Context, g *errgroup.Group) {
	func(inner context.Context) {
		g.Go(func() error { return useErr(outer) })
	}(nil)
}

// badNestedScopeNameInMessage: N comes from the nearest scope, the ContextPool callback's
// own parameter c, for the pool call inside it.
func badNestedScopeNameInMessage(ctx context.Context) error {
	p := pool.New().WithContext(ctx)
	p.Go(func(c context.Context) error {
		q := pool.New()
		q.Go(func() { _ = work(1) }) // want `^pool\.Pool\.Go\(\) closure should use context "c"$`
		q.Wait()
		return nil
	})
	return p.Wait()
}
