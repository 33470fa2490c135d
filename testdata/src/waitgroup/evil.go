package waitgroup

import (
	"context"
	"sync"
	"unsafe"

	"waitgroup/lib"
)

// Adversarial cases: lookalikes, shadowing, aliases, embedding, nesting, type identity and
// upstream quirks (SPEC §2.3, §3.0.2–§3.0.4, §9, §10, §11, §12.7).

// ---------------------------------------------------------------------------
// Lookalikes: only sync.WaitGroup.Go (package path "sync") is the API.
// ---------------------------------------------------------------------------

// WaitGroup is a local type with the same name and a Go(func()) method.
type WaitGroup struct{ n int }

// Go runs f synchronously.
func (w *WaitGroup) Go(f func()) {
	w.n++
	f()
}

// goodLocalWaitGroupType: the local type is not sync.WaitGroup.
func goodLocalWaitGroupType(ctx context.Context) {
	var wg WaitGroup
	wg.Go(func() { work() })
}

// goodOtherPackageLookalike: lib.Pool.Go is not the API.
func goodOtherPackageLookalike(ctx context.Context, p *lib.Pool) {
	p.Go(func() { work() })
}

// goodVariableNamedSync: a local variable named sync shadows the import; `sync.Go` is the
// local type's method.
func goodVariableNamedSync(ctx context.Context) {
	sync := &WaitGroup{}
	sync.Go(func() { work() })
}

// goer is a named interface with a Go(func()) method.
type goer interface{ Go(func()) }

// goodNamedInterface: a call through an interface is the interface's method, even when the
// dynamic value is a *sync.WaitGroup.
func goodNamedInterface(ctx context.Context, wg *sync.WaitGroup) {
	var g goer = wg
	g.Go(func() { work() })
}

// goodAnonymousInterface: same with an interface literal type.
func goodAnonymousInterface(ctx context.Context) {
	var wg sync.WaitGroup
	var r interface{ Go(func()) } = &wg
	r.Go(func() { work() })
	wg.Wait()
}

// ownGo embeds sync.WaitGroup but declares its own Go, which shadows the promoted one.
type ownGo struct {
	sync.WaitGroup
}

// Go wraps the embedded method (no ctx scope here: not checked).
func (o *ownGo) Go(f func()) { o.WaitGroup.Go(f) }

// goodShadowedPromotedMethod: `o.Go` is ownGo.Go, not sync.WaitGroup.Go.
func goodShadowedPromotedMethod(ctx context.Context) {
	var o ownGo
	o.Go(func() { work() })
	o.Wait()
}

// badExplicitEmbeddedField: naming the embedded field reaches the real method.
func badExplicitEmbeddedField(ctx context.Context) {
	var o ownGo
	o.WaitGroup.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	o.Wait()
}

// ---------------------------------------------------------------------------
// Aliases, defined types, deeper embedding, receiver expressions.
// ---------------------------------------------------------------------------

// WG is an alias: it is sync.WaitGroup.
type WG = sync.WaitGroup

// WGPtr is an alias of the pointer type.
type WGPtr = *sync.WaitGroup

