package goroutine

import (
	"context"
	"flag"
	"fmt"
	"unsafe"
)

// ---------------------------------------------------------------------------
// Type identity, not names (§2.3).
// ---------------------------------------------------------------------------

// goodStringNamedCtxNotScope: a parameter named ctx of type string makes no scope.
func goodStringNamedCtxNotScope(ctx string) {
	go func() {
		fmt.Println(ctx)
	}()
}

// badStringNamedCtxIsNotContext: capturing a string named ctx is no context use; N is the real
// context parameter.
func badStringNamedCtxIsNotContext(real context.Context, ctx string) {
	go func() { // want `^goroutine does not propagate context "real"$`
		fmt.Println(ctx)
	}()
}

// goodUseBeforeShadow: the reference before the shadowing declaration is the outer context.
func goodUseBeforeShadow(ctx context.Context) {
	go func() {
		use(ctx)
		ctx := "label"
		fmt.Println(ctx)
	}()
}

// badShadowBeforeUse: after `ctx := "label"` the name no longer denotes a context.
func badShadowBeforeUse(ctx context.Context) {
	go func() { // want `^goroutine does not propagate context "ctx"$`
		ctx := "label"
		fmt.Println(ctx)
	}()
}

// badInnerBlockShadow: a non-context shadow in an inner block of the enclosing function hides
// the parameter for literals inside that block.
func badInnerBlockShadow(ctx context.Context, flag bool) {
	if flag {
		ctx := "label"
		go func() { // want `^goroutine does not propagate context "ctx"$`
			fmt.Println(ctx)
		}()
	}
}

// badIfInitShadow: same with a shadow in an if statement's init.
func badIfInitShadow(ctx context.Context) {
	if ctx := 42; ctx > 0 {
		go func() { // want `^goroutine does not propagate context "ctx"$`
			work(ctx)
		}()
	}
}

// goodOuterBlockAfterShadow: outside the shadowing block the parameter is visible again.
func goodOuterBlockAfterShadow(ctx context.Context, flag bool) {
	if flag {
		ctx := "label"
		fmt.Println(ctx)
	}
	go func() {
		use(ctx)
	}()
}

// badTypeSwitchBindingNotCtx: in a `case string` clause the binding is a string.
func badTypeSwitchBindingNotCtx(ctx context.Context, v any) {
	switch c := v.(type) {
	case string:
		go func() { // want `^goroutine does not propagate context "ctx"$`
			fmt.Println(c)
		}()
	}
}

// goodTypeSwitchBindingCtx: in a `case context.Context` clause the binding is a context.
func goodTypeSwitchBindingCtx(ctx context.Context, v any) {
	switch c := v.(type) {
	case context.Context:
		go func() {
			use(c)
		}()
	}
}

// goodCtxChannelParamNotScope: a `chan context.Context` is not a context: no scope.
func goodCtxChannelParamNotScope(ch chan context.Context) {
	go func() { work(1) }()
}

// ---------------------------------------------------------------------------
// Pointers, aliases, defined types, variadics, type parameters (§0, §12.7).
// ---------------------------------------------------------------------------

// goodPointerCtxCaptured: *context.Context is ctx-ish.
func goodPointerCtxCaptured(pc *context.Context) {
	go func() {
		use(*pc)
	}()
}

// badPointerCtxScope: a *context.Context parameter makes a scope.
func badPointerCtxScope(pc *context.Context) {
	go func() { // want `^goroutine does not propagate context "pc"$`
		work(1)
	}()
}

// badDoublePointerCtxScope: any number of pointer layers.
func badDoublePointerCtxScope(n int, ppc **context.Context) {
	go func() { // want `^goroutine does not propagate context "ppc"$`
		work(n)
	}()
}

// goodOwnPointerCtxParam: P1 with a pointer-to-context parameter.
func goodOwnPointerCtxParam(ctx context.Context) {
	go func(p *context.Context) { work(1) }(&ctx)
}

type aliasCtx = context.Context

