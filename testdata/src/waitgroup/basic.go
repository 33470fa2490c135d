// Package waitgroup holds the fixtures of the waitgroup checker (SPEC §3.4) with default
// flags: inside a ctx scope (SPEC §2), the callback handed to sync.WaitGroup.Go (Go 1.25) must
// use a context, by the callback rule shared with errgroup (SPEC §3.3). Diagnostics sit on the
// line of the `Go` selector identifier (SPEC §3.0.5).
//
// basic.go: receiver forms, the literal row of the callback rule, context detection and the
// classic Add/Done + go pattern (the goroutine checker's business). advanced.go: identifier,
// call, selector, index and other callback forms, and ignore directives. evil.go: lookalikes,
// aliases, embedding, nesting and upstream quirks. go125.go / go125_fallback.go: build
// constraints (SPEC §1.2).
package waitgroup

import (
	"context"
	"sync"

	"waitgroup/lib"
)

// Helpers: no go statements and no WaitGroup.Go calls, so nothing is checked in them.

func use(ctx context.Context) { _ = ctx }

func work() {}

func process(s string) { _ = s }

// pkgCtx is a package-level context: never captured by a direct literal (P2 (a)), but an
// identifier of context type for flat-body checks (P3).
var pkgCtx = context.Background()

// cond is an opaque condition.
var cond bool

// ---------------------------------------------------------------------------
// Receiver forms (SPEC §3.3 "receiver obtained any way", §10.4): each reported and silent.
// ---------------------------------------------------------------------------

// badVarValue: `var wg sync.WaitGroup`.
func badVarValue(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// goodVarValue: the callback captures the context.
func goodVarValue(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { use(ctx) })
	wg.Wait()
}

