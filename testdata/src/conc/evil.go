package conc

import (
	"context"
	stditer "iter"

	"github.com/sourcegraph/conc"
	"github.com/sourcegraph/conc/iter"
	"github.com/sourcegraph/conc/pool"
	"github.com/sourcegraph/conc/stream"
)

// ---------------------------------------------------------------------------
// Look-alikes: same names, other packages or other objects. All silent unless marked.
// ---------------------------------------------------------------------------

// evilStdIterBeside: the standard library's iter (as stditer) beside conc's iter: only conc's
// ForEach is matched.
func evilStdIterBeside(ctx context.Context, xs []int) {
	var seq stditer.Seq[int] = func(yield func(int) bool) {
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
	seq(func(x int) bool { work(x); return true })
	for x := range seq {
		work(x)
	}
	iter.ForEach(xs, func(x *int) { work(*x) }) // want `^iter\.ForEach\(\) closure should use context "ctx"$`
}

// ForEach is a local function with conc's name and shape.
func ForEach[T any](input []T, f func(*T)) {
	for i := range input {
		f(&input[i])
	}
}

// evilLocalForEach: a call of the local ForEach is not conc's.
func evilLocalForEach(ctx context.Context, xs []int) {
	ForEach(xs, func(x *int) { work(*x) })
}

// Pool is a local type with a Go method (it runs f synchronously: no go statement).
type Pool struct{ n int }

// Go runs f.
func (p *Pool) Go(f func()) {
	p.n++
	f()
}

// evilLocalPoolType: a method Go of a local type named Pool.
func evilLocalPoolType(ctx context.Context) {
	var p Pool
	p.Go(func() { work(1) })
}

// evilPoolVariableShadowsImport: a variable named pool hides the import; it is a local Pool.
func evilPoolVariableShadowsImport(ctx context.Context) {
	pool := &Pool{}
	pool.Go(func() { work(1) })
}

// evilPoolVariableHoldsConcPool: `pool := pool.New()` — the right side still names the package,
// so the variable is a conc *pool.Pool and its Go is matched.
func evilPoolVariableHoldsConcPool(ctx context.Context) {
	pool := pool.New()
	pool.Go(func() { work(1) }) // want `^pool\.Pool\.Go\(\) closure should use context "ctx"$`
	pool.Wait()
}

// localIter has a conc-like ForEach method.
type localIter struct{}

// ForEach calls f on each element.
func (localIter) ForEach(xs []int, f func(*int)) {
	for i := range xs {
		f(&xs[i])
	}
}

// evilIterVariableShadowsImport: a variable named iter hides conc's iter.
func evilIterVariableShadowsImport(ctx context.Context, xs []int) {
	iter := localIter{}
	iter.ForEach(xs, func(x *int) { work(*x) })
}

// goer is a named interface with a Go method.
type goer interface{ Go(func()) }

// evilNamedInterfaceGo: a method of a local interface, even when a conc pool is behind it.
func evilNamedInterfaceGo(ctx context.Context) {
	var g goer = pool.New()
	g.Go(func() { work(1) })
}

// evilAnonymousInterfaceGo: a method of an anonymous interface.
func evilAnonymousInterfaceGo(ctx context.Context, g interface{ Go(func()) }) {
	g.Go(func() { work(1) })
}

// ---------------------------------------------------------------------------
// Tracing quirks (P4).
// ---------------------------------------------------------------------------

// evilSwitchThenReassignedBad: both switch assignments use the context, but the unconditional
// reassignment after the call (the last unconditional entry) does not.
func evilSwitchThenReassignedBad(ctx context.Context, mode int, xs []int) {
	var visit func(*int)
	switch mode {
	case 1:
		visit = func(x *int) { use(ctx) }
	default:
		visit = func(x *int) { _ = ctx }
	}
	iter.ForEach(xs, visit) // want `^iter\.ForEach\(\) closure should use context "ctx"$`
	visit = func(x *int) { work(*x) }
	_ = visit
}

// evilSwitchThenReassignedGood: both switch assignments ignore the context, but the last
// unconditional entry (after the call) mentions it: earlier entries are irrelevant.
func evilSwitchThenReassignedGood(ctx context.Context, mode int, xs []int) {
	var visit func(*int)
	switch mode {
	case 1:
		visit = func(x *int) { work(*x) }
	default:
		visit = func(x *int) { work(-*x) }
	}
	iter.ForEach(xs, visit)
	visit = func(x *int) { use(ctx) }
	_ = visit
}

// evilSwitchOneBad: only conditional entries: every one is checked; one ignores the context.
func evilSwitchOneBad(ctx context.Context, mode int) {
	var task func() error
	switch mode {
	case 1:
		task = func() error { return ctx.Err() }
	default:
		task = func() error { return nil }
	}
	p := pool.New().WithErrors()
	p.Go(task) // want `^pool\.ErrorPool\.Go\(\) closure should use context "ctx"$`
	_ = p.Wait()
}

// evilTracedPackageLevelContext: a traced literal mentioning a package-level context passes
// (P3 counts any ctx-typed identifier).
func evilTracedPackageLevelContext(ctx context.Context, xs []int) {
	visit := func(x *int) { use(pkgCtx) }
	iter.ForEach(xs, visit)
}

// evilTracedVarDeclSpellsContext: P3 counts the spelled type name context.Context.
func evilTracedVarDeclSpellsContext(ctx context.Context, xs []int) {
	visit := func(x *int) {
		var c context.Context
		_ = c
	}
	iter.ForEach(xs, visit)
}

// evilStreamTaskVarDecl: a `var` declaration with a literal is not traced.
func evilStreamTaskVarDecl(ctx context.Context) {
	var task stream.Task = func() stream.Callback { return nil }
	s := stream.New()
	s.Go(task)
	s.Wait()
}

// evilStreamTaskConversion: a conversion is a call to a type, not a local factory: it passes.
func evilStreamTaskConversion(ctx context.Context) {
	s := stream.New()
	s.Go(stream.Task(func() stream.Callback { return nil }))
	task := stream.Task(func() stream.Callback { return nil })
	s.Go(task)
	s.Wait()
}

// evilNilCallback: nil is an identifier with no literal assignments: pass.
func evilNilCallback(ctx context.Context) {
	p := pool.New()
	p.Go(nil)
	p.Wait()
}

// newContextTask is a factory (no context parameter) for ContextPool tasks; the returned literal
// mentions its own parameter in its body.
func newContextTask() func(context.Context) error {
	return func(c context.Context) error { return c.Err() }
}

// evilContextPoolFactory: the factory's returned literal mentions a context (P7 via P3).
func evilContextPoolFactory(ctx context.Context) error {
	p := pool.New().WithContext(ctx)
	p.Go(newContextTask())
	return p.Wait()
}

// ---------------------------------------------------------------------------
// Capture quirks (P2).
// ---------------------------------------------------------------------------

// pkgCtx is a package-level context: never captured.
var pkgCtx = context.Background()

// evilPackageLevelContextNotCaptured: a direct literal using only a package-level context.
func evilPackageLevelContextNotCaptured(ctx context.Context) {
	p := pool.New()
	p.Go(func() { use(pkgCtx) }) // want `^pool\.Pool\.Go\(\) closure should use context "ctx"$`
	p.Wait()
}

// evilLocalContextInsideCallback: a context created inside the direct literal is not captured.
func evilLocalContextInsideCallback(ctx context.Context, xs []int) {
	iter.ForEach(xs, func(x *int) { // want `^iter\.ForEach\(\) closure should use context "ctx"$`
		c := context.TODO()
		use(c)
	})
}

// evilShadowedInsideCallback: `ctx := "label"` shadows the parameter: no capture.
func evilShadowedInsideCallback(ctx context.Context, xs []int) {
	iter.ForEach(xs, func(x *int) { // want `^iter\.ForEach\(\) closure should use context "ctx"$`
		ctx := "label"
		work(len(ctx))
	})
}

// evilReferenceBeforeShadow: a reference before the shadowing declaration is a capture.
func evilReferenceBeforeShadow(ctx context.Context, xs []int) {
	iter.ForEach(xs, func(x *int) {
		use(ctx)
		ctx := "label"
		work(len(ctx))
	})
}

// evilStructFieldNotCapture: a captured struct holding a context is not itself ctx-ish.
func evilStructFieldNotCapture(ctx context.Context, xs []int) {
	job := struct{ c context.Context }{c: ctx}
	iter.ForEach(xs, func(x *int) { use(job.c) }) // want `^iter\.ForEach\(\) closure should use context "ctx"$`
}

// evilNamedContextResult: a named result of context type is neither a parameter (P1) nor a
// captured variable (P2).
func evilNamedContextResult(ctx context.Context) []context.Context {
	p := pool.NewWithResults[context.Context]()
	p.Go(func() (c context.Context) { return }) // want `^pool\.ResultPool\.Go\(\) closure should use context "ctx"$`
	return p.Wait()
}

// evilContextSliceOwnParam: Map over a slice of contexts: the callback's *context.Context
// parameter passes by P1.
func evilContextSliceOwnParam(ctx context.Context, ctxs []context.Context) []error {
	return iter.Map(ctxs, func(c *context.Context) error { return nil })
}

// ctxAlias is an alias of context.Context: a ctx type (§0, §12.7).
type ctxAlias = context.Context

// evilAliasScope: a parameter spelled with an alias of context.Context makes a ctx scope.
func evilAliasScope(c ctxAlias, xs []int) {
	iter.ForEach(xs, func(x *int) { work(*x) }) // want `^iter\.ForEach\(\) closure should use context "c"$`
}

// notCtx is a defined type, not a ctx type.
type notCtx context.Context

// evilDefinedTypeNoScope: a parameter of a defined type does not make a ctx scope.
func evilDefinedTypeNoScope(c notCtx, xs []int) {
	iter.ForEach(xs, func(x *int) { work(*x) })
}

// ---------------------------------------------------------------------------
// Where calls occur: calls are visited everywhere (§3.0.1).
// ---------------------------------------------------------------------------

// evilGoStatementOfConcCall: `go p.Go(f)` — the goroutine checker passes the method value
// (P8), the conc checker still examines the call.
func evilGoStatementOfConcCall(ctx context.Context) {
	p := pool.New()
	go p.Go(func() { work(1) }) // want `^pool\.Pool\.Go\(\) closure should use context "ctx"$`
}

// evilDeferredConcCall: a deferred call is a call.
func evilDeferredConcCall(ctx context.Context) {
	wg := conc.NewWaitGroup()
	defer wg.Wait()
	defer wg.Go(func() { work(1) }) // want `^conc\.WaitGroup\.Go\(\) closure should use context "ctx"$`
}

// evilCallInArguments: a conc call nested in another call's arguments.
func evilCallInArguments(ctx context.Context, xs []int) {
	work(len(iter.Map(xs, func(x *int) int { return *x }))) // want `^iter\.Map\(\) closure should use context "ctx"$`
}

// evilNestedConcCallsBothBad: the outer callback captures nothing (the inner one neither):
// both calls are reported.
func evilNestedConcCallsBothBad(ctx context.Context, xs []int) {
	p := pool.New()
	p.Go(func() { // want `^pool\.Pool\.Go\(\) closure should use context "ctx"$`
		iter.ForEach(xs, func(x *int) { work(*x) }) // want `^iter\.ForEach\(\) closure should use context "ctx"$`
	})
	p.Wait()
}

// evilNestedConcCallsInnerCaptures: the inner capture counts for the outer direct literal too.
func evilNestedConcCallsInnerCaptures(ctx context.Context, xs []int) {
	p := pool.New()
	p.Go(func() {
		iter.ForEach(xs, func(x *int) { use(ctx) })
	})
	p.Wait()
}

// pkgLevelRunner: a literal in a package-level variable initializer is a ctx scope; there P2
// falls back to its flat form P1 || P3 (§3.0.4), so a use only inside a nested closure does not
// count.
var pkgLevelRunner = func(ctx context.Context, xs []int) {
	iter.ForEach(xs, func(x *int) { work(*x) })              // want `^iter\.ForEach\(\) closure should use context "ctx"$`
	iter.ForEach(xs, func(x *int) { func() { use(ctx) }() }) // want `^iter\.ForEach\(\) closure should use context "ctx"$`
	iter.ForEach(xs, func(x *int) { use(ctx) })
}