// badAliasScope: §12.7, an alias of context.Context makes a scope (upstream misses this).
func badAliasScope(c aliasCtx) {
	go func() { // want `^goroutine does not propagate context "c"$`
		work(1)
	}()
}

// goodAliasScopeCaptured: the alias-typed parameter is captured.
func goodAliasScopeCaptured(c aliasCtx) {
	go func() {
		use(c)
	}()
}

// goodAliasCapture: §12.7, a captured alias-typed local counts (upstream reports it).
func goodAliasCapture(ctx context.Context) {
	var c aliasCtx = ctx
	go func() {
		_ = c
	}()
}

// goodAliasOwnParam: §12.7, a literal parameter of the alias type is the ctx type (P1).
func goodAliasOwnParam(ctx context.Context) {
	go func(c aliasCtx) { work(1) }(ctx)
}

type definedCtx context.Context

// goodDefinedTypeNotScope: a defined type `type D context.Context` is not a context.
func goodDefinedTypeNotScope(d definedCtx) {
	go func() {
		work(1)
	}()
}

// badDefinedTypeCaptureNotCtx: capturing a defined-type value is no context use.
func badDefinedTypeCaptureNotCtx(ctx context.Context, d definedCtx) {
	go func() { // want `^goroutine does not propagate context "ctx"$`
		_ = d
	}()
}

// goodVariadicNotScope: `...context.Context` makes no scope.
func goodVariadicNotScope(cs ...context.Context) {
	go func() {
		work(len(cs))
	}()
}

// goodSliceParamNotScope: `[]context.Context` makes no scope.
func goodSliceParamNotScope(cs []context.Context) {
	go func() {
		work(len(cs))
	}()
}

type embedsCtx struct {
	context.Context
}

// goodEmbeddingStructNotScope: a struct embedding a context is not a context.
func goodEmbeddingStructNotScope(e embedsCtx) {
	go func() {
		work(1)
	}()
}

// goodTypeParamNotScope: a type parameter constrained by context.Context is not a context.
func goodTypeParamNotScope[C context.Context](c C) {
	go func() {
		work(1)
	}()
}

// badVariadicOwnParam: a variadic `...context.Context` literal parameter is not P1.
func badVariadicOwnParam(ctx context.Context) {
	go func(cs ...context.Context) { // want `^goroutine does not propagate context "ctx"$`
		work(len(cs))
	}(ctx)
}

// ---------------------------------------------------------------------------
// Captures: what counts and what does not (P2).
// ---------------------------------------------------------------------------

// goodNamedResultCapture: a named result of context type is captured.
func goodNamedResultCapture(ctx context.Context) (out context.Context) {
	out = ctx
	go func() {
		_ = out
	}()
	return out
}

// goodRangeCtxCapture: a range variable of context type declared outside the literal.
func goodRangeCtxCapture(ctx context.Context) {
	for _, c := range []context.Context{ctx} {
		go func() {
			use(c)
		}()
	}
}

type job struct {
	ctx context.Context
	n   int
}

// badStructFieldOfCapturedStruct: the captured j is not ctx-ish; its field does not count.
func badStructFieldOfCapturedStruct(ctx context.Context) {
	j := job{ctx: ctx, n: 1}
	go func() { // want `^goroutine does not propagate context "ctx"$`
		use(j.ctx)
	}()
}

// goodTracedStructField: P3 does count a selected field of context type (asymmetry).
func goodTracedStructField(ctx context.Context) {
	j := job{ctx: ctx, n: 1}
	f := func() { use(j.ctx) }
	go f()
}

// badDeclaredCtxTypeInsideLiteral: spelling context.Context inside a direct literal is no
// capture.
func badDeclaredCtxTypeInsideLiteral(ctx context.Context) {
	go func() { // want `^goroutine does not propagate context "ctx"$`
		var c context.Context
		_ = c
	}()
}

// goodTracedSpelledCtxType: P3 counts the spelled type name context.Context.
func goodTracedSpelledCtxType(ctx context.Context) {
	f := func() {
		var c context.Context
		_ = c
	}
	go f()
}

