package spawnapievil

import (
	"context"

	"github.com/sourcegraph/conc/iter"
	"github.com/sourcegraph/conc/pool"
	"golang.org/x/sync/errgroup"
)

// ---------------------------------------------------------------------------
// Package names shadowed (or not) by receivers, parameters, named results, range and
// type-switch variables, literal parameters and locals (§2.3, §10.2). Parameter types are
// resolved outside the function body, so `pool *pool.Pool` is legal and `pool` then denotes
// the parameter in the body.
// ---------------------------------------------------------------------------

// svc embeds *errgroup.Group.
type svc struct{ *errgroup.Group }

// badReceiverNamedErrgroup: the receiver named errgroup is an *svc: Go is promoted from
// errgroup.Group.
func (errgroup *svc) badReceiverNamedErrgroup(ctx context.Context) {
	errgroup.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodReceiverNamedIter: the receiver named iter is a localIter.
func (iter localIter) goodReceiverNamedIter(ctx context.Context, xs []int) {
	iter.ForEach(xs, func(x *int) { _ = work(*x) })
}

// goodNamedResultNamedPool: the named result pool is a fakePool.
func goodNamedResultNamedPool(ctx context.Context) (pool fakePool) {
	pool.Go(func() { _ = work(1) })
	return
}

// goodRangeVariableNamedErrgroup: the range variable errgroup is a fakeRunner.
func goodRangeVariableNamedErrgroup(ctx context.Context, fakes []fakeRunner) {
	for _, errgroup := range fakes {
		errgroup.Go(func() error { return work(1) })
	}
}

// goodTypeSwitchVariableNamedIter: in the clause, iter is a localIter.
func goodTypeSwitchVariableNamedIter(ctx context.Context, v any, xs []int) {
	switch iter := v.(type) {
	case localIter:
		iter.ForEach(xs, func(x *int) { _ = work(*x) })
	}
}

// goodLiteralParamNamedErrgroup: inside the literal, errgroup is its fakeRunner parameter.
func goodLiteralParamNamedErrgroup(ctx context.Context) {
	func(errgroup fakeRunner) {
		errgroup.Go(func() error { return work(1) })
	}(fakeRunner{})
}

// badParamNamedPoolIsPool: the parameter pool is a real *pool.Pool.
func badParamNamedPoolIsPool(ctx context.Context, pool *pool.Pool) {
	pool.Go(func() { _ = work(1) }) // want `^pool\.Pool\.Go\(\) closure should use context "ctx"$`
}

// badParamNamedIterIsIterator: `iter.ForEach` is the Iterator method, so the display is
// iter.Iterator.ForEach, not the package function iter.ForEach.
func badParamNamedIterIsIterator(ctx context.Context, iter iter.Iterator[int], xs []int) {
	iter.ForEach(xs, func(x *int) { _ = work(*x) }) // want `^iter\.Iterator\.ForEach\(\) closure should use context "ctx"$`
}

// goodLocalStructNamedIter: `iter.ForEach` calls a function-typed field of a local variable.
func goodLocalStructNamedIter(ctx context.Context, xs []int) {
	iter := struct{ ForEach func([]int, func(*int)) }{ForEach: func([]int, func(*int)) {}}
	iter.ForEach(xs, func(x *int) { _ = work(*x) })
}

// badUseBeforeShadowingDeclaration: a local's scope starts after its declaration: the first
// call is conc's iter.ForEach, the second the local's method.
func badUseBeforeShadowingDeclaration(ctx context.Context, xs []int) {
	iter.ForEach(xs, func(x *int) { _ = work(*x) }) // want `^iter\.ForEach\(\) closure should use context "ctx"$`
	iter := localIter{}
	iter.ForEach(xs, func(x *int) { _ = work(*x) })
}

// badShadowOnlyInsideClosure: the variable named pool exists only inside the closure.
func badShadowOnlyInsideClosure(ctx context.Context) {
	func() {
		pool := fakePool{}
		pool.Go(func() { _ = work(1) })
	}()
	p := pool.New()
	p.Go(func() { _ = work(2) }) // want `^pool\.Pool\.Go\(\) closure should use context "ctx"$`
}

// goodParamNamedCtxOfOtherType: a parameter named ctx that is not a context makes no scope
// (§2.3); with no other ctx-ish parameter nothing is checked.
func goodParamNamedCtxOfOtherType(ctx string, g *errgroup.Group) {
	g.Go(func() error { return work(len(ctx)) })
}