// badNew: `new(sync.WaitGroup)`.
func badNew(ctx context.Context) {
	wg := new(sync.WaitGroup)
	wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// goodNew: same receiver, the callback selects on the context.
func goodNew(ctx context.Context) {
	wg := new(sync.WaitGroup)
	wg.Go(func() { <-ctx.Done() })
	wg.Wait()
}

// badAddrCompositeLit: `&sync.WaitGroup{}`.
func badAddrCompositeLit(ctx context.Context) {
	wg := &sync.WaitGroup{}
	wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// goodAddrCompositeLit: `_ = ctx` is a capture.
func goodAddrCompositeLit(ctx context.Context) {
	wg := &sync.WaitGroup{}
	wg.Go(func() { _ = ctx })
	wg.Wait()
}

// badValueCompositeLit: `sync.WaitGroup{}` bound with := (addressable variable).
func badValueCompositeLit(ctx context.Context) {
	wg := sync.WaitGroup{}
	wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// badPointerParam: a `*sync.WaitGroup` parameter.
func badPointerParam(ctx context.Context, wg *sync.WaitGroup) {
	wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
}

// goodPointerParam: same, the callback uses the context.
func goodPointerParam(ctx context.Context, wg *sync.WaitGroup) {
	wg.Go(func() { use(ctx) })
}

// service holds wait groups in fields, and a context in a field.
type service struct {
	wg   sync.WaitGroup
	pwg  *sync.WaitGroup
	ctx  context.Context
	name string
}

// badField: a struct field `s.wg.Go`, struct declared in this package.
func (s *service) badField(ctx context.Context) {
	s.wg.Go(func() { process(s.name) }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
}

// goodField: same receiver, the callback captures the context parameter.
func (s *service) goodField(ctx context.Context) {
	s.wg.Go(func() { use(ctx) })
}

// badPointerField: a `*sync.WaitGroup` field.
func (s *service) badPointerField(ctx context.Context) {
	s.pwg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
}

// goodPointerField: same receiver, passing.
func (s *service) goodPointerField(ctx context.Context) {
	s.pwg.Go(func() { use(ctx) })
}

// badContextFieldOfCapturedStruct: `s.ctx` is a field of the captured receiver `s`, which is
// not itself ctx-ish: no capture of a context (P2).
func (s *service) badContextFieldOfCapturedStruct(ctx context.Context) {
	s.wg.Go(func() { use(s.ctx) }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
}

// outer nests a service by value.
type outer struct{ svc service }

// badNestedField: a field chain `o.svc.wg.Go`.
func badNestedField(ctx context.Context, o *outer) {
	o.svc.wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
}

// goodNestedField: same chain, passing.
func goodNestedField(ctx context.Context, o *outer) {
	o.svc.wg.Go(func() { use(ctx) })
}

// badLibField: a field of a struct declared in another package (waitgroup/lib).
func badLibField(ctx context.Context, r *lib.Runner) {
	r.WG.Go(func() { process(r.Name) }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
}

// goodLibField: same, passing.
func goodLibField(ctx context.Context, r *lib.Runner) {
	r.WG.Go(func() { use(ctx) })
}

// badLibPointerField: a pointer field of the other package's struct.
func badLibPointerField(ctx context.Context, r *lib.Runner) {
	r.Ptr.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
}

// group embeds sync.WaitGroup: Go is promoted.
type group struct {
	sync.WaitGroup
	name string
}

// badEmbedded: the promoted `g.Go`.
func badEmbedded(ctx context.Context) {
	var g group
	g.Go(func() { process(g.name) }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	g.Wait()
}

// goodEmbedded: same, passing.
func goodEmbedded(ctx context.Context) {
	var g group
	g.Go(func() { use(ctx) })
	g.Wait()
}

// pgroup embeds a pointer to sync.WaitGroup.
type pgroup struct {
	*sync.WaitGroup
}

// badEmbeddedPointer: the method promoted through an embedded pointer.
func badEmbeddedPointer(ctx context.Context) {
	g := pgroup{WaitGroup: new(sync.WaitGroup)}
	g.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	g.Wait()
}

// goodEmbeddedPointer: same, passing.
func goodEmbeddedPointer(ctx context.Context) {
	g := pgroup{WaitGroup: new(sync.WaitGroup)}
	g.Go(func() { use(ctx) })
	g.Wait()
}

// badLibEmbedded: the promoted method of a struct declared in another package.
func badLibEmbedded(ctx context.Context) {
	var g lib.Group
	g.Go(func() { process(g.Label) }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	g.Wait()
}

// goodLibEmbedded: same, passing.
func goodLibEmbedded(ctx context.Context, g *lib.Group) {
	g.Go(func() { use(ctx) })
}

// badLibConstructorResult: the receiver is the result of another package's function.
func badLibConstructorResult(ctx context.Context) {
	lib.NewGroup().Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
}

// goodMethodExpression: `(*sync.WaitGroup).Go(&wg, f)` identifies the method but the receiver
// becomes argument 0, so the callback index lands on `&wg`, which is not a function: pass
// (SPEC §3.0.2), even though the real callback ignores the context.
func goodMethodExpression(ctx context.Context) {
	var wg sync.WaitGroup
	(*sync.WaitGroup).Go(&wg, func() { work() })
	wg.Wait()
}

// goodMethodValue: the callee of `run(...)` is a variable of function type, never identified
// (SPEC §3.0.2).
func goodMethodValue(ctx context.Context) {
	var wg sync.WaitGroup
	run := wg.Go
	run(func() { work() })
	wg.Wait()
}

// ---------------------------------------------------------------------------
// Literal callbacks: P2 (captures a context, at any depth). P1 cannot occur: Go takes a
// func() and a literal with a context parameter would not compile.
// ---------------------------------------------------------------------------

// goodNestedClosureCapture: a capture inside a nested closure counts for an inline literal.
func goodNestedClosureCapture(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() {
		retry := func() { use(ctx) }
		retry()
	})
	wg.Wait()
}

// goodDeferredClosureCapture: a capture inside a deferred closure counts.
func goodDeferredClosureCapture(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() {
		defer func() { use(ctx) }()
		work()
	})
	wg.Wait()
}

// goodDeepCapture: a capture three literals deep counts.
func goodDeepCapture(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() {
		func() {
			func() {
				_ = ctx
			}()
		}()
	})
	wg.Wait()
}

// goodDerivedLocalCaptured: a local context declared outside the callback counts (SPEC §2.2).
func goodDerivedLocalCaptured(ctx context.Context) {
	c, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	wg.Go(func() { use(c) })
	wg.Wait()
}

// badLocalContextInsideLiteral: a context created inside the literal is not captured.
func badLocalContextInsideLiteral(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
		c := context.Background()
		use(c)
	})
	wg.Wait()
}

// badPackageLevelContext: a package-level context is not a captured variable.
func badPackageLevelContext(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { use(pkgCtx) }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// badCapturesOnlyCancel: capturing the cancel function is not a context capture.
func badCapturesOnlyCancel(ctx context.Context) {
	c, cancel := context.WithCancel(ctx)
	defer cancel()
	use(c)
	var wg sync.WaitGroup
	wg.Go(func() { cancel() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// badMultiLineLiteral: a multi-line call is reported on the `Go` line.
func badMultiLineLiteral(ctx context.Context, items []string) {
	var wg sync.WaitGroup
	for _, it := range items {
		wg.Go(func() { // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
			process(it)
		})
	}
	wg.Wait()
}

// ---------------------------------------------------------------------------
// Context detection (SPEC §2.1): N is the first ctx param of the nearest ctx scope.
// ---------------------------------------------------------------------------

// goodNoContextParam: no ctx scope, nothing is checked.
func goodNoContextParam() {
	var wg sync.WaitGroup
	wg.Go(func() { work() })
	wg.Wait()
}

// goodLocalContextOnly: a locally created context does not make a ctx scope.
func goodLocalContextOnly() {
	ctx := context.Background()
	var wg sync.WaitGroup
	wg.Go(func() { work() })
	wg.Wait()
	use(ctx)
}

// badOtherName: N is the first context parameter, whatever its name.
func badOtherName(limit int, reqCtx context.Context, audit context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "reqCtx"$`
	wg.Wait()
	_ = limit
}

// goodOtherContextUsed: any captured context counts, not only N (SPEC §2.2).
func goodOtherContextUsed(reqCtx context.Context, audit context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { use(audit) })
	wg.Wait()
}

// badGroupedParams: `a, b context.Context` contributes a, then b.
func badGroupedParams(a, b context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "a"$`
	wg.Wait()
}

// badBlankParam: a parameter named `_` makes a scope with N = `_`.
func badBlankParam(_ context.Context, wg *sync.WaitGroup) {
	wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "_"$`
}

// goodUnnamedParam: an unnamed context parameter makes no scope.
func goodUnnamedParam(context.Context, *sync.WaitGroup) {
	var wg sync.WaitGroup
	wg.Go(func() { work() })
	wg.Wait()
}

// badNestedScopeChangesName: a nested literal with its own context parameter becomes the scope.
func badNestedScopeChangesName(parent context.Context) {
	func(inner context.Context) {
		var wg sync.WaitGroup
		wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "inner"$`
		wg.Wait()
	}(parent)
}

// goodNestedScopeOuterContextCaptured: in the nested scope, capturing the outer context is
// still context use.
func goodNestedScopeOuterContextCaptured(parent context.Context) {
	func(inner context.Context) {
		var wg sync.WaitGroup
		wg.Go(func() { use(parent) })
		wg.Wait()
		use(inner)
	}(parent)
}

// badTransparentClosure: a literal without context parameters is transparent.
func badTransparentClosure(reqCtx context.Context) {
	wrap := func() {
		var wg sync.WaitGroup
		wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "reqCtx"$`
		wg.Wait()
	}
	_ = wrap
}

// badLiteralScopeInPlainFunc: a literal with a context parameter inside a function without
// one is a ctx scope of its own.
func badLiteralScopeInPlainFunc() {
	handler := func(c context.Context) {
		var wg sync.WaitGroup
		wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "c"$`
		wg.Wait()
	}
	handler(context.Background())
}

// badPointerToContextParam: `*context.Context` is ctx-ish.
func badPointerToContextParam(pctx *context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "pctx"$`
	wg.Wait()
}

// goodVariadicContextNotScope: `...context.Context` does not make a scope.
func goodVariadicContextNotScope(ctxs ...context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { work() })
	wg.Wait()
}

// goodResultOnlyContext: a context result does not make a scope.
func goodResultOnlyContext() (ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { work() })
	wg.Wait()
	return nil
}

// badGeneric: generic functions are checked like any other.
func badGeneric[T any](ctx context.Context, xs []T) {
	var wg sync.WaitGroup
	for _, x := range xs {
		wg.Go(func() { _ = x }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	}
	wg.Wait()
}

// ---------------------------------------------------------------------------
// The classic pattern: `wg.Add(1); go func(){ defer wg.Done() ... }()` is the goroutine
// checker's business (SPEC §3.1, §3.4), reported at the `go` keyword with its own message.
// ---------------------------------------------------------------------------

// badClassicAddDone: the go statement is reported by the goroutine checker; Add/Done/Wait
// are not checked by anyone.
func badClassicAddDone(ctx context.Context, items []string) {
	var wg sync.WaitGroup
	for _, it := range items {
		wg.Add(1)
		go func() { // want `^goroutine does not propagate context "ctx"$`
			defer wg.Done()
			process(it)
		}()
	}
	wg.Wait()
}

// goodClassicAddDone: the goroutine captures the context.
func goodClassicAddDone(ctx context.Context, items []string) {
	var wg sync.WaitGroup
	for _, it := range items {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if ctx.Err() == nil {
				process(it)
			}
		}()
	}
	wg.Wait()
}

// badSideBySide: the same work both ways; each checker reports with its own message and
// position.
func badSideBySide(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // want `^goroutine does not propagate context "ctx"$`
		defer wg.Done()
		work()
	}()
	wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}