// badTracedUnboundBackground: P3 does not count a call like context.Background() whose
// result is not bound.
func badTracedUnboundBackground(ctx context.Context) {
	f := func() { work(depth(context.Background())) }
	go f() // want `^goroutine does not propagate context "ctx"$`
}

// badUnsafeSizeof: §11.13, a constant-folded reference is not a capture.
func badUnsafeSizeof(ctx context.Context) {
	go func() { // want `^goroutine does not propagate context "ctx"$`
		_ = unsafe.Sizeof(ctx)
	}()
}

// badTracedNestedOnly: §9.12, a traced literal must mention the context in its own flat body;
// use inside a nested closure does not count there.
func badTracedNestedOnly(ctx context.Context) {
	job := func() {
		func() { use(ctx) }()
	}
	go job() // want `^goroutine does not propagate context "ctx"$`
}

// badTracedDeferOnly: §9.12, same with a deferred closure.
func badTracedDeferOnly(ctx context.Context) {
	job := func() {
		defer func() { use(ctx) }()
	}
	go job() // want `^goroutine does not propagate context "ctx"$`
}

// goodTracedDeferCallArg: a deferred *call* (not closure) is part of the flat body.
func goodTracedDeferCallArg(ctx context.Context) {
	job := func() {
		defer use(ctx)
	}
	go job()
}

// badNestedScopeInNonCtxFunction: a ctx-parameter literal inside a function without context
// is a scope of its own.
func badNestedScopeInNonCtxFunction() {
	run := func(c context.Context) {
		go func() { // want `^goroutine does not propagate context "c"$`
			work(1)
		}()
	}
	run(context.Background())
}

// ---------------------------------------------------------------------------
// Tracing quirks (P4, P5, P6, P8, P9).
// ---------------------------------------------------------------------------

// goodAssignedFromOtherVar: `f := g` is not a literal assignment: f is untraceable.
func goodAssignedFromOtherVar(ctx context.Context) {
	g := func() { work(1) }
	f := g
	go f()
	_ = g
}

// goodMultiAssignIndex: the literal at the same index as the variable is the one traced.
func goodMultiAssignIndex(ctx context.Context) {
	a, b := func() { work(1) }, func() { use(ctx) }
	go b()
	_ = a
}

// badMultiAssignIndex: the other variable of the same statement.
func badMultiAssignIndex(ctx context.Context) {
	a, b := func() { work(1) }, func() { use(ctx) }
	go a() // want `^goroutine does not propagate context "ctx"$`
	_ = b
}

// goodParenthesizedLiteralNotCollected: a parenthesised literal is not "directly" a literal.
func goodParenthesizedLiteralNotCollected(ctx context.Context) {
	f := (func() { work(1) })
	go f()
}

// badReassignInsideUncalledClosure: an assignment inside a closure is collected wherever it
// sits; with no if/for/switch/select ancestor it is unconditional and last.
func badReassignInsideUncalledClosure(ctx context.Context) {
	f := func() { use(ctx) }
	reset := func() { f = func() { work(1) } }
	_ = reset
	go f() // want `^goroutine does not propagate context "ctx"$`
}

var pkgHook func()

func setPkgHook() { pkgHook = func() { work(1) } }

// badPackageVarTracedInFile: a package-level func variable is traced through the assignment
// in another function of its declaring file.
func badPackageVarTracedInFile(ctx context.Context) {
	go pkgHook() // want `^goroutine does not propagate context "ctx"$`
}

var pkgLit = func() { work(1) }

// goodPackageVarDecl: a package-level `var x = func…` is not collected.
func goodPackageVarDecl(ctx context.Context) {
	go pkgLit()
}

func setCrossFileHook() { crossFileHook = func() { work(1) } }

// goodCrossFileAssignment: crossFileHook is declared in basic.go, which assigns nothing;
// assignments in other files are not scanned.
func goodCrossFileAssignment(ctx context.Context) {
	go crossFileHook()
}

