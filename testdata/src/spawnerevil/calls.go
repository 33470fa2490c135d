package spawnerevil

import (
	"context"

	"spawnerevil/lib"
)

// --- callee identification (SPEC §3.0.2, §3.6) -----------------------------------------

// badPlain: the baseline; the report is at the failing argument's start (SPEC §3.0.5).
func badPlain(ctx context.Context) {
	runOne(func() { beat() }) // want `^runOne\(\) func argument should use context "ctx"$`
}

// goodShadowedByParam: a parameter named like the spawner is a variable, not the spawner.
func goodShadowedByParam(ctx context.Context, runOne func(func())) {
	runOne(func() { beat() })
}

// goodShadowedInBlock: a local variable declared in an inner block shadows the spawner there
// only; after the block the name is the spawner again.
func goodShadowedInBlock(ctx context.Context) {
	{
		runOne := func(f func()) { f() }
		runOne(func() { beat() })
	}
	runOne(func() { beat() }) // want `^runOne\(\) func argument should use context "ctx"$`
}

// goodPackageFuncVar: a call through a package-level variable holding the spawner is not
// identified (SPEC §3.0.2: a variable of function type).
func goodPackageFuncVar(ctx context.Context) {
	spawnVar(func() { beat() })
}

// goodParenthesisedCallee: a parenthesised callee is not identified (SPEC §3.0.2).
func goodParenthesisedCallee(ctx context.Context) {
	(runOne)(func() { beat() })
}

// badValueEmbedded: a pointer-receiver method promoted through a value-embedded field.
func badValueEmbedded(ctx context.Context) {
	var b ByValue
	b.Go(func() { beat() })            // want `^Go\(\) func argument should use context "ctx"$`
	b.Dispatch("x", func() { beat() }) // want `^Dispatch\(\) func argument should use context "ctx"$`
}

// badDeepEmbedded: promotion through two levels (value, then pointer embedding).
func badDeepEmbedded(ctx context.Context, d *Deep) {
	d.Go(func() { beat() }) // want `^Go\(\) func argument should use context "ctx"$`
}

// goodInterfaceValue: a method of an interface is not marked, even if a directive sits above
// it in the interface (SPEC §6.3: it cannot mark interface methods).
func goodInterfaceValue(ctx context.Context, s Spawny, w WithIface) {
	s.Go(func() { beat() })
	w.Go(func() { beat() })
	var s2 Spawny = &Workers{}
	s2.Go(func() { beat() })
}

// badMethodExprValue: a method expression with a value receiver; the receiver is argument 0
// and is not a function (SPEC §3.0.2).
func badMethodExprValue(ctx context.Context, w Workers) {
	Workers.Dispatch(w, "d", func() { beat() }) // want `^Dispatch\(\) func argument should use context "ctx"$`
}

// badMethodExprFuncReceiver: when the receiver type is itself a function type, the receiver
// becomes a function-typed argument 0 and is checked like any other (SPEC §3.0.2: "the
// spawner checks every func-typed argument as usual").
func badMethodExprFuncReceiver(ctx context.Context) {
	var j Job
	j = func() { beat() }
	Job.Run(j, func() { _ = ctx }) // want `^Run\(\) func argument should use context "ctx"$`
	j.Run(func() { _ = ctx })      // the receiver of an ordinary method call is not an argument
}

// badNonStructReceiver: a marked method of a named integer type, reached through a
// conversion and through a variable.
func badNonStructReceiver(ctx context.Context) {
	Count(1).Go(func() { beat() }) // want `^Go\(\) func argument should use context "ctx"$`
	var c Count
	c.Go(func() { beat() }) // want `^Go\(\) func argument should use context "ctx"$`
}

// badReceiverFromCall: the receiver is the result of a call and of an index expression.
func badReceiverFromCall(ctx context.Context, ws []*Workers) {
	newWorkers().Go(func() { beat() }) // want `^Go\(\) func argument should use context "ctx"$`
	ws[0].Go(func() { beat() })        // want `^Go\(\) func argument should use context "ctx"$`
}

// badGenericTypeParam: a literal is a function value whatever the parameter's type is.
func badGenericTypeParam(ctx context.Context) {
	SpawnF(func() { beat() }) // want `^SpawnF\(\) func argument should use context "ctx"$`
	SpawnF(func() { _ = ctx })
}

