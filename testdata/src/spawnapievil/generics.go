package spawnapievil

import (
	"context"

	"github.com/sourcegraph/conc/pool"
	"golang.org/x/sync/errgroup"
)

// ---------------------------------------------------------------------------
// Generics: type parameters are not their constraints' core types; generic structs promote;
// generic aliases are the aliased instantiation (§3.0.2, §3.5 "generic receivers").
// ---------------------------------------------------------------------------

// goodTypeParamWithCoreTypeAndMethod: G's constraint has the core type *errgroup.Group and
// lists Go: the static target of `g.Go` is the constraint interface's method, not
// errgroup.Group.Go.
func goodTypeParamWithCoreTypeAndMethod[G interface {
	*errgroup.Group
	Go(func() error)
}](ctx context.Context, g G) {
	g.Go(func() error { return work(1) })
}

// goodTypeParamNamedPool: a type parameter named pool shadows the package in this function.
func goodTypeParamNamedPool[pool interface{ Go(func()) }](ctx context.Context, p pool) {
	p.Go(func() { _ = work(1) })
}

// wrapped is a generic struct embedding *errgroup.Group.
type wrapped[T any] struct {
	*errgroup.Group
	v T
}

// badGenericStructPromotes: `w.Go` through an instantiated generic struct.
func badGenericStructPromotes(ctx context.Context) {
	w := wrapped[int]{Group: new(errgroup.Group), v: 1}
	w.Go(func() error { return work(w.v) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badGenericStructParam: a pointer to the generic struct instantiated with a type parameter.
func badGenericStructParam[T any](ctx context.Context, w *wrapped[T]) {
	_ = w.TryGo(func() error { return work(1) }) // want `^errgroup\.Group\.TryGo\(\) closure should use context "ctx"$`
}

// resultsOf is a generic alias (Go 1.24) of conc's ResultPool.
type resultsOf[T any] = pool.ResultPool[T]

// badGenericAliasReceiver: a variable declared with the generic alias is a pool.ResultPool.
func badGenericAliasReceiver(ctx context.Context) {
	var p resultsOf[int]
	p.Go(func() int { return 1 }) // want `^pool\.ResultPool\.Go\(\) closure should use context "ctx"$`
}

// intResults is an alias of an instantiation.
type intResults = pool.ResultPool[int]

// badInstantiationAliasReceiver: `&intResults{}`.
func badInstantiationAliasReceiver(ctx context.Context) {
	p := &intResults{}
	p.Go(func() int { return 2 }) // want `^pool\.ResultPool\.Go\(\) closure should use context "ctx"$`
}

// myResults is a defined type of an instantiation: no methods, but a conversion back is one.
type myResults pool.ResultPool[int]

// badConvertedDefinedGeneric: `(*pool.ResultPool[int])(&m).Go`.
func badConvertedDefinedGeneric(ctx context.Context) {
	var m myResults
	(*pool.ResultPool[int])(&m).Go(func() int { return 3 }) // want `^pool\.ResultPool\.Go\(\) closure should use context "ctx"$`
}

// box is a local generic type with its own Go method.
type box[T any] struct{ v T }

func (b box[T]) Go(f func() error) { _ = f }

// goodLocalGenericGo: box[errgroup.Group].Go is box's method, whatever T is.
func goodLocalGenericGo(ctx context.Context) {
	var b box[errgroup.Group]
	b.Go(func() error { return work(1) })
}

// badFieldOfGenericBox: box[*errgroup.Group].v is an *errgroup.Group.
func badFieldOfGenericBox(ctx context.Context, b box[*errgroup.Group]) {
	b.v.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// job is a generic named function type.
type job[T any] func() T

// goodConversionToGenericFuncType: the callback is a conversion (callee `job[int]`): pass.
func goodConversionToGenericFuncType(ctx context.Context) {
	p := pool.NewWithResults[int]()
	p.Go(job[int](func() int { return 1 }))
}

// makeGeneric is a generic factory of this package whose returned literal ignores contexts.
func makeGeneric[T any](v T) func() error { return func() error { _ = v; return nil } }

// badInferredGenericFactory: `makeGeneric(1)` names a function of this package (P6); its
// returned literal mentions no context.
func badInferredGenericFactory(ctx context.Context, g *errgroup.Group) {
	g.Go(makeGeneric(1)) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodExplicitGenericFactory: `makeGeneric[int](1)` has an index-expression callee: "anything
// else" for P6, pass.
func goodExplicitGenericFactory(ctx context.Context, g *errgroup.Group) {
	g.Go(makeGeneric[int](1))
}

// identity returns its argument with its own type.
func identity[T any](v T) T { return v }

// goodCapturedGenericResultIsContext: `c := identity(ctx)` is a context.Context (P2).
func goodCapturedGenericResultIsContext(ctx context.Context, g *errgroup.Group) {
	c := identity(ctx)
	g.Go(func() error { return useErr(c) })
}

// badCapturedTypeParamValue: v has type T, not a context, even when instantiated with one.
func badCapturedTypeParamValue[T any](ctx context.Context, g *errgroup.Group, v T) {
	g.Go(func() error { _ = v; return nil }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodTypeParamCtxParamNoScope: a parameter whose type is a type parameter constrained by
// context.Context makes no scope (§0).
func goodTypeParamCtxParamNoScope[C context.Context](c C, g *errgroup.Group) {
	g.Go(func() error { return work(1) })
}
