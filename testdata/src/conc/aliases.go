package conc

// In this file the name `iter` is the standard library package; conc's iter and pool are
// imported under other names. APIs are matched by import path and the display name never
// depends on the local name (§3.0.3, §3.5, §10.1).

import (
	"context"
	"iter"

	conciter "github.com/sourcegraph/conc/iter"
	cpool "github.com/sourcegraph/conc/pool"
)

// badAliasedPool: cpool.New() is pool.New(); the message says "pool.Pool.Go".
func badAliasedPool(ctx context.Context) {
	p := cpool.New()
	p.Go(func() { work(1) }) // want `^pool\.Pool\.Go\(\) closure should use context "ctx"$`
	p.Wait()
}

// goodAliasedPool: the callback captures the context.
func goodAliasedPool(ctx context.Context) {
	p := cpool.New()
	p.Go(func() { use(ctx) })
	p.Wait()
}

// badAliasedResultPoolParam: an aliased generic type in a parameter.
func badAliasedResultPoolParam(ctx context.Context, p *cpool.ResultPool[string]) {
	p.Go(func() string { return "" }) // want `^pool\.ResultPool\.Go\(\) closure should use context "ctx"$`
}

// badAliasedConcIter: conciter.ForEach is conc's iter.ForEach.
func badAliasedConcIter(ctx context.Context, xs []int) {
	conciter.ForEach(xs, func(x *int) { work(*x) }) // want `^iter\.ForEach\(\) closure should use context "ctx"$`
}

// badAliasedConcMapper: an aliased Mapper value.
func badAliasedConcMapper(ctx context.Context, xs []int) []bool {
	var m conciter.Mapper[int, bool]
	return m.Map(xs, func(x *int) bool { return *x > 0 }) // want `^iter\.Mapper\.Map\(\) closure should use context "ctx"$`
}

// goodAliasedConcIter: the callback captures the context.
func goodAliasedConcIter(ctx context.Context, xs []int) {
	conciter.ForEachIdx(xs, func(i int, x *int) { use(ctx) })
}

// goodStdIterPull: iter.Pull is the standard library's; its function argument is not a conc
// callback.
func goodStdIterPull(ctx context.Context) {
	next, stop := iter.Pull(iter.Seq[int](func(yield func(int) bool) { yield(1) }))
	defer stop()
	_, _ = next()
}

// goodStdIterSeqCall: calling a standard iter.Seq with a yield literal is a call through a
// variable of function type.
func goodStdIterSeqCall(ctx context.Context, seq iter.Seq[int]) {
	seq(func(v int) bool {
		work(v)
		return true
	})
}