// goodExplicitInstantiation: explicitly instantiated calls are not identified (SPEC §3.0.2),
// also across packages.
func goodExplicitInstantiation(ctx context.Context) {
	SpawnF[func()](func() { beat() })
	lib.Gen[int](1, func(int) { beat() })
}

// badCrossPackage: marked functions and methods of another package (SPEC §12.2), a named
// function type of another package, a generic function with inferred type arguments.
func badCrossPackage(ctx context.Context, p *lib.Pool) {
	lib.Go(func() { beat() })           // want `^Go\(\) func argument should use context "ctx"$`
	p.Submit(func() { beat() })         // want `^Submit\(\) func argument should use context "ctx"$`
	lib.Gen(1, func(int) { beat() })    // want `^Gen\(\) func argument should use context "ctx"$`
	(*lib.Pool).Submit(p, func() {})    // want `^Submit\(\) func argument should use context "ctx"$`
	lib.Unmarked(func() { beat() })     // not a spawner
	var t lib.Task
	t = func() { beat() }
	lib.GoTask(t) // want `^GoTask\(\) func argument should use context "ctx"$`
}

// goodGenericTypeAcrossPackages: a marked method of a generic type is never recognised
// (SPEC §3.6, §11.11).
func goodGenericTypeAcrossPackages(ctx context.Context, b *lib.Box[int]) {
	b.Put(func() { beat() })
}

// --- argument forms (SPEC §3.6 table) ----------------------------------------------------

// goodOwnCtxParams: P1 accepts named, `_`, unnamed and pointer context parameters and
// aliases of context.Context (SPEC §0).
func goodOwnCtxParams(ctx context.Context) {
	runCtxFunc(func(context.Context) { beat() })
	runCtxFunc(func(_ context.Context) { beat() })
	runAny(func(c *context.Context) { beat() })
	runAny(func(c CtxAlias) { beat() })
}

// badNotOwnCtx: a defined type over context.Context and a variadic ...context.Context are
// not the ctx type (SPEC §0), so they give no P1 exemption.
func badNotOwnCtx(ctx context.Context) {
	runAny(func(c DefinedCtx) { beat() })         // want `^runAny\(\) func argument should use context "ctx"$`
	runAny(func(cs ...context.Context) { beat() }) // want `^runAny\(\) func argument should use context "ctx"$`
}

// badPackageLevelCtx: a direct literal using only a package-level context does not capture
// it (P2); a traced literal mentions it (P3) and passes.
func badPackageLevelCtx(ctx context.Context) {
	runOne(func() { beatCtx(bgCtx) }) // want `^runOne\(\) func argument should use context "ctx"$`
	f := func() { beatCtx(bgCtx) }
	runOne(f)
}

// badShadowedCtx: a shadowing declaration inside the literal hides the parameter (SPEC
// §2.3); a reference before it still counts.
func badShadowedCtx(ctx context.Context) {
	runOne(func() { ctx := "x"; _ = ctx }) // want `^runOne\(\) func argument should use context "ctx"$`
	runOne(func() { _ = ctx; ctx := 1; _ = ctx })
}

// badShadowInBlock: a non-context shadow in an enclosing block hides the parameter for
// literals inside that block; N is still the scope's parameter name.
func badShadowInBlock(ctx context.Context) {
	{
		ctx := 3
		runOne(func() { _ = ctx }) // want `^runOne\(\) func argument should use context "ctx"$`
	}
}

// goodLocalDerivedCtx: any context declared outside the literal counts (SPEC §2.2).
func goodLocalDerivedCtx(ctx context.Context) {
	c2, cancel := context.WithCancel(ctx)
	defer cancel()
	runOne(func() { _ = c2 })
}

// badLocalCtxInside: a context created inside a direct literal is not captured (P2).
func badLocalCtxInside(ctx context.Context) {
	runOne(func() { c := context.TODO(); beatCtx(c) }) // want `^runOne\(\) func argument should use context "ctx"$`
}

// goodCaptureDeep: a capture inside a nested go statement of a direct literal counts (P2).
func goodCaptureDeep(ctx context.Context) {
	runOne(func() {
		go func() { beatCtx(ctx) }()
	})
}

