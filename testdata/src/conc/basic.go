// Package conc holds the fixtures of the conc checker (SPEC §3.5, with the callback rule of §3.3
// and the predicates of §3.0.4): one reported and one silent case per row of the API table plus
// the context detection of §2 in basic.go; receiver forms, generic instantiations, callee
// identification (§3.0.2) and the callback-rule rows in advanced.go; aliased imports and the
// standard library's iter package in aliases.go; ignore directives (filed under `errgroup`) in
// directive.go; look-alikes and quirks in evil.go; dot imports in dotimport/.
//
// The package is itself named conc: the import of github.com/sourcegraph/conc (default name
// conc as well) is legal and resolves by import path, never by the local package's name.
package conc

import (
	"context"

	"github.com/sourcegraph/conc"
	"github.com/sourcegraph/conc/iter"
	"github.com/sourcegraph/conc/pool"
	"github.com/sourcegraph/conc/stream"
)

// Helpers: they contain no go statement and no conc call, so nothing is checked in them.

func use(ctx context.Context) { _ = ctx }

func work(n int) { _ = n }

func ctxLabel(ctx context.Context) string {
	_ = ctx
	return "label"
}

// ---------------------------------------------------------------------------
// One reported and one silent case per row of the §3.5 table.
// ---------------------------------------------------------------------------

// badWaitGroupGo: conc.WaitGroup.Go with a callback that ignores the context.
func badWaitGroupGo(ctx context.Context) {
	wg := conc.NewWaitGroup()
	wg.Go(func() { // want `^conc\.WaitGroup\.Go\(\) closure should use context "ctx"$`
		work(1)
	})
	wg.Wait()
}

// goodWaitGroupGo: the callback captures the context (P2).
func goodWaitGroupGo(ctx context.Context) {
	wg := conc.NewWaitGroup()
	wg.Go(func() { use(ctx) })
	wg.Wait()
}

// badConcPoolGo: the root package's Pool (a zero value: the stub has no constructor).
func badConcPoolGo(ctx context.Context) {
	var p conc.Pool
	p.Go(func() { work(1) }) // want `^conc\.Pool\.Go\(\) closure should use context "ctx"$`
	p.Wait()
}

// goodConcPoolGo: selecting on the captured context is a capture.
func goodConcPoolGo(ctx context.Context) {
	var p conc.Pool
	p.Go(func() { <-ctx.Done() })
	p.Wait()
}

// badPoolGo: pool.Pool.Go from pool.New().
func badPoolGo(ctx context.Context) {
	p := pool.New()
	p.Go(func() { work(1) }) // want `^pool\.Pool\.Go\(\) closure should use context "ctx"$`
	p.Wait()
}

// goodPoolGo: the callback captures the context.
func goodPoolGo(ctx context.Context) {
	p := pool.New()
	p.Go(func() { use(ctx) })
	p.Wait()
}

// badResultPoolGo: pool.ResultPool[int].Go; type arguments never appear in the message.
func badResultPoolGo(ctx context.Context) []int {
	p := pool.NewWithResults[int]()
	p.Go(func() int { return 1 }) // want `^pool\.ResultPool\.Go\(\) closure should use context "ctx"$`
	return p.Wait()
}

// goodResultPoolGo: the callback consults the context.
func goodResultPoolGo(ctx context.Context) []int {
	p := pool.NewWithResults[int]()
	p.Go(func() int {
		if ctx.Err() != nil {
			return 0
		}
		return 1
	})
	return p.Wait()
}

// goodContextPoolGo: ContextPool callbacks must take a context: P1 passes although the body
// ignores it. (The stub signature admits no literal without a context parameter.)
func goodContextPoolGo(ctx context.Context) error {
	p := pool.New().WithContext(ctx)
	p.Go(func(c context.Context) error {
		work(1)
		return nil
	})
	return p.Wait()
}

// goodContextPoolUnnamedParam: P1 also accepts an unnamed context parameter.
func goodContextPoolUnnamedParam(ctx context.Context) error {
	p := pool.New().WithContext(ctx)
	p.Go(func(context.Context) error { return nil })
	return p.Wait()
}

// goodResultContextPoolGo: ResultContextPool callbacks take a context too (here named _).
func goodResultContextPoolGo(ctx context.Context) ([]string, error) {
	p := pool.NewWithResults[string]().WithContext(ctx)
	p.Go(func(_ context.Context) (string, error) { return "x", nil })
	return p.Wait()
}

// badErrorPoolGo: pool.ErrorPool.Go from pool.New().WithErrors().
func badErrorPoolGo(ctx context.Context) error {
	p := pool.New().WithErrors()
	p.Go(func() error { return nil }) // want `^pool\.ErrorPool\.Go\(\) closure should use context "ctx"$`
	return p.Wait()
}

