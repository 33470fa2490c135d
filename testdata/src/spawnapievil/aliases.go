package spawnapievil

import (
	"context"

	"github.com/sourcegraph/conc/iter"
	"github.com/sourcegraph/conc/pool"
	"golang.org/x/sync/errgroup"
)

// ---------------------------------------------------------------------------
// Package-level aliases of context.Context declared in another file, alias chains, aliases of
// pointers and generic aliases: all denote the ctx type (§0, §12.7).
// ---------------------------------------------------------------------------

// ctxAlias2 aliases ctxAlias (declared in carriers.go).
type ctxAlias2 = ctxAlias

// ctxPtr aliases a pointer to the context type.
type ctxPtr = *context.Context

// anyCtx is a generic alias whose right-hand side ignores its parameter.
type anyCtx[T any] = context.Context

// goodCrossFileAliasOwnParam: ctxAlias from carriers.go as the callback's own parameter.
func goodCrossFileAliasOwnParam(ctx context.Context) error {
	p := pool.New().WithContext(ctx)
	p.Go(func(c ctxAlias) error { return nil })
	return p.Wait()
}

// goodAliasChainOwnParam: an alias of an alias.
func goodAliasChainOwnParam(ctx context.Context) error {
	p := pool.New().WithContext(ctx)
	p.Go(func(c ctxAlias2) error { return nil })
	return p.Wait()
}

// goodPointerAliasElementParam: `ctxPtr` is *context.Context (P1).
func goodPointerAliasElementParam(ctx context.Context, xs []context.Context) {
	iter.ForEach(xs, func(c ctxPtr) { _ = work(1) })
}

// goodGenericAliasOwnParam: anyCtx[int] is context.Context.
func goodGenericAliasOwnParam(ctx context.Context) error {
	p := pool.New().WithContext(ctx)
	p.Go(func(c anyCtx[int]) error { return nil })
	return p.Wait()
}

// badAliasChainScope: a parameter of the alias chain makes a scope.
func badAliasChainScope(c ctxAlias2, g *errgroup.Group) {
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "c"$`
}

// badGenericAliasScope: a parameter of the generic alias makes a scope.
func badGenericAliasScope(c anyCtx[string], g *errgroup.Group) {
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "c"$`
}

// goodPointerAliasCapture: a captured ctxPtr is ctx-ish.
func goodPointerAliasCapture(ctx context.Context, g *errgroup.Group) {
	var p ctxPtr = &ctx
	g.Go(func() error { _ = p; return nil })
}