// goodParenthesizedCallee: `go (f)()` is always a pass (§9.4).
func goodParenthesizedCallee(ctx context.Context) {
	f := func() { work(1) }
	go (f)()
}

// goodParenthesizedFactoryCallee: a parenthesised factory callee is not inspected (§9.3).
func goodParenthesizedFactoryCallee(ctx context.Context) {
	go (newTicker)("a")()
}

// goodParenthesizedLiteralFactory: a parenthesised factory literal is not inspected (§9.3).
func goodParenthesizedLiteralFactory(ctx context.Context) {
	go (func() func() { return func() { work(1) } })()()
}

type taskMaker interface {
	Make() func()
}

// goodInterfaceMethodResult: a variable assigned the result of an interface method call is
// not traced (§9.2).
func goodInterfaceMethodResult(ctx context.Context, m taskMaker) {
	f := m.Make()
	go f()
}

// goodOtherPackageFuncVar: a function variable of another package (flag.Usage is declared
// `var Usage = func() {…}`) is a qualified selector: pass (§9.2).
func goodOtherPackageFuncVar(ctx context.Context) {
	go flag.Usage()
}

func gen[T any](v T) { _ = v }

func genMk[T any](v T) func() { return func() { _ = v } }

// goodGenericExplicitInstantiation: an explicitly instantiated generic callee passes (§9.4).
func goodGenericExplicitInstantiation(ctx context.Context) {
	go gen[int](1)
}

// goodGenericFactoryExplicitInstantiation: an explicitly instantiated factory is "anything
// else" for P6: pass.
func goodGenericFactoryExplicitInstantiation(ctx context.Context) {
	go genMk[int](1)()
}

// badGenericFactoryInferred: without explicit type arguments the callee is an identifier
// naming a package function whose returned literal lacks a context.
func badGenericFactoryInferred(ctx context.Context) {
	go genMk(1)() // want `^goroutine does not propagate context "ctx"$`
}

// goodFactoryLastLitIgnoresConditions: P5 takes the last literal in the file regardless of
// conditions (here the ctx one), unlike P4.
func goodFactoryLastLitIgnoresConditions(ctx context.Context, flag bool) {
	mk := func() func() { return func() { work(1) } }
	if flag {
		mk = func() func() { return func() { use(ctx) } }
	}
	go mk()()
}

// badFactoryLastLitIgnoresConditions: the conditional last literal lacks a context.
func badFactoryLastLitIgnoresConditions(ctx context.Context, flag bool) {
	mk := func() func() { return func() { use(ctx) } }
	if flag {
		mk = func() func() { return func() { work(1) } }
	}
	go mk()() // want `^goroutine does not propagate context "ctx"$`
}

type ctxHooks struct {
	run func(context.Context)
}

// badFieldLiteralOwnCtxParamNotConsulted: P8 uses P3 only: a context parameter that the
// body never mentions does not help.
func badFieldLiteralOwnCtxParamNotConsulted(ctx context.Context) {
	h := ctxHooks{run: func(c context.Context) { work(1) }}
	go h.run(ctx) // want `^goroutine does not propagate context "ctx"$`
}

// goodFieldLiteralOwnCtxParamMentioned: the body mentions its context parameter: P3 holds.
func goodFieldLiteralOwnCtxParamMentioned(ctx context.Context) {
	h := ctxHooks{run: func(c context.Context) { use(c) }}
	go h.run(ctx)
}

// badFieldFirstAssignmentWins: the first keyed composite assignment supplies the literal.
func badFieldFirstAssignmentWins(ctx context.Context) {
	h := hooks{onStop: func() { work(1) }}
	h = hooks{onStop: func() { use(ctx) }}
	go h.onStop() // want `^goroutine does not propagate context "ctx"$`
}

// goodFieldFirstAssignmentWins: the first one mentions ctx; the later one is ignored.
func goodFieldFirstAssignmentWins(ctx context.Context) {
	h := hooks{onStop: func() { use(ctx) }}
	h = hooks{onStop: func() { work(1) }}
	go h.onStop()
}