// badTypeAlias: the alias denotes the API type.
func badTypeAlias(ctx context.Context) {
	var wg WG
	wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// goodTypeAlias: same, passing.
func goodTypeAlias(ctx context.Context) {
	wg := new(WG)
	wg.Go(func() { use(ctx) })
	wg.Wait()
}

// badPointerAliasParam: a parameter of an alias of *sync.WaitGroup.
func badPointerAliasParam(ctx context.Context, wg WGPtr) {
	wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
}

// myWG is a defined type: it has none of sync.WaitGroup's methods (`m.Go` would not compile).
type myWG sync.WaitGroup

// badConvertedDefinedType: converting back to *sync.WaitGroup reaches the API.
func badConvertedDefinedType(ctx context.Context) {
	var m myWG
	(*sync.WaitGroup)(&m).Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
}

// embedWG embeds sync.WaitGroup; renamedWG is a defined type over it. A defined type drops the
// declared methods of its source type, but the promoted methods of the embedded field stay.
type embedWG struct {
	sync.WaitGroup
}

type renamedWG embedWG

// badDefinedStructKeepsPromotedMethod: `r.Go` is still sync.WaitGroup.Go.
func badDefinedStructKeepsPromotedMethod(ctx context.Context) {
	var r renamedWG
	r.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	r.Wait()
}

// deepWG embeds a struct that embeds sync.WaitGroup (promotion at depth 2).
type deepWG struct {
	embedWG
	tag string
}

// badDeepPromotion: promotion through two levels.
func badDeepPromotion(ctx context.Context, d *deepWG) {
	d.Go(func() { process(d.tag) }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
}

// badParenthesisedReceiver: a parenthesised receiver still identifies the method.
func badParenthesisedReceiver(ctx context.Context) {
	var wg sync.WaitGroup
	(&wg).Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// goodParenthesisedCallee: a parenthesised callee is never identified (SPEC §3.0.2).
func goodParenthesisedCallee(ctx context.Context) {
	var wg sync.WaitGroup
	(wg.Go)(func() { work() })
	wg.Wait()
}

// badIndexedReceivers: receivers from slice, array and map elements.
func badIndexedReceivers(ctx context.Context, byName map[string]*sync.WaitGroup) {
	ptrs := []*sync.WaitGroup{new(sync.WaitGroup)}
	var arr [2]sync.WaitGroup
	ptrs[0].Go(func() { work() })       // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	arr[1].Go(func() { work() })        // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	byName["a"].Go(func() { work() })   // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	byName["b"].Go(func() { use(ctx) }) // passes
	arr[0].Wait()
}

// badReceiverFromLocalFunction: the receiver is the result of a function of this package.
func badReceiverFromLocalFunction(ctx context.Context) {
	newWG(0).Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
}

// ---------------------------------------------------------------------------
// Where the call sits: inside other calls' arguments, go literals, defer, other callbacks.
// ---------------------------------------------------------------------------

func runNow(f func()) { f() }

// badInsideOtherCallArgument: the call inside a literal passed to another call is visited,
// with the outer scope's N.
func badInsideOtherCallArgument(ctx context.Context) {
	var wg sync.WaitGroup
	runNow(func() {
		wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	})
	wg.Wait()
}

// badInsideGoLiteral: two checkers, two lines: the go statement (goroutine checker) and the
// call inside it (waitgroup checker).
func badInsideGoLiteral(ctx context.Context) {
	var wg sync.WaitGroup
	go func() { // want `^goroutine does not propagate context "ctx"$`
		wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	}()
}

// goodInsideGoLiteral: the callback's capture also counts for the go literal (nested capture).
func goodInsideGoLiteral(ctx context.Context) {
	var wg sync.WaitGroup
	go func() {
		wg.Go(func() { use(ctx) })
	}()
}

// badDeferred: `defer wg.Go(...)` is a call too.
func badDeferred(ctx context.Context) {
	var wg sync.WaitGroup
	defer wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
}

// badInsideDeferredClosure: a call inside a deferred closure.
func badInsideDeferredClosure(ctx context.Context) {
	var wg sync.WaitGroup
	defer func() {
		wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
		wg.Wait()
	}()
}

// badNestedGoCalls: the outer callback only captures wg, the inner one nothing.
func badNestedGoCalls(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
		wg.Go(func() { // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
			work()
		})
	})
	wg.Wait()
}

// goodNestedGoCalls: the inner callback's capture counts for the outer one too.
func goodNestedGoCalls(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() {
		wg.Go(func() { use(ctx) })
	})
	wg.Wait()
}

// ---------------------------------------------------------------------------
// Type identity of captured variables (SPEC §2.3, P2).
// ---------------------------------------------------------------------------

// badShadowedInsideLiteral: after `ctx := "label"` the name is a string.
func badShadowedInsideLiteral(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
		ctx := "label"
		process(ctx)
	})
	wg.Wait()
}

// goodUseBeforeShadow: the reference before the shadowing declaration is the outer context.
func goodUseBeforeShadow(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() {
		use(ctx)
		ctx := "label"
		process(ctx)
	})
	wg.Wait()
}

