package errgroup

import (
	"context"

	"errgroup/lib"

	"golang.org/x/sync/errgroup"
)

// ---------------------------------------------------------------------------
// Lookalikes: only golang.org/x/sync/errgroup's Group.Go/TryGo match (§3.0.3).
// ---------------------------------------------------------------------------

// Group is a local type with the same name and method as errgroup.Group. This package's
// import path is "errgroup", not golang.org/x/sync/errgroup.
type Group struct{ n int }

// Go mimics errgroup.Group.Go.
func (g *Group) Go(f func() error) { g.n++ }

// TryGo mimics errgroup.Group.TryGo.
func (g *Group) TryGo(f func() error) bool { g.n++; return true }

// Go is also a package-level function of this package (not a method).
func Go(f func() error) { _ = f }

// goodLocalGroupType: a local Group type is not the API.
func goodLocalGroupType(ctx context.Context) {
	var g Group
	g.Go(func() error { return work(1) })
	_ = g.TryGo(func() error { return work(2) })
}

// goodLocalGoFunction: a package-level function named Go is not a method of Group.
func goodLocalGoFunction(ctx context.Context) {
	Go(func() error { return work(1) })
}

type fakeRunner struct{}

func (fakeRunner) Go(f func() error) { _ = f }

// goodShadowedImportName: a local variable named errgroup shadows the import; its Go method
// belongs to fakeRunner.
func goodShadowedImportName(ctx context.Context) {
	errgroup := fakeRunner{}
	errgroup.Go(func() error { return work(1) })
}

// goer is a named interface with the same method.
type goer interface{ Go(func() error) }

// goodNamedInterfaceHoldingGroup: the static target is goer.Go, an interface method of a
// different type, although the dynamic value is an errgroup.Group.
func goodNamedInterfaceHoldingGroup(ctx context.Context) {
	var r goer = new(errgroup.Group)
	r.Go(func() error { return work(1) })
}

// goodAnonymousInterfaceHoldingGroup: same with an unnamed interface type.
func goodAnonymousInterfaceHoldingGroup(ctx context.Context) {
	var r interface{ Go(func() error) } = new(errgroup.Group)
	r.Go(func() error { return work(1) })
}

// goodTypeParameterReceiver: a type parameter constrained by an interface with Go: the target
// is the constraint's method, not errgroup.Group.Go.
func goodTypeParameterReceiver[T interface{ Go(func() error) }](ctx context.Context, g T) {
	g.Go(func() error { return work(1) })
}

// groupAlias is an alias: the same type as errgroup.Group.
type groupAlias = errgroup.Group