// goodNonFuncArgs: nil, parenthesised values, selectors, index expressions, receives, type
// assertions, conversions and declared functions are not checked or pass (SPEC §3.6).
func goodNonFuncArgs(ctx context.Context, ch chan func(), v any, h struct{ f func() }) {
	f := func() { beat() }
	fs := []func(){func() { beat() }}
	runOne(nil)
	runOne((f))
	runOne((func() { beat() }))
	runOne(h.f)
	runOne(fs[0])
	runOne(<-ch)
	runOne(v.(func()))
	runOne(Job(func() { beat() }))
	runOne(beat)
	runAll("s", fs...)
}

// badVariadicMixed: only the failing arguments are reported, each at its own start.
func badVariadicMixed(ctx context.Context) {
	f := func() { beat() }
	g := func() { _ = ctx }
	runAll("m", g, f, func() {}, beat) // want `^runAll\(\) func argument should use context "ctx"$` `^runAll\(\) func argument should use context "ctx"$`
}

// badTracedParam: a parameter reassigned to a literal is traced like any variable (P4).
func badTracedParam(ctx context.Context, g func()) {
	g = func() { beat() }
	runOne(g) // want `^runOne\(\) func argument should use context "ctx"$`
}

// badTracedResult: a named result reassigned to a literal is traced too.
func badTracedResult(ctx context.Context) (g func()) {
	g = func() { beat() }
	runOne(g) // want `^runOne\(\) func argument should use context "ctx"$`
	return
}

// --- ctx scopes and N (SPEC §2.1) --------------------------------------------------------

// goodNoScope: no named ctx-ish parameter, so nothing is checked: unnamed context, variadic
// contexts, a defined type, a local context.
func goodNoScope(context.Context)        { runOne(func() { beat() }) }
func goodNoScopeVariadic(cs ...context.Context) { runOne(func() { beat() }) }
func goodNoScopeDefined(c DefinedCtx)    { runOne(func() { beat() }) }
func goodNoScopeLocal() {
	c := context.Background()
	runOne(func() { _ = c; beat() })
}

// badScopeNames: N is the first ctx-ish parameter in declaration order; pointer layers are
// fine; `_` is a name.
func badScopeNames(n int, a, b context.Context) {
	runOne(func() { beat() }) // want `^runOne\(\) func argument should use context "a"$`
}
func badScopePointer(pp **context.Context) {
	runOne(func() { beat() }) // want `^runOne\(\) func argument should use context "pp"$`
	runOne(func() { _ = pp })
}
func badScopeBlank(_ context.Context) {
	runOne(func() { beat() }) // want `^runOne\(\) func argument should use context "_"$`
}

// badNestedScopes: the nearest ctx scope names N; plain closures are transparent, even when
// never called.
func badNestedScopes(outer context.Context) {
	func(_ context.Context) {
		runOne(func() { beat() }) // want `^runOne\(\) func argument should use context "_"$`
		runOne(func() { _ = outer })
	}(outer)
	stored := func() {
		runOne(func() { beat() }) // want `^runOne\(\) func argument should use context "outer"$`
	}
	_ = stored
}

// badInsideGoDeferArgs: calls are visited wherever they occur: as the operand of go and
// defer, and inside the arguments of other calls.
func badInsideGoDeferArgs(ctx context.Context) {
	go runOne(func() { beat() })         // want `^runOne\(\) func argument should use context "ctx"$`
	defer runOne(func() { beat() })      // want `^runOne\(\) func argument should use context "ctx"$`
	_ = runRet(func() { beat() }) + 1    // want `^runRet\(\) func argument should use context "ctx"$`
	beatCtx(ctxOf(runRet(func() { beat() }))) // want `^runRet\(\) func argument should use context "ctx"$`
}

func ctxOf(int) context.Context { return nil }

// goodNoCtxFunction: a function without context is never checked.
func goodNoCtxFunction(w *Workers) {
	w.Go(func() { beat() })
	lib.Go(func() { beat() })
}

// badAliasScope: an alias of context.Context makes a ctx scope (SPEC §0, §12.7).
func badAliasScope(c CtxAlias) {
	runOne(func() { beat() }) // want `^runOne\(\) func argument should use context "c"$`
	runOne(func() { _ = c })
}

type CtxAlias = context.Context
type DefinedCtx context.Context