// goodFieldAssignedBySelector: `h.onStop = func…` is not a composite literal: pass.
func goodFieldAssignedBySelector(ctx context.Context) {
	h := hooks{name: "x"}
	h.onStop = func() { work(1) }
	go h.onStop()
}

// goodFieldVarDecl: `var h = hooks{…}` is not an assignment statement: pass.
func goodFieldVarDecl(ctx context.Context) {
	var h = hooks{onStop: func() { work(1) }}
	go h.onStop()
}

// goodFieldPackageCtx: P3 counts a package-level context in the field literal.
func goodFieldPackageCtx(ctx context.Context) {
	h := hooks{onStop: func() { use(pkgCtx) }}
	go h.onStop()
}

// goodKeyedSliceElement: element #0 is a `key: value` element, not a positional literal.
func goodKeyedSliceElement(ctx context.Context) {
	steps := []func(){0: func() { work(1) }}
	go steps[0]()
}

// goodIndexBeyondLiteral: no element #3 in the literal: pass.
func goodIndexBeyondLiteral(ctx context.Context) {
	steps := []func(){func() { work(1) }}
	go steps[3]()
}

// badHexIndexLeadingDigits: P9 reads the leading decimal digits of the index literal: 0x1
// reads as 0, whose element lacks a context.
func badHexIndexLeadingDigits(ctx context.Context) {
	steps := []func(){func() { work(1) }, func() { use(ctx) }}
	go steps[0x1]() // want `^goroutine does not propagate context "ctx"$`
}

// goodMapIntKey: an integer index looks for a positional element; map elements are keyed.
func goodMapIntKey(ctx context.Context) {
	m := map[int]func(){0: func() { work(1) }, 1: func() { work(2) }}
	go m[1]()
}

// badIndexFirstAssignmentWins: the first qualifying composite assignment supplies the
// literal.
func badIndexFirstAssignmentWins(ctx context.Context) {
	table := map[string]func(){"k": func() { work(1) }}
	table = map[string]func(){"k": func() { use(ctx) }}
	go table["k"]() // want `^goroutine does not propagate context "ctx"$`
}

// ---------------------------------------------------------------------------
// Package-level variable initializers (§3.0.4 exception: P2 falls back to P1 || P3).
// ---------------------------------------------------------------------------

var pkgHandler = func(ctx context.Context) {
	// Context used only in a nested closure: flat P3 does not see it (a function would pass).
	go func() { // want `^goroutine does not propagate context "ctx"$`
		func() { use(ctx) }()
	}()

	// A local context defined in the literal: P3 sees it (a function would report).
	go func() {
		c := context.TODO()
		use(c)
	}()

	// A package-level context: P3 sees it (a function would report).
	go func() {
		use(pkgCtx)
	}()

	// A plain miss is reported as usual.
	go func() { // want `^goroutine does not propagate context "ctx"$`
		work(1)
	}()

	// P1 still applies.
	go func(c context.Context) { work(1) }(ctx)
}

// ---------------------------------------------------------------------------
// Scoping of traced variables and struct keys.
// ---------------------------------------------------------------------------

// goodInnerBlockShadowIsOtherVariable: the inner f is another variable; its literal is not
// part of the outer f's trace.
func goodInnerBlockShadowIsOtherVariable(ctx context.Context) {
	f := func() { use(ctx) }
	{
		f := func() { work(1) }
		_ = f
	}
	go f()
}

// goodRedeclarationReusesVariable: `f, n := …` reuses the existing f of the same scope, so the
// second literal is the last unconditional assignment to it.
func goodRedeclarationReusesVariable(ctx context.Context) {
	f := func() { work(1) }
	f, n := func() { use(ctx) }, 2
	work(n)
	go f()
}

// badIfInitMakesConditional: the `:=` in the if statement's init has an if ancestor, so both
// entries are conditional and all of them are checked.
func badIfInitMakesConditional(ctx context.Context, flag bool) {
	if f := func() { work(1) }; flag {
		f = func() { use(ctx) }
		go f() // want `^goroutine does not propagate context "ctx"$`
	}
}

