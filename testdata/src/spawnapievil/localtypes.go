package spawnapievil

import (
	"context"
	"fmt"

	"github.com/sourcegraph/conc/iter"
	"github.com/sourcegraph/conc/pool"
	"golang.org/x/sync/errgroup"

	"spawnapievil/lib"
)

// ---------------------------------------------------------------------------
// Function-local type declarations shadow package-level ones (§10.2).
// ---------------------------------------------------------------------------

// runnerT is a package-level type embedding *errgroup.Group.
type runnerT struct{ *errgroup.Group }

// goodLocalAliasShadowsPackageAlias: the local groupAlias is fakeRunner, not the package-level
// alias of errgroup.Group.
func goodLocalAliasShadowsPackageAlias(ctx context.Context) {
	type groupAlias = fakeRunner
	var g groupAlias
	g.Go(func() error { return work(1) })
}

// goodLocalTypeShadowsPackageType: the local runnerT embeds fakeGoer.
func goodLocalTypeShadowsPackageType(ctx context.Context) {
	type runnerT struct{ fakeGoer }
	var r runnerT
	r.Go(func() error { return work(1) })
}

// badPackageTypeAfterInnerBlock: the local type is scoped to its block.
func badPackageTypeAfterInnerBlock(ctx context.Context) {
	{
		type runnerT struct{ fakeGoer }
		var r runnerT
		r.Go(func() error { return work(1) })
	}
	r := runnerT{Group: new(errgroup.Group)}
	r.Go(func() error { return work(2) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badLocalTypeEmbedsGroup: a local struct type embedding *errgroup.Group promotes Go.
func badLocalTypeEmbedsGroup(ctx context.Context) {
	type local struct{ *errgroup.Group }
	l := local{Group: new(errgroup.Group)}
	l.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badLocalAliasOfGroup: a local alias of errgroup.Group.
func badLocalAliasOfGroup(ctx context.Context) {
	type G = errgroup.Group
	g := new(G)
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodLocalTypeWithFuncFieldNamedGo: a local type named fakeRunner shadows the package one;
// its Go is a function-typed field: a field call, no API.
func goodLocalTypeWithFuncFieldNamedGo(ctx context.Context) {
	type fakeRunner struct{ Go func(func() error) }
	r := fakeRunner{Go: func(func() error) {}}
	r.Go(func() error { return work(1) })
}

// goodLocalMapAliasKeyIsReference: M is a local alias of a map type keyed by contexts: the
// key `ctx` in `M{ctx: true}` is an expression, a capture.
func goodLocalMapAliasKeyIsReference(ctx context.Context, g *errgroup.Group) {
	type M = map[context.Context]bool
	g.Go(func() error {
		m := M{ctx: true}
		_ = m
		return nil
	})
}

// goodLocalDefinedMapKeyIsReference: the same with a local defined map type.
func goodLocalDefinedMapKeyIsReference(ctx context.Context, g *errgroup.Group) {
	type M map[context.Context]bool
	g.Go(func() error {
		m := M{ctx: true}
		_ = m
		return nil
	})
}

// goodLocalSliceOfMapsElidedKey: `{ctx: 1}` is an elided map literal: its key is a capture.
func goodLocalSliceOfMapsElidedKey(ctx context.Context, g *errgroup.Group) {
	type S []map[context.Context]int
	g.Go(func() error {
		s := S{{ctx: 1}}
		_ = s
		return nil
	})
}

// badLocalStructAliasKeyIsField: R aliases the package-level struct request: `ctx:` names its
// field: no capture.
func badLocalStructAliasKeyIsField(ctx context.Context, g *errgroup.Group) {
	type R = request
	g.Go(func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
		r := R{ctx: nil}
		_ = r
		return nil
	})
}

// goodPackageLevelGenericMapKeyIsReference: an instantiated generic map type.
type set[K comparable] map[K]bool

func goodPackageLevelGenericMapKeyIsReference(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error {
		s := set[context.Context]{ctx: true}
		_ = s
		return nil
	})
}

// goodLocalContextAliasOwnParam: a callback parameter of a function-local alias of
// context.Context is a ctx-type parameter (P1).
func goodLocalContextAliasOwnParam(ctx context.Context) error {
	type C = context.Context
	p := pool.New().WithContext(ctx)
	p.Go(func(c C) error { return nil })
	return p.Wait()
}

// goodLocalContextAliasCapture: a captured variable of a function-local alias of
// context.Context is ctx-ish.
func goodLocalContextAliasCapture(ctx context.Context, g *errgroup.Group) {
	type C = context.Context
	var c C = ctx
	g.Go(func() error { return useErr(c) })
}

// badLocalContextAliasLiteralScope: a literal whose parameter has a function-local alias type
// is the nearest scope: N is its parameter.
func badLocalContextAliasLiteralScope(ctx context.Context, g *errgroup.Group) {
	type C = context.Context
	func(c C) {
		g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "c"$`
	}(ctx)
}

// goodOtherPackageAliasOwnParam: lib.Ctx as the callback's own parameter type (P1).
func goodOtherPackageAliasOwnParam(ctx context.Context) error {
	p := pool.New().WithContext(ctx)
	p.Go(func(c lib.Ctx) error { return nil })
	return p.Wait()
}

// badLocalDefinedContextCapture: a local defined type over context.Context is not ctx-ish:
// capturing only it is reported.
func badLocalDefinedContextCapture(ctx context.Context, g *errgroup.Group) {
	type D context.Context
	var d D = ctx
	g.Go(func() error { _ = d; return nil }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodLocalContextAliasMentionInTracedLiteral: P3 counts a variable declared with a local
// alias of context.Context in the traced literal's body.
func goodLocalContextAliasMentionInTracedLiteral(ctx context.Context, g *errgroup.Group) {
	type C = context.Context
	f := func() error {
		var c C
		return useErr(c)
	}
	g.Go(f)
}

// goodLocalContextAliasTypeNameInFactoryArg: P6 step 1: the type name C denotes the ctx type.
func goodLocalContextAliasTypeNameInFactoryArg(ctx context.Context, g *errgroup.Group) {
	type C = context.Context
	g.Go(labeled(fmt.Sprint((*C)(nil))))
}

// goodLocalContextAliasOwnParamIter: the element parameter *C of a local alias (P1).
func goodLocalContextAliasOwnParamIter(ctx context.Context, xs []context.Context) {
	type C = context.Context
	iter.ForEach(xs, func(c *C) { _ = work(1) })
}