// badStringNamedCtx: a captured string named ctx is no context; N is the real parameter.
func badStringNamedCtx(real context.Context, ctx string) {
	var wg sync.WaitGroup
	wg.Go(func() { process(ctx) }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "real"$`
	wg.Wait()
}

// goodCapturedPointerToContext: `p := &ctx` has type *context.Context, which is ctx-ish.
func goodCapturedPointerToContext(ctx context.Context) {
	var wg sync.WaitGroup
	p := &ctx
	wg.Go(func() { _ = p })
	wg.Wait()
}

// badCapturedContextSlice: `[]context.Context` is not ctx-ish.
func badCapturedContextSlice(ctx context.Context) {
	var wg sync.WaitGroup
	all := []context.Context{ctx}
	wg.Go(func() { _ = all }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// goodCapturedNamedResult: a named result of context type is a captured variable.
func goodCapturedNamedResult(ctx context.Context) (out context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { _ = out })
	wg.Wait()
	return ctx
}

// badConstantFoldedReference: `unsafe.Sizeof(ctx)` is folded to a constant: no capture
// upstream (SPEC §11.13).
func badConstantFoldedReference(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { _ = unsafe.Sizeof(ctx) }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

// ctxAlias is an alias of context.Context: a parameter of it makes a ctx scope (SPEC §12.7).
type ctxAlias = context.Context

// badAliasContextParam: the alias-typed parameter is N.
func badAliasContextParam(c ctxAlias) {
	var wg sync.WaitGroup
	wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "c"$`
	wg.Wait()
}

// goodAliasContextCaptured: capturing an alias-typed variable is context use.
func goodAliasContextCaptured(ctx context.Context) {
	var c ctxAlias = ctx
	var wg sync.WaitGroup
	wg.Go(func() { _ = c })
	wg.Wait()
}

// definedCtx is a defined type: not a context.
type definedCtx context.Context

// goodDefinedContextTypeNotScope: a parameter of a defined type makes no scope.
func goodDefinedContextTypeNotScope(c definedCtx) {
	var wg sync.WaitGroup
	wg.Go(func() { work() })
	wg.Wait()
}

// ---------------------------------------------------------------------------
// Tracing quirks (P4).
// ---------------------------------------------------------------------------

// badSwitchAssignedThenReassigned: both switch assignments mention the context, but the
// unconditional reassignment after the call is the last unconditional entry and lacks one.
func badSwitchAssignedThenReassigned(ctx context.Context, mode int) {
	var wg sync.WaitGroup
	var send func()
	switch mode {
	case 1:
		send = func() { use(ctx) }
	default:
		send = func() { <-ctx.Done() }
	}
	wg.Go(send) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
	send = func() { work() }
	_ = send
}

// goodSwitchAssignedThenReassigned: a switch case lacks the context, but the unconditional
// reassignment after the call mentions it: only entries from it on are checked.
func goodSwitchAssignedThenReassigned(ctx context.Context, mode int) {
	var wg sync.WaitGroup
	var send func()
	switch mode {
	case 1:
		send = func() { work() }
	default:
		send = func() { use(ctx) }
	}
	wg.Go(send)
	wg.Wait()
	send = func() { use(ctx) }
	_ = send
}

// badMultiValueAssignment: the literal at the same index of a multi-value assignment is
// collected.
func badMultiValueAssignment(ctx context.Context) {
	var wg sync.WaitGroup
	n, job := 1, func() { work() }
	wg.Go(job) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
	_ = n
}

// badReassignedInDeferredClosure: an assignment inside a deferred closure is unconditional (no
// if/for/switch/select ancestor) and comes last in the file.
func badReassignedInDeferredClosure(ctx context.Context) {
	var wg sync.WaitGroup
	job := func() { use(ctx) }
	defer func() { job = func() { work() } }()
	wg.Go(job) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
	wg.Wait()
}

func gen[T any]() {}

// goodInstantiatedGenericCallback: `gen[int]` is an index expression over a function, not a
// variable: P9 passes.
func goodInstantiatedGenericCallback(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(gen[int])
	wg.Wait()
}

// goodKeyedSliceElement: `[]func(){0: …}` has no positional element 0 (P9).
func goodKeyedSliceElement(ctx context.Context) {
	var wg sync.WaitGroup
	steps := []func(){0: func() { work() }}
	wg.Go(steps[0])
	wg.Wait()
}

// ---------------------------------------------------------------------------
// Package-level variable initializers: no flow analysis upstream, P2 falls back to P1 || P3
// (SPEC §3.0.4). The literal below is a ctx scope of its own.
// ---------------------------------------------------------------------------

// initHookNested: the context is used only inside an IIFE of the callback: the flat body does
// not see it, so the callback fails here although it would pass inside a function.
var initHookNested = func(ctx context.Context, wg *sync.WaitGroup) {
	wg.Go(func() { // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
		func() { use(ctx) }()
	})
}

// initHookLocal: a context-typed local in the callback's flat body passes here (P3), although
// it would fail inside a function (badLocalContextInsideLiteral).
var initHookLocal = func(ctx context.Context, wg *sync.WaitGroup) {
	wg.Go(func() {
		c := context.TODO()
		use(c)
	})
}

// initHookDirect: a direct use in the flat body passes.
var initHookDirect = func(ctx context.Context, wg *sync.WaitGroup) {
	wg.Go(func() { use(ctx) })
}

// initHookNoContext: nothing uses a context.
var initHookNoContext = func(ctx context.Context, wg *sync.WaitGroup) {
	wg.Go(func() { work() }) // want `^sync\.WaitGroup\.Go\(\) closure should use context "ctx"$`
}