var globalHooks hooks

func initGlobalHooks() { globalHooks = hooks{onStop: func() { work(1) }} }

// badPackageVarFieldLiteral: P8 also scans assignments to a package-level variable in its
// declaring file.
func badPackageVarFieldLiteral(ctx context.Context) {
	go globalHooks.onStop() // want `^goroutine does not propagate context "ctx"$`
}

// badStructKeyIsFieldNotVariable: in `job{ctx: nil}` the key names the field, not the
// parameter: no capture.
func badStructKeyIsFieldNotVariable(ctx context.Context) {
	go func() { // want `^goroutine does not propagate context "ctx"$`
		_ = job{ctx: nil, n: 1}
	}()
}

// goodMapKeyIsVariable: in a map literal the key is an expression: ctx is captured.
func goodMapKeyIsVariable(ctx context.Context) {
	go func() {
		_ = map[context.Context]int{ctx: 1}
	}()
}

// goodTracedStructKeyField: P3 counts any identifier resolving to an object of context type;
// the key resolves to the field job.ctx, whose type is context.Context.
func goodTracedStructKeyField(ctx context.Context) {
	f := func() { _ = job{ctx: nil, n: 1} }
	go f()
}

// ---------------------------------------------------------------------------
// Names versus objects.
// ---------------------------------------------------------------------------

// badOwnStringParamNamedCtx: the literal's own parameter named ctx (a string) shadows the
// outer context inside the literal.
func badOwnStringParamNamedCtx(ctx context.Context) {
	go func(ctx string) { // want `^goroutine does not propagate context "ctx"$`
		fmt.Println(ctx)
	}("x")
}

// badNestedParamNamedCtx: a nested literal's parameter named ctx is declared inside F.
func badNestedParamNamedCtx(ctx context.Context) {
	go func() { // want `^goroutine does not propagate context "ctx"$`
		func(ctx string) { fmt.Println(ctx) }("x")
	}()
}

// badLabelNamedCtx: a label is not a variable.
func badLabelNamedCtx(ctx context.Context, ch chan int) {
	go func() { // want `^goroutine does not propagate context "ctx"$`
	ctx:
		for range ch {
			break ctx
		}
	}()
}

// badTypeSwitchMultiTypeClause: in a clause listing several types the binding has the type
// of the switch operand (any), not context.Context.
func badTypeSwitchMultiTypeClause(ctx context.Context, v any) {
	switch c := v.(type) {
	case context.Context, string:
		go func() { // want `^goroutine does not propagate context "ctx"$`
			_ = c
		}()
	}
}

// badReceiverNamedCtx: a receiver named ctx is neither N nor a context.
func (ctx *server) badReceiverNamedCtx(c context.Context) {
	go func() { // want `^goroutine does not propagate context "c"$`
		_ = ctx
	}()
}

// Context is a local interface type with the same name as context.Context.
type Context interface {
	Done() <-chan struct{}
}

// goodLocalContextTypeNotScope: the type must come from the package "context".
func goodLocalContextTypeNotScope(c Context) {
	go func() {
		work(1)
	}()
}

// badLocalContextTypeCaptureNotCtx: capturing a value of the look-alike type is no context use.
func badLocalContextTypeCaptureNotCtx(ctx context.Context, c Context) {
	go func() { // want `^goroutine does not propagate context "ctx"$`
		<-c.Done()
	}()
}

// badGenericFunctionScope: a generic function with a ctx parameter is a scope.
func badGenericFunctionScope[T any](ctx context.Context, v T) {
	go func() { // want `^goroutine does not propagate context "ctx"$`
		_ = v
	}()
}

type box[T any] struct {
	v T
}

// badGenericMethodScope: a method of a generic type with a ctx parameter is a scope.
func (b *box[T]) badGenericMethodScope(bctx context.Context) {
	go func() { // want `^goroutine does not propagate context "bctx"$`
		_ = b.v
	}()
}