// goodErrorPoolGo: the callback returns the context's error.
func goodErrorPoolGo(ctx context.Context) error {
	p := pool.New().WithErrors()
	p.Go(func() error { return ctx.Err() })
	return p.Wait()
}

// badResultErrorPoolGo: pool.ResultErrorPool[string].Go.
func badResultErrorPoolGo(ctx context.Context) ([]string, error) {
	p := pool.NewWithResults[string]().WithErrors()
	p.Go(func() (string, error) { return "x", nil }) // want `^pool\.ResultErrorPool\.Go\(\) closure should use context "ctx"$`
	return p.Wait()
}

// goodResultErrorPoolGo: the callback captures the context.
func goodResultErrorPoolGo(ctx context.Context) ([]string, error) {
	p := pool.NewWithResults[string]().WithErrors()
	p.Go(func() (string, error) { return ctxLabel(ctx), nil })
	return p.Wait()
}

// badStreamGo: stream.Stream.Go; the task neither captures a context nor returns a callback
// that does.
func badStreamGo(ctx context.Context) {
	s := stream.New()
	s.Go(func() stream.Callback { // want `^stream\.Stream\.Go\(\) closure should use context "ctx"$`
		work(1)
		return func() {}
	})
	s.Wait()
}

// goodStreamGo: P2 counts a capture at any depth, here inside the returned callback.
func goodStreamGo(ctx context.Context) {
	s := stream.New().WithMaxGoroutines(2)
	s.Go(func() stream.Callback {
		return func() { use(ctx) }
	})
	s.Wait()
}

// badIterForEach: iter.ForEach, callback at index 1.
func badIterForEach(ctx context.Context, xs []int) {
	iter.ForEach(xs, func(x *int) { work(*x) }) // want `^iter\.ForEach\(\) closure should use context "ctx"$`
}

// goodIterForEach: `_ = ctx` is a capture.
func goodIterForEach(ctx context.Context, xs []int) {
	iter.ForEach(xs, func(x *int) {
		_ = ctx
		work(*x)
	})
}

// badIterForEachIdx: iter.ForEachIdx.
func badIterForEachIdx(ctx context.Context, xs []int) {
	iter.ForEachIdx(xs, func(i int, x *int) { work(i + *x) }) // want `^iter\.ForEachIdx\(\) closure should use context "ctx"$`
}

// goodIterForEachIdx: the callback captures the context.
func goodIterForEachIdx(ctx context.Context, xs []int) {
	iter.ForEachIdx(xs, func(i int, x *int) { use(ctx) })
}

// badIterMap: iter.Map inside a return statement.
func badIterMap(ctx context.Context, xs []int) []string {
	return iter.Map(xs, func(x *int) string { return "" }) // want `^iter\.Map\(\) closure should use context "ctx"$`
}

// goodIterMap: the callback captures the context.
func goodIterMap(ctx context.Context, xs []int) []string {
	return iter.Map(xs, func(x *int) string { return ctxLabel(ctx) })
}

// badIterMapErr: iter.MapErr.
func badIterMapErr(ctx context.Context, xs []int) ([]int, error) {
	return iter.MapErr(xs, func(x *int) (int, error) { return *x, nil }) // want `^iter\.MapErr\(\) closure should use context "ctx"$`
}

// goodIterMapErr: the callback returns the context's error.
func goodIterMapErr(ctx context.Context, xs []int) ([]int, error) {
	return iter.MapErr(xs, func(x *int) (int, error) { return *x, ctx.Err() })
}

// badIteratorForEach: iter.Iterator[int].ForEach.
func badIteratorForEach(ctx context.Context, xs []int) {
	it := iter.Iterator[int]{MaxGoroutines: 2}
	it.ForEach(xs, func(x *int) { work(*x) }) // want `^iter\.Iterator\.ForEach\(\) closure should use context "ctx"$`
}

// goodIteratorForEach: the callback captures the context.
func goodIteratorForEach(ctx context.Context, xs []int) {
	it := iter.Iterator[int]{MaxGoroutines: 2}
	it.ForEach(xs, func(x *int) { use(ctx) })
}

// badIteratorForEachIdx: iter.Iterator[int].ForEachIdx.
func badIteratorForEachIdx(ctx context.Context, xs []int) {
	var it iter.Iterator[int]
	it.ForEachIdx(xs, func(i int, x *int) { work(i) }) // want `^iter\.Iterator\.ForEachIdx\(\) closure should use context "ctx"$`
}

// goodIteratorForEachIdx: the callback captures the context.
func goodIteratorForEachIdx(ctx context.Context, xs []int) {
	var it iter.Iterator[int]
	it.ForEachIdx(xs, func(i int, x *int) { <-ctx.Done() })
}

// badMapperMap: iter.Mapper[int, string].Map.
func badMapperMap(ctx context.Context, xs []int) []string {
	m := iter.Mapper[int, string]{MaxGoroutines: 4}
	return m.Map(xs, func(x *int) string { return "" }) // want `^iter\.Mapper\.Map\(\) closure should use context "ctx"$`
}

