package spawnapievil

import (
	"context"
	"fmt"

	"github.com/sourcegraph/conc/iter"
	"golang.org/x/sync/errgroup"

	"spawnapievil/carrier"
)

// ---------------------------------------------------------------------------
// P6 FactoryOK / P7 ReturnsCtxFunc details.
// ---------------------------------------------------------------------------

// makeBranchy returns a context-using literal from inside an if and a switch: P7 looks at every
// return located in the body (not inside nested literals); one qualifying return is enough.
func makeBranchy(mode int) func() error {
	if mode > 10 {
		return func() error { return useErr(pkgGroupCtx) }
	}
	switch mode {
	case 1:
		return nil
	}
	for {
		return nil
	}
}

// goodFactoryReturnInsideBranches: P7 finds the return inside the if.
func goodFactoryReturnInsideBranches(ctx context.Context, g *errgroup.Group) {
	g.Go(makeBranchy(0))
}

// makeViaNestedLiteralReturn: the only context-using return is inside a nested literal.
func makeViaNestedLiteralReturn() func() error {
	pick := func() func() error { return func() error { return useErr(pkgGroupCtx) } }
	_ = pick
	return func() error { return work(1) }
}

// badFactoryOnlyNestedLiteralReturnUsesCtx: returns inside nested literals are not in B.
func badFactoryOnlyNestedLiteralReturnUsesCtx(ctx context.Context, g *errgroup.Group) {
	g.Go(makeViaNestedLiteralReturn()) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// makeParenthesised returns a parenthesised literal: not "a function literal" for P7.
func makeParenthesised() func() error {
	return (func() error { return useErr(pkgGroupCtx) })
}

// badFactoryReturnsParenthesisedLiteral: no return qualifies.
func badFactoryReturnsParenthesisedLiteral(ctx context.Context, g *errgroup.Group) {
	g.Go(makeParenthesised()) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// makeForTxn has only a carrier parameter: P6 passes a factory with a ctx-TYPE parameter;
// a carrier is not the ctx type.
func makeForTxn(t *carrier.Txn) func() error { return func() error { return work(1) } }

// badCarrierParamFactory: the argument `nil` mentions nothing; the factory's literal ignores
// contexts.
func badCarrierParamFactory(ctx context.Context, g *errgroup.Group) {
	g.Go(makeForTxn(nil)) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodCarrierArgFactory: P6 step 1: the argument is a carrier variable.
func goodCarrierArgFactory(ctx context.Context, txn *carrier.Txn, g *errgroup.Group) {
	g.Go(makeForTxn(txn))
}

// makeForAlias has a parameter of an alias of context.Context: a ctx-type parameter (§12.7).
func makeForAlias(c ctxAlias) func() error { return func() error { return work(1) } }

// goodAliasParamFactory: passes by its ctx-type parameter.
func goodAliasParamFactory(ctx context.Context, g *errgroup.Group) {
	g.Go(makeForAlias(nil))
}

// badUnboundContextCallInArgument: `context.TODO()` in the arguments names no ctx-typed
// object (`context` is a package, `TODO` a function).
func badUnboundContextCallInArgument(ctx context.Context, g *errgroup.Group) {
	g.Go(labeled(fmt.Sprint(context.TODO()))) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// options has a context field.
type options struct {
	ctx  context.Context
	name string
}

func makeWith(o options) func() error { return func() error { return work(len(o.name)) } }

// goodStructKeyInFactoryArgument: the key `ctx` in `options{ctx: nil}` resolves to the
// ctx-typed field: P6 step 1 passes.
func goodStructKeyInFactoryArgument(ctx context.Context, g *errgroup.Group) {
	g.Go(makeWith(options{ctx: nil, name: "x"}))
}

// goodFieldSelectorInFactoryArgument: `o.ctx` in the arguments.
func goodFieldSelectorInFactoryArgument(ctx context.Context, g *errgroup.Group, o options) {
	g.Go(labeled(fmt.Sprint(o.ctx)))
}

// makeVisitor is a factory for iter callbacks.
func makeVisitor() func(*int) { return func(x *int) { _ = work(*x) } }

// badFactoryAtIterIndex: P6 at callback index 1.
func badFactoryAtIterIndex(ctx context.Context, xs []int) {
	iter.ForEach(xs, makeVisitor()) // want `^iter\.ForEach\(\) closure should use context "ctx"$`
}

// goodExplicitlyInstantiatedFactoryQualifiedTypeArg: `makeVisitorOf[context.Context]()` has
// an index-expression callee (go/ast IndexExpr): P6 "anything else" → pass, like
// goodExplicitGenericFactory in generics.go. (The context in ForEach's input argument is
// irrelevant either way.)
func goodExplicitlyInstantiatedFactoryQualifiedTypeArg(ctx context.Context) {
	iter.ForEach([]context.Context{ctx}, makeVisitorOf[context.Context]())
}

func makeVisitorOf[T any]() func(*T) { return func(*T) {} }

// goodExplicitlyInstantiatedFactoryPointerTypeArg: same with `[*int]`.
func goodExplicitlyInstantiatedFactoryPointerTypeArg(ctx context.Context, g *errgroup.Group) {
	g.Go(makeGeneric[*int](nil))
}

// goodExplicitlyInstantiatedFactorySliceTypeArg: same with `[[]string]`.
func goodExplicitlyInstantiatedFactorySliceTypeArg(ctx context.Context, g *errgroup.Group) {
	g.Go(makeGeneric[[]string](nil))
}

func makePair[K comparable, V any](k K, v V) func() error {
	return func() error { _, _ = k, v; return nil }
}

// goodExplicitlyInstantiatedFactoryTwoTypeArgs: `makePair[int, string](…)`.
func goodExplicitlyInstantiatedFactoryTwoTypeArgs(ctx context.Context, g *errgroup.Group) {
	g.Go(makePair[int, string](1, "x"))
}

// badInferredTwoTypeArgFactory: the same factory with inferred type arguments is an
// identifier callee naming a function of this package: its literal ignores contexts.
func badInferredTwoTypeArgFactory(ctx context.Context, g *errgroup.Group) {
	g.Go(makePair(1, "x")) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}
