package spawnerevil

import (
	"context"

	"spawnerevil/lib"
)

// --- P6 / P7: the argument is the result of a call (SPEC §3.0.4) -------------------------

func makeNoCtx() func() { return func() { beat() } }

func makeAny(v any) func() { return func() { beat() } }

func makeNil() func() { return nil }

func makeTwoReturns(ok bool) func() {
	if ok {
		return func() { beat() }
	}
	return func() { beatCtx(bgCtx) }
}

func makeReturnsVar() func() {
	f := func() { beat() }
	return f
}

func makeReturnsLocalCtx() func() {
	c := context.Background()
	return func() { beatCtx(c) }
}

func makeLayered() func() func() {
	return func() func() { return func() { beat() } }
}

func makeLayeredCtx() func() func() {
	return func() func() { return func() { _ = bgCtx } }
}

func makeGeneric[T any](v T) func() { return func() { beat() } }

// badLocalFactory: a factory of this file whose returned literal does not mention a context.
func badLocalFactory(ctx context.Context) {
	runOne(makeNoCtx()) // want `^runOne\(\) func argument should use context "ctx"$`
}

// badFactoryOtherFile: a factory declared in another file of the package is followed too.
func badFactoryOtherFile(ctx context.Context) {
	runOne(mkOther()) // want `^runOne\(\) func argument should use context "ctx"$`
}

// goodFactoryCtxParam: a factory with a context parameter passes, whatever it is given.
func goodFactoryCtxParam(ctx context.Context) {
	runOne(mkOtherCtxParam(nil))
}

// badUnboundContextCall: `context.TODO()` in the arguments is a call, not an identifier of
// ctx type (SPEC §3.0.4 P3/P6 step 1), and makeAny has no context parameter.
func badUnboundContextCall(ctx context.Context) {
	runOne(makeAny(context.TODO())) // want `^runOne\(\) func argument should use context "ctx"$`
}

// goodArgumentMentionsCtx: any ctx-ish identifier anywhere in the arguments passes, even in
// a nested literal or in a type (P6 step 1).
func goodArgumentMentionsCtx(ctx context.Context) {
	runOne(makeAny(ctx))
	runOne(makeAny(func() { _ = ctx }))
	runOne(makeAny(func(c context.Context) {}))
	runOne(makeAny(bgCtx))
}

// badNilFactory: returning nil does not qualify (P7).
func badNilFactory(ctx context.Context) {
	runOne(makeNil()) // want `^runOne\(\) func argument should use context "ctx"$`
}

// goodOneReturnEnough: one qualifying return is enough (P7).
func goodOneReturnEnough(ctx context.Context) {
	runOne(makeTwoReturns(true))
}

// badReturnsTracedVar: a returned variable is traced; its literal does not mention a context.
func badReturnsTracedVar(ctx context.Context) {
	runOne(makeReturnsVar()) // want `^runOne\(\) func argument should use context "ctx"$`
}

// goodReturnsLocalCtx: the returned literal mentions a local context of the factory (P3).
func goodReturnsLocalCtx(ctx context.Context) {
	runOne(makeReturnsLocalCtx())
}

// badLayeredChain: `mk()()` recurses into the inner call (P6); the innermost literal has no
// context.
func badLayeredChain(ctx context.Context) {
	runOne(makeLayered()()) // want `^runOne\(\) func argument should use context "ctx"$`
	runOne(makeLayeredCtx()())
}

// badIIFEFactory: a literal factory invoked in place; it passes only with P1 or a returned
// context-using literal.
func badIIFEFactory(ctx context.Context) {
	runOne(func() func() { return func() { beat() } }()) // want `^runOne\(\) func argument should use context "ctx"$`
	runOne(func(_ context.Context) func() { return func() { beat() } }(nil))
	runOne(func() func() { return func() { _ = ctx } }())
}

// goodParenthesisedIIFE: a parenthesised literal callee is "anything else" (SPEC §9.3).
func goodParenthesisedIIFE(ctx context.Context) {
	runOne((func() func() { return func() { beat() } })())
}

// goodMethodAndForeignFactories: method factories and functions of other packages are not
// followed (SPEC §9.3).
func goodMethodAndForeignFactories(ctx context.Context, m Maker) {
	runOne(m.Make())
	runOne(lib.MakeJob())
}

// badVariableFactory: a variable factory is judged by its last literal assignment, ignoring
// conditionality (P5).
func badVariableFactory(ctx context.Context, ok bool) {
	mk := func() func() { return func() { _ = ctx } }
	if ok {
		mk = func() func() { return func() { beat() } }
	}
	runOne(mk()) // want `^runOne\(\) func argument should use context "ctx"$`
}

// goodVariableFactoryLastGood: the last literal mentions the context; an earlier one does not.
func goodVariableFactoryLastGood(ctx context.Context) {
	mk := func() func() { return func() { beat() } }
	mk = func() func() { return func() { _ = ctx } }
	runOne(mk())
}

// badOtherFileVariableFactory: mkOtherVar is declared in other.go and assigned a literal
// there (P6: `L = LastLit(var)`, P5 reads the declaring file).
func badOtherFileVariableFactory(ctx context.Context) {
	runOne(mkOtherVar()) // want `^runOne\(\) func argument should use context "ctx"$`
}

// goodExplicitGenericFactory: with explicit type arguments the factory callee is an index
// expression, not an identifier, so it is not followed (P6 "anything else"); inferred
// instantiation is an identifier and is followed.
func goodExplicitGenericFactory(ctx context.Context) {
	runOne(makeGeneric[int](1))
	runOne(makeGeneric(1)) // want `^runOne\(\) func argument should use context "ctx"$`
}

// badFactoryForFactorySpawner: runTwice takes a func() func(); the literal argument itself is
// judged by P1/P2 (its nested literal's capture counts), a declared factory passes.
func badFactoryForFactorySpawner(ctx context.Context) {
	runTwice(func() func() { return func() { _ = ctx } })
	runTwice(func() func() { return func() { beat() } }) // want `^runTwice\(\) func argument should use context "ctx"$`
	runTwice(makeNoCtx2)
}

func makeNoCtx2() func() { return nil }