// badAliasedGroupType: a receiver declared through an alias is errgroup.Group.
func badAliasedGroupType(ctx context.Context) {
	var g groupAlias
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// ---------------------------------------------------------------------------
// Callee forms (§3.0.2).
// ---------------------------------------------------------------------------

// goodMethodExpressionBadCallback: in `(*errgroup.Group).Go(g, cb)` the receiver becomes
// argument 0, and the callback index (0) lands on it: always silent.
func goodMethodExpressionBadCallback(ctx context.Context, g *errgroup.Group) {
	(*errgroup.Group).Go(g, func() error { return work(1) })
	_ = (*errgroup.Group).TryGo(g, func() error { return work(2) })
}

// goodMethodValueVariable: a call through a variable holding the method value is not
// identified.
func goodMethodValueVariable(ctx context.Context, g *errgroup.Group) {
	spawn := g.Go
	spawn(func() error { return work(1) })
}

// goodParenthesisedCallee: a parenthesised callee is not identified.
func goodParenthesisedCallee(ctx context.Context, g *errgroup.Group) {
	(g.Go)(func() error { return work(1) })
}

// badParenthesisedReceiver: `(&g).Go` is still a selector resolving to the method.
func badParenthesisedReceiver(ctx context.Context) {
	var g errgroup.Group
	(&g).Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badDereferencedReceiver: `(*pg).Go` on a dereferenced pointer.
func badDereferencedReceiver(ctx context.Context, pg *errgroup.Group) {
	(*pg).Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badIndexedReceivers: receivers taken from a slice element and a map of pointers.
func badIndexedReceivers(ctx context.Context, groups []errgroup.Group, byName map[string]*errgroup.Group) {
	groups[0].Go(func() error { return work(1) })      // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
	byName["a"].Go(func() error { return work(2) })    // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
	byName["b"].TryGo(func() error { return work(3) }) // want `^errgroup\.Group\.TryGo\(\) closure should use context "ctx"$`
}

// badSplitAfterDot: the report is at the `Go` name, on the continuation line.
func badSplitAfterDot(ctx context.Context, g *errgroup.Group) {
	g.
		Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodNilCallback: `nil` is an identifier with no assignments: untraceable.
func goodNilCallback(ctx context.Context, g *errgroup.Group) {
	g.Go(nil)
}

// ---------------------------------------------------------------------------
// Calls are visited everywhere (§3.0.1).
// ---------------------------------------------------------------------------

// badInsideGoStatementLiteral: an errgroup call inside a go statement's literal; the go
// statement itself propagates ctx (`_ = ctx`), so only the errgroup report appears.
func badInsideGoStatementLiteral(ctx context.Context, g *errgroup.Group) {
	go func() {
		_ = ctx
		g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
	}()
}

// badInsideGoLiteralOwnCtx: a go literal with its own context parameter is the nearest
// scope: N becomes its parameter; the go statement passes (P1).
func badInsideGoLiteralOwnCtx(ctx context.Context, g *errgroup.Group) {
	go func(inner context.Context) {
		g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "inner"$`
	}(ctx)
}

// badAsGoStatementCall: `go g.Go(…)`: the call is visited; the go statement spawns a method
// value (selector), which the goroutine checker passes.
func badAsGoStatementCall(ctx context.Context, g *errgroup.Group) {
	go g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badDeferredCall: `defer g.Go(…)`.
func badDeferredCall(ctx context.Context, g *errgroup.Group) {
	defer g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badInsideDeferredClosure: inside a deferred closure (transparent, N stays ctx).
func badInsideDeferredClosure(ctx context.Context, g *errgroup.Group) {
	defer func() {
		g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
	}()
}

func check(ok bool) { _ = ok }

// badInsideCallArgument: a TryGo call as an argument of another call.
func badInsideCallArgument(ctx context.Context, g *errgroup.Group) {
	check(g.TryGo(func() error { return work(1) })) // want `^errgroup\.Group\.TryGo\(\) closure should use context "ctx"$`
}

// badInsideCompositeLiteral: TryGo inside a composite literal.
func badInsideCompositeLiteral(ctx context.Context, g *errgroup.Group) []bool {
	return []bool{
		g.TryGo(func() error { return useErr(ctx) }),
		g.TryGo(func() error { return work(1) }), // want `^errgroup\.Group\.TryGo\(\) closure should use context "ctx"$`
	}
}

// badNestedInPassingCallback: the outer callback captures ctx; the inner one does not.
func badNestedInPassingCallback(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error {
		g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
		return useErr(ctx)
	})
}

// goodOuterPassesThroughInnerCapture: the inner callback captures ctx, and so (at depth) does
// the outer one.
func goodOuterPassesThroughInnerCapture(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error {
		g.Go(func() error { return useErr(ctx) })
		return nil
	})
}

// ---------------------------------------------------------------------------
// Type identity and capture details (§2.3, §3.0.4 P2).
// ---------------------------------------------------------------------------

// badStringNamedCtx: a captured string named ctx is not a context; N is the real parameter.
func badStringNamedCtx(real context.Context, ctx string, g *errgroup.Group) {
	g.Go(func() error { return work(len(ctx)) }) // want `^errgroup\.Group\.Go\(\) closure should use context "real"$`
}

// badShadowInsideCallback: after `ctx := "label"` the name no longer denotes a context.
func badShadowInsideCallback(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
		ctx := "label"
		return work(len(ctx))
	})
}

// goodUseBeforeShadow: the reference before the shadowing declaration is the outer context.
func goodUseBeforeShadow(ctx context.Context, g *errgroup.Group) {
	g.Go(func() error {
		_ = ctx
		ctx := "label"
		return work(len(ctx))
	})
}

type request struct {
	ctx  context.Context
	name string
}

// badCapturedStructField: a captured struct is not ctx-ish even if a field is (P2).
func badCapturedStructField(ctx context.Context, g *errgroup.Group) {
	r := request{ctx: ctx, name: "x"}
	g.Go(func() error { return useErr(r.ctx) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodTracedStructField: a traced literal uses P3, which counts a ctx-typed field selector.
func goodTracedStructField(ctx context.Context, g *errgroup.Group) {
	r := request{ctx: ctx, name: "x"}
	f := func() error { return useErr(r.ctx) }
	g.Go(f)
}

// ---------------------------------------------------------------------------
// Tracing quirks (§3.0.4 P4, §9.2, §9.14).
// ---------------------------------------------------------------------------

// badSwitchThenReassignedAfterCall: both switch assignments are conditional and mention ctx,
// but the unconditional reassignment after the call is the last unconditional entry, and it
// lacks a context.
func badSwitchThenReassignedAfterCall(ctx context.Context, g *errgroup.Group, mode int) {
	var f func() error
	switch mode {
	case 1:
		f = func() error { return useErr(ctx) }
	default:
		f = func() error { return useErr(ctx) }
	}
	g.Go(f) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
	f = func() error { return work(1) }
	_ = f
}

// goodSwitchThenReassignedAfterCall: a context-free switch entry is overridden by the
// unconditional reassignment written after the call.
func goodSwitchThenReassignedAfterCall(ctx context.Context, g *errgroup.Group, mode int) {
	var f func() error
	switch mode {
	case 1:
		f = func() error { return work(1) }
	default:
		f = func() error { return useErr(ctx) }
	}
	g.Go(f)
	f = func() error { return useErr(ctx) }
	_ = f
}

// badSwitchOneCaseLacksCtx: all entries conditional, one lacks a context.
func badSwitchOneCaseLacksCtx(ctx context.Context, g *errgroup.Group, mode int) {
	var f func() error
	switch mode {
	case 1:
		f = func() error { return useErr(ctx) }
	default:
		f = func() error { return work(1) }
	}
	g.Go(f) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// badTypeSwitchConditional: an assignment inside a type switch is conditional too.
func badTypeSwitchConditional(ctx context.Context, g *errgroup.Group, v any) {
	f := func() error { return useErr(ctx) }
	switch v.(type) {
	case int:
		f = func() error { return work(1) }
	}
	g.Go(f) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
}

// goodUnknownCallbackType: a callback of unknown origin (a function of another package, a
// package variable of another package, its factory): untraceable, silent.
func goodUnknownCallbackType(ctx context.Context, g *errgroup.Group) {
	cb := lib.Pick()
	g.Go(cb)
	g.Go(lib.Pick())
	g.Go(lib.Callback)
}

// goodCallbackFromMap: a callback read from a map with a non-literal key into a variable.
func goodCallbackFromMap(ctx context.Context, g *errgroup.Group, m map[string]func() error, k string) {
	cb := m[k]
	g.Go(cb)
}

// ---------------------------------------------------------------------------
// Package-level variable initializer (§3.0.4 P2 exception): literals located outside any
// function declaration get no flow analysis; for a callback literal P2 falls back to P1 || P3.
// ---------------------------------------------------------------------------

var initializerHandler = func(ctx context.Context) error {
	var g errgroup.Group
	// A capture only inside a nested closure: passes in a function (see
	// goodCaptureInNestedClosure), reported here because P3 does not enter nested literals.
	g.Go(func() error { // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
		return func() error { return useErr(ctx) }()
	})
	// A context created inside the literal: reported in a function (see
	// badLocalCtxInsideLiteral), silent here because P3 counts a context-typed local.
	g.Go(func() error {
		c := context.TODO()
		return useErr(c)
	})
	// A reference in the literal's own body passes either way.
	g.Go(func() error { return useErr(ctx) })
	// And a context-free callback is reported as usual.
	g.Go(func() error { return work(1) }) // want `^errgroup\.Group\.Go\(\) closure should use context "ctx"$`
	return g.Wait()
}