// goodMapperMap: the callback captures the context.
func goodMapperMap(ctx context.Context, xs []int) []string {
	m := iter.Mapper[int, string]{MaxGoroutines: 4}
	return m.Map(xs, func(x *int) string { return ctxLabel(ctx) })
}

// badMapperMapErr: iter.Mapper[int, string].MapErr.
func badMapperMapErr(ctx context.Context, xs []int) ([]string, error) {
	var m iter.Mapper[int, string]
	return m.MapErr(xs, func(x *int) (string, error) { return "", nil }) // want `^iter\.Mapper\.MapErr\(\) closure should use context "ctx"$`
}

// goodMapperMapErr: the callback returns the context's error.
func goodMapperMapErr(ctx context.Context, xs []int) ([]string, error) {
	var m iter.Mapper[int, string]
	return m.MapErr(xs, func(x *int) (string, error) { return "", ctx.Err() })
}

// ---------------------------------------------------------------------------
// Context detection (§2): which function supplies the context and the printed name N.
// ---------------------------------------------------------------------------

// goodNoContextParam: no ctx scope, nothing is checked.
func goodNoContextParam(xs []int) {
	iter.ForEach(xs, func(x *int) { work(*x) })
	p := pool.New()
	p.Go(func() { work(1) })
	p.Wait()
}

// goodLocalContextOnly: creating a context locally does not make a ctx scope.
func goodLocalContextOnly(xs []int) {
	ctx := context.Background()
	iter.ForEach(xs, func(x *int) { work(*x) })
	use(ctx)
}

// goodCtxNamedString: a parameter named ctx of type string is not a context (§2.3).
func goodCtxNamedString(ctx string, xs []int) {
	iter.ForEach(xs, func(x *int) { work(len(ctx)) })
}

// badNameIsFirstCtxParam: N is the first context parameter, wherever it sits.
func badNameIsFirstCtxParam(limit int, reqCtx context.Context, audit context.Context) {
	p := pool.New().WithMaxGoroutines(limit)
	p.Go(func() { work(limit) }) // want `^pool\.Pool\.Go\(\) closure should use context "reqCtx"$`
	p.Wait()
}

// goodSecondCtxParamUsed: any context counts, not only N (§2.2).
func goodSecondCtxParamUsed(reqCtx context.Context, audit context.Context) {
	p := pool.New()
	p.Go(func() { use(audit) })
	p.Wait()
}

// goodDerivedLocalContext: a context-typed local declared outside the callback is captured.
func goodDerivedLocalContext(ctx context.Context, xs []int) {
	c, cancel := context.WithCancel(ctx)
	defer cancel()
	iter.ForEach(xs, func(x *int) { use(c) })
}

// badNestedScopeName: a nested literal with its own context parameter supplies N.
func badNestedScopeName(outer context.Context, xs []int) {
	func(inner context.Context) {
		iter.ForEach(xs, func(x *int) { work(*x) }) // want `^iter\.ForEach\(\) closure should use context "inner"$`
	}(outer)
}

// goodOuterCtxInNestedScope: inside the nested scope, capturing the outer context still counts.
func goodOuterCtxInNestedScope(outer context.Context, xs []int) {
	func(inner context.Context) {
		iter.ForEach(xs, func(x *int) { use(outer) })
	}(outer)
}

// badTransparentClosure: a closure without context parameters is transparent.
func badTransparentClosure(ctx context.Context, xs []int) {
	run := func() {
		iter.ForEach(xs, func(x *int) { work(*x) }) // want `^iter\.ForEach\(\) closure should use context "ctx"$`
	}
	run()
}

// badUnnamedCtxParamNotScope: a literal whose context parameter is unnamed is no scope; the
// outer function's name is printed.
func badUnnamedCtxParamNotScope(reqCtx context.Context, xs []int) {
	f := func(context.Context) {
		iter.ForEach(xs, func(x *int) { work(*x) }) // want `^iter\.ForEach\(\) closure should use context "reqCtx"$`
	}
	f(reqCtx)
}

// badBlankCtxParamScope: a parameter named _ makes a scope with N = "_".
func badBlankCtxParamScope(_ context.Context, xs []int) {
	iter.ForEach(xs, func(x *int) { work(*x) }) // want `^iter\.ForEach\(\) closure should use context "_"$`
}

// badContextPoolCallbackIsScope: the ContextPool callback (passing by P1) is itself the nearest
// ctx scope for the iter call inside it.
func badContextPoolCallbackIsScope(ctx context.Context, xs []int) error {
	p := pool.New().WithContext(ctx)
	p.Go(func(taskCtx context.Context) error {
		iter.ForEach(xs, func(x *int) { work(*x) }) // want `^iter\.ForEach\(\) closure should use context "taskCtx"$`
		return nil
	})
	return p.Wait()
}
