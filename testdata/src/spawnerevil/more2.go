package spawnerevil

import (
	"context"

	"spawnerevil/lib"
)

// badGenericFactoryResult: the argument's static type is func() (T inferred from the
// literal); identity is a local factory without context parameter whose return is a
// parameter with no literal assignment, so P7 fails (SPEC §3.0.4 P6/P7).
func badGenericFactoryResult(ctx context.Context) {
	runOne(identity(func() { beat() })) // want `^runOne\(\) func argument should use context "ctx"$`
	runOne(identity(func() { _ = ctx }))
}

// badStructKeyIsNotCapture: the key `ctx` in a struct literal names a field, not the
// parameter.
func badStructKeyIsNotCapture(ctx context.Context) {
	runOne(func() { _ = ctxHolder{ctx: nil} }) // want `^runOne\(\) func argument should use context "ctx"$`
}

// goodTracedStructKey: for a traced literal, the key of a struct literal resolves to a
// field of context type, which P3 counts (SPEC §3.0.4 P3: the object's type is ctx-ish).
func goodTracedStructKey(ctx context.Context) {
	f := func() { _ = ctxHolder{ctx: nil} }
	runOne(f)
}

// goodConvertedToInterface: the argument's static type is `any`, not a function type.
func goodConvertedToInterface(ctx context.Context) {
	runAny(any(func() { beat() }))
}

// badTracedIntoGenericParam: a traced variable passed to a type-parameter parameter.
func badTracedIntoGenericParam(ctx context.Context) {
	f := func() { beat() }
	SpawnF(f) // want `^SpawnF\(\) func argument should use context "ctx"$`
}

// badInnerParamShadow: a parameter of a nested literal is declared inside F (P2).
func badInnerParamShadow(ctx context.Context) {
	runOne(func() { func(ctx int) { _ = ctx }(1) }) // want `^runOne\(\) func argument should use context "ctx"$`
}

// badCancelFuncIsNotContext: the captured cancel function is not a context.
func badCancelFuncIsNotContext(ctx context.Context) {
	_, cancel := context.WithCancel(ctx)
	runOne(func() { cancel() }) // want `^runOne\(\) func argument should use context "ctx"$`
}

// goodParenthesisedLHS: `(f) = …` has no identifier on the left: not collected (P4).
func goodParenthesisedLHS(ctx context.Context) {
	f := func() { _ = ctx }
	(f) = func() { beat() }
	runOne(f)
}

// badConditionalThroughClosure: an assignment inside a closure that sits in an if is
// conditional (ancestors up to the file root), so the unconditional bad literal before it
// is still checked.
func badConditionalThroughClosure(ctx context.Context, ok bool) {
	f := func() { beat() }
	if ok {
		set := func() { f = func() { _ = ctx } }
		set()
	}
	runOne(f) // want `^runOne\(\) func argument should use context "ctx"$`
}

func mkSwitch(n int) func() {
	switch n {
	case 1:
		return func() { beat() }
	default:
		for {
			return func() { beatCtx(bgCtx) }
		}
	}
}

func mkParenthesised() func() {
	return (func() { beatCtx(bgCtx) })
}

func mkDelegate() func() {
	return makeTwoReturns(true)
}

// factoryReturnForms: returns nested in statements count; a parenthesised literal or a
// call does not qualify (P7).
func factoryReturnForms(ctx context.Context) {
	runOne(mkSwitch(1))
	runOne(mkParenthesised()) // want `^runOne\(\) func argument should use context "ctx"$`
	runOne(mkDelegate())      // want `^runOne\(\) func argument should use context "ctx"$`
}

// badNestedSpawnerCalls: both calls are checked; both literals fail.
func badNestedSpawnerCalls(ctx context.Context) {
	runOne(func() { runOne(func() { beat() }) }) // want `^runOne\(\) func argument` `^runOne\(\) func argument`
}

// badFuncLiteralReceiver: in a method expression a literal can be the receiver (argument 0)
// and is checked like the other arguments.
func badFuncLiteralReceiver(ctx context.Context) {
	Job.Run(func() { beat() }, func() { _ = ctx }) // want `^Run\(\) func argument should use context "ctx"$`
	Job.Run(Job(func() { beat() }), func() { _ = ctx })
}

// goodInterfaceMethodExpr: a method expression of an interface method is not marked.
func goodInterfaceMethodExpr(ctx context.Context, s Spawny) {
	Spawny.Go(s, func() { beat() })
}

// goodLocalSpawnerVar: a local variable holding the spawner is not identified.
func goodLocalSpawnerVar(ctx context.Context) {
	sp := runOne
	sp(func() { beat() })
}

// LibPool is an alias of a type of another package.
type LibPool = lib.Pool

func badForeignAliasReceiver(ctx context.Context, p *LibPool) {
	p.Submit(func() { beat() })                // want `^Submit\(\) func argument should use context "ctx"$`
	(*LibPool).Submit(p, func() { beat() })    // want `^Submit\(\) func argument should use context "ctx"$`
}

// Spawn2 has two type parameters.
//
//goroutinectx:spawner
func Spawn2[A, B any](a A, b B, f func()) { go f() }

func badTwoTypeParams(ctx context.Context) {
	Spawn2(1, "x", func() { beat() }) // want `^Spawn2\(\) func argument should use context "ctx"$`
	Spawn2[int, string](1, "x", func() { beat() })
}

type gbox[T any] struct{ v T }

// badInsideGenericCode: ctx scopes of generic functions and methods of generic types.
func (b *gbox[T]) badInsideGenericMethod(ctx context.Context) {
	runOne(func() { _ = b.v }) // want `^runOne\(\) func argument should use context "ctx"$`
}

func badInsideGenericFunc[T any](ctx context.Context, v T) {
	runOne(func() { _ = v }) // want `^runOne\(\) func argument should use context "ctx"$`
}

// directiveForms: the prefix may be followed directly by the remainder
// (`goroutinectx:ignoreX` has remainder X, SPEC §6.1); a block comment is never a
// directive; names are case-sensitive; a trailing comma is dropped.
func directiveForms(ctx context.Context) {
	//goroutinectx:ignorespawner
	runOne(func() { beat() })
	/* goroutinectx:ignore spawner */
	runOne(func() { beat() }) // want `^runOne\(\) func argument should use context "ctx"$`
	//goroutinectx:ignore Spawner // want `^unused goroutinectx:ignore directive for checker\(s\): Spawner$`
	runOne(func() { beat() }) // want `^runOne\(\) func argument should use context "ctx"$`
	//goroutinectx:ignore spawner,
	runOne(func() { beat() })
	_ = "//goroutinectx:ignore spawner"
	runOne(func() { beat() }) // want `^runOne\(\) func argument should use context "ctx"$`
}

// badCallsGeneratedSpawner: genSpawn is marked in a generated file (SPEC §1.2: directives
// in generated files are honoured).
func badCallsGeneratedSpawner(ctx context.Context) {
	genSpawn(func() { beat() }) // want `^genSpawn\(\) func argument should use context "ctx"$`
}

// buildTagged: tagged is marked only in a file excluded by its build constraint; tagged2 is
// marked only in the selected file (SPEC §1.2).
func buildTagged(ctx context.Context) {
	tagged(func() { beat() })
	tagged2(func() { beat() }) // want `^tagged2\(\) func argument should use context "ctx"$`
}
